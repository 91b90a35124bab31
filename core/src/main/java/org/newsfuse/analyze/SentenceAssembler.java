package org.newsfuse.analyze;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.newsfuse.model.QuoteMarks;
import org.newsfuse.model.Sentence;
import org.newsfuse.model.Span;
import org.newsfuse.model.Token;
import org.newsfuse.text.CleanText;

/**
 * Builds our sentences from CoreNLP's. Junk between two tokens (a stamp, an embedded post, a
 * caption) ends a sentence even where CoreNLP saw none: the prose on either side of it was never
 * one sentence.
 *
 * <p>CoreNLP's splitter ends a sentence at every "!" or "?" and knows nothing of quotations (no
 * ssplit option changes that: {@code boundaryFollowersRegex} only keeps the closing mark with the
 * sentence before it). So {@code shouted “Get them off! Get them off!” as the boat came in.}
 * comes out as three pieces. Pieces are joined again when
 * <ul>
 *   <li>a piece holds only closing punctuation (a stray closing mark): it joins the one
 *       before;</li>
 *   <li>a piece opens with a lower-case word or a comma ({@code ", he said."}) in a cased text,
 *       and the one before ends with "!" or "?" or a closing quotation mark;</li>
 *   <li>a quotation opened in the middle of a sentence (after a word) closes in a later piece
 *       that goes on in lower case after the closing mark: the quotation was part of one
 *       sentence.</li>
 * </ul>
 * Nothing is joined across junk or a blank line. A joined sentence spans all its pieces.
 * Quotations of several whole sentences ({@code “He fired. We ran,” a witness said.}) stay
 * split; their later sentences are marked {@link Sentence#startsInQuote()}.
 */
final class SentenceAssembler {
  /** The most pieces one quotation may join, and the longest sentence a join may make. */
  private static final int MAX_QUOTE_PIECES = 4;
  private static final int MAX_JOINED_CHARS = 600;
  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00a0\\r]*\\n");

  private final String articleId;
  private final String text;
  private final CleanText clean;
  private final List<List<Token>> pieces = new ArrayList<>();
  private List<Sentence> sentences;
  /** Quotation marks by their offset: whether each opens or closes a quotation. */
  private final Map<Integer, QuoteMarks.Kind> markKinds = new HashMap<>();

  SentenceAssembler(String articleId, String text, CleanText clean) {
    this.articleId = articleId;
    this.text = text;
    this.clean = clean;
  }

  void add(List<CoreLabel> tokens) {
    List<Token> piece = new ArrayList<>();
    int previousEnd = -1;
    for (CoreLabel t : tokens) {
      int begin = t.beginPosition();
      int end = t.endPosition();
      if (previousEnd >= 0 && clean.hasJunkWithin(previousEnd, begin)) {
        addPiece(piece);
        piece = new ArrayList<>();
      }
      String word = text.substring(begin, end);
      String lemma = t.lemma() == null ? word.toLowerCase() : t.lemma().toLowerCase();
      piece.add(new Token(begin, end, word, lemma, t.tag() == null ? "" : t.tag(),
          t.ner() == null ? "O" : t.ner()));
      previousEnd = end;
    }
    addPiece(piece);
  }

  private void addPiece(List<Token> piece) {
    if (!piece.isEmpty()) pieces.add(new ArrayList<>(piece));
  }

  List<Sentence> sentences() {
    if (sentences == null) sentences = build();
    return sentences;
  }

  private List<Sentence> build() {
    classifyQuoteMarks();
    moveMarksToTheirQuotation();
    List<List<Token>> joined = joinFragments(pieces, isCased(pieces));
    joined = joinEmbeddedQuotations(joined);
    List<Sentence> out = new ArrayList<>();
    boolean[] inQuote = new boolean[2]; // double, single
    List<Token> previous = null;
    for (List<Token> piece : joined) {
      if (previous != null && paragraphBreak(previous, piece)) {
        inQuote[0] = false;
        inQuote[1] = false;
      }
      boolean startsInQuote = inQuote[0] || inQuote[1];
      track(piece, inQuote);
      previous = piece;
      if (!hasWord(piece)) continue;
      int begin = piece.get(0).begin();
      int end = piece.get(piece.size() - 1).end();
      String shown = clean.blanked().substring(begin, end).replaceAll("\\s+", " ").strip();
      out.add(new Sentence(new Span(articleId, begin, end), shown, piece, out.size(),
          startsInQuote));
    }
    return out;
  }

  /**
   * Classifies every quotation mark of the text in order, so a straight {@code "} is judged by
   * the words on both sides of it even where a piece ends; a blank line closes any quotation.
   */
  private void classifyQuoteMarks() {
    List<Token> all = new ArrayList<>();
    for (List<Token> p : pieces) all.addAll(p);
    boolean[] state = new boolean[2];
    for (int i = 0; i < all.size(); i++) {
      if (i > 0 && paragraphBreak(all.get(i - 1).end(), all.get(i).begin())) {
        state[0] = false;
        state[1] = false;
      }
      QuoteMarks.Kind k = QuoteMarks.kind(all, i, state[0], state[1]);
      if (k == QuoteMarks.Kind.NONE) continue;
      markKinds.put(all.get(i).begin(), k);
      state[QuoteMarks.isDouble(all.get(i).word()) ? 0 : 1] = k == QuoteMarks.Kind.OPEN;
    }
  }

  /**
   * CoreNLP keeps any quotation mark after a full stop with the sentence before it, so
   * {@code …again. "We will rebuild.} ends a sentence with the next one's opening mark: an
   * opening mark moves to the piece after it, a closing mark to the piece before it.
   */
  private void moveMarksToTheirQuotation() {
    for (int i = 0; i + 1 < pieces.size(); i++) {
      List<Token> before = pieces.get(i);
      List<Token> after = pieces.get(i + 1);
      if (!joinable(before, after)) continue;
      while (before.size() > 1 && kindOf(before.get(before.size() - 1)) == QuoteMarks.Kind.OPEN) {
        after.add(0, before.remove(before.size() - 1));
      }
      while (after.size() > 1 && kindOf(after.get(0)) == QuoteMarks.Kind.CLOSE) {
        before.add(after.remove(0));
      }
    }
  }

  private QuoteMarks.Kind kindOf(Token t) {
    return markKinds.getOrDefault(t.begin(), QuoteMarks.Kind.NONE);
  }

  private List<List<Token>> joinFragments(List<List<Token>> in, boolean cased) {
    List<List<Token>> out = new ArrayList<>();
    for (List<Token> piece : in) {
      List<Token> last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && joinable(last, piece)
          && (isStrayPunctuation(piece) || continuesAfterExclamationOrQuote(last, piece, cased))) {
        last.addAll(piece);
      } else {
        out.add(new ArrayList<>(piece));
      }
    }
    return out;
  }

  /** "…Get them off!”" + "as the first boat came in." / "“Why?”" + ", he asked." */
  private static boolean continuesAfterExclamationOrQuote(List<Token> before, List<Token> after,
      boolean cased) {
    String first = after.get(0).word();
    boolean comma = first.equals(",");
    boolean lowerCase = cased && Character.isLowerCase(first.codePointAt(0));
    if (!comma && !lowerCase) return false;
    int i = before.size() - 1;
    if (QuoteMarks.isClosingMark(before.get(i).word())) return true;
    String w = before.get(i).word();
    return w.endsWith("!") || w.endsWith("?");
  }

  /**
   * {@code shouted “Get them off! Get them off!” as the first boat came in.}: a quotation that
   * opens after a word and closes, within a few pieces, before more lower-case words is one
   * sentence with the words around it.
   */
  private List<List<Token>> joinEmbeddedQuotations(List<List<Token>> in) {
    List<List<Token>> out = new ArrayList<>();
    int i = 0;
    while (i < in.size()) {
      List<Token> piece = new ArrayList<>(in.get(i));
      int closing = closingPieceOfEmbeddedQuote(in, i);
      for (int k = i + 1; k <= closing; k++) piece.addAll(in.get(k));
      out.add(piece);
      i = Math.max(i, closing) + 1;
    }
    return out;
  }

  /** Index of the piece that closes a quotation embedded in piece {@code i}, else -1. */
  private int closingPieceOfEmbeddedQuote(List<List<Token>> in, int i) {
    List<Token> piece = in.get(i);
    boolean[] state = new boolean[2];
    boolean openedAfterWord = false;
    boolean seenWord = false;
    for (int t = 0; t < piece.size(); t++) {
      boolean wasOpen = state[0];
      stepQuote(piece, t, state);
      if (!wasOpen && state[0]) openedAfterWord = seenWord;
      if (Character.isLetterOrDigit(piece.get(t).word().codePointAt(0))) seenWord = true;
    }
    if (!state[0] || !openedAfterWord) return -1;
    int begin = piece.get(0).begin();
    for (int k = i + 1; k < in.size() && k < i + MAX_QUOTE_PIECES; k++) {
      List<Token> next = in.get(k);
      if (!joinable(in.get(k - 1), next)) return -1;
      if (next.get(next.size() - 1).end() - begin > MAX_JOINED_CHARS) return -1;
      for (int t = 0; t < next.size(); t++) {
        stepQuote(next, t, state);
        if (state[0]) continue;
        // Closed here: one sentence only if lower-case words go on after the mark.
        for (int u = t + 1; u < next.size(); u++) {
          String w = next.get(u).word();
          if (w.equals(",")) continue;
          return Character.isLowerCase(w.codePointAt(0)) ? k : -1;
        }
        return -1;
      }
    }
    return -1;
  }

  private void stepQuote(List<Token> tokens, int i, boolean[] state) {
    QuoteMarks.Kind k = kindOf(tokens.get(i));
    if (k == QuoteMarks.Kind.NONE) return;
    int which = QuoteMarks.isDouble(tokens.get(i).word()) ? 0 : 1;
    state[which] = k == QuoteMarks.Kind.OPEN;
  }

  private void track(List<Token> piece, boolean[] state) {
    for (int i = 0; i < piece.size(); i++) stepQuote(piece, i, state);
  }

  /** Pieces may join only when no junk and no blank line stands between them. */
  private boolean joinable(List<Token> before, List<Token> after) {
    return !clean.hasJunkWithin(before.get(before.size() - 1).end(), after.get(0).begin())
        && !paragraphBreak(before, after);
  }

  private boolean paragraphBreak(List<Token> before, List<Token> after) {
    return paragraphBreak(before.get(before.size() - 1).end(), after.get(0).begin());
  }

  private boolean paragraphBreak(int from, int to) {
    return from < to && BLANK_LINE.matcher(text.substring(from, to)).find();
  }

  /**
   * Whether sentences of this text begin with capitals: in a text written all in lower case, a
   * lower-case word after "!" says nothing.
   */
  private static boolean isCased(List<List<Token>> pieces) {
    int upper = 0;
    int lower = 0;
    for (List<Token> p : pieces) {
      for (Token t : p) {
        int c = t.word().codePointAt(0);
        if (!Character.isLetter(c)) continue;
        if (Character.isUpperCase(c)) upper++;
        else lower++;
        break;
      }
    }
    return upper > lower;
  }

  /** A piece of closing punctuation only ("”", "."), never an opening bracket or mark. */
  private boolean isStrayPunctuation(List<Token> piece) {
    if (hasWord(piece)) return false;
    for (Token t : piece) {
      int c = t.word().codePointAt(0);
      int type = Character.getType(c);
      if (type == Character.START_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
          || kindOf(t) == QuoteMarks.Kind.OPEN) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasWord(List<Token> piece) {
    for (Token t : piece) {
      if (Character.isLetterOrDigit(t.word().codePointAt(0))) return true;
    }
    return false;
  }

  /** Index of the sentence whose span holds offset {@code at}, or -1. */
  static int indexAt(List<Sentence> sentences, int at) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Span s = sentences.get(mid).span();
      if (at < s.begin()) hi = mid - 1;
      else if (at >= s.end()) lo = mid + 1;
      else return mid;
    }
    return -1;
  }
}

