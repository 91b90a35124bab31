package org.newsfuse.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted passages in every common quotation style: “…”, "…", ‘…’ and '…' (British single
 * quotes, told apart from apostrophes in don't, Reuters’ and ’90s), «…», „…“ and ‚…‘. A
 * paragraph that ends inside a quote continues it when the next paragraph opens with a new
 * opening mark, as newspapers print multi-paragraph quotes. Written by hand: quotation-mark
 * pairing with apostrophe and paragraph rules is not something CoreNLP or a library offers with
 * character offsets kept.
 */
final class QuoteScanner {
  private QuoteScanner() {
  }

  static List<QuotedSpan> scan(String text) {
    List<QuotedSpan> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      Style style = Style.opening(text, i);
      if (style == null) {
        i++;
        continue;
      }
      QuotedSpan q = close(text, i, style);
      if (q == null) {
        i++;
        continue;
      }
      if (!q.text().isBlank()) out.add(q);
      i = Math.max(q.close(), i + 1);
    }
    return out;
  }

  private static QuotedSpan close(String text, int open, Style style) {
    StringBuilder content = new StringBuilder();
    int partBegin = open + 1;
    int j = open + 1;
    while (j < text.length()) {
      char c = text.charAt(j);
      if (c == '\n') {
        int next = j;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) next++;
        if (next < text.length() && Style.opening(text, next) == style) {
          content.append(text, partBegin, j).append(' ');
          partBegin = next + 1;
          j = next + 1;
          continue;
        }
        // Unclosed at the end of the paragraph: a double quote runs to the paragraph end, a
        // single mark was an apostrophe after all.
        if (!style.isDouble) return null;
        return finish(text, open, partBegin, j, j, content);
      }
      if (style.closes(text, j)) {
        return finish(text, open, partBegin, j, j + 1, content);
      }
      if (Style.opening(text, j) == style && afterSentenceEnd(text, j)) {
        // A paragraph break lost in extraction (HTML text joined with spaces): the new opening
        // mark after a finished sentence still continues the quote.
        content.append(text, partBegin, j).append(' ');
        partBegin = j + 1;
        j++;
        continue;
      }
      if (style.isDouble && style.reopensWithoutClosing(text, j)) return null;
      j++;
    }
    if (!style.isDouble) return null;
    return finish(text, open, partBegin, text.length(), text.length(), content);
  }

  private static boolean afterSentenceEnd(String text, int j) {
    int k = j - 1;
    if (k < 0 || !Character.isWhitespace(text.charAt(k))) return false;
    while (k >= 0 && Character.isWhitespace(text.charAt(k))) k--;
    return k >= 0 && ".!?…".indexOf(text.charAt(k)) >= 0;
  }

  private static QuotedSpan finish(String text, int open, int partBegin, int partEnd, int close,
                                   StringBuilder content) {
    content.append(text, partBegin, partEnd);
    int b = open + 1;
    while (b < partEnd && Character.isWhitespace(text.charAt(b))) b++;
    int e = partEnd;
    while (e > b && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) e--;
    String shown = content.toString().replaceAll("\\s+", " ").strip();
    while (shown.endsWith(",")) shown = shown.substring(0, shown.length() - 1).strip();
    return new QuotedSpan(open, b, Math.max(b, e), close, shown);
  }

  /** A pair of quotation marks and the rules for telling them from other uses of the glyphs. */
  private enum Style {
    CURLY_DOUBLE(true), STRAIGHT_DOUBLE(true), GUILLEMET(true), LOW_DOUBLE(true),
    CURLY_SINGLE(false), STRAIGHT_SINGLE(false), LOW_SINGLE(false);

    final boolean isDouble;

    Style(boolean isDouble) {
      this.isDouble = isDouble;
    }

    static Style opening(String t, int i) {
      char c = t.charAt(i);
      switch (c) {
        case '“':
          return CURLY_DOUBLE;
        case '«':
          return GUILLEMET;
        case '„':
          return LOW_DOUBLE;
        case '‚':
          return LOW_SINGLE;
        case '"':
          return opensWord(t, i) ? STRAIGHT_DOUBLE : null;
        case '‘':
          return opensWord(t, i) && !decadeOrElision(t, i) ? CURLY_SINGLE : null;
        case '\'':
          return opensWord(t, i) && !decadeOrElision(t, i) ? STRAIGHT_SINGLE : null;
        default:
          return null;
      }
    }

    boolean closes(String t, int j) {
      char c = t.charAt(j);
      return switch (this) {
        case CURLY_DOUBLE, LOW_DOUBLE -> c == '”' || (this == LOW_DOUBLE && c == '“');
        case GUILLEMET -> c == '»';
        case STRAIGHT_DOUBLE -> c == '"';
        case CURLY_SINGLE, LOW_SINGLE -> (c == '’' || (this == LOW_SINGLE && c == '‘'))
            && closesWord(t, j);
        case STRAIGHT_SINGLE -> c == '\'' && closesWord(t, j);
      };
    }

    /** A second opening mark before any closing one: the first mark was stray. */
    boolean reopensWithoutClosing(String t, int j) {
      return this == CURLY_DOUBLE && t.charAt(j) == '“';
    }

    private static boolean opensWord(String t, int i) {
      boolean before = i == 0 || Character.isWhitespace(t.charAt(i - 1))
          || "([{—–-:/“\"‘«„".indexOf(t.charAt(i - 1)) >= 0;
      boolean after = i + 1 < t.length() && !Character.isWhitespace(t.charAt(i + 1));
      return before && after;
    }

    /** ’90s, 'tis, 'em: an apostrophe standing for left-out letters, not an opening quote. */
    private static boolean decadeOrElision(String t, int i) {
      String rest = t.substring(i + 1, Math.min(t.length(), i + 5)).toLowerCase();
      return rest.matches("\\d\\ds.*") || rest.matches("(tis|em|til|n'|cause)\\b.*")
          || rest.startsWith("n’");
    }

    /** A single closing mark ends a word and is not an apostrophe (don't, Reuters’ report). */
    private static boolean closesWord(String t, int j) {
      if (j == 0 || Character.isWhitespace(t.charAt(j - 1))) return false;
      if (j + 1 < t.length() && Character.isLetterOrDigit(t.charAt(j + 1))) return false;
      if (t.charAt(j - 1) == 's' || t.charAt(j - 1) == 'S') {
        // "the protesters’ demands": a plural possessive is followed by a lower-case word.
        int k = j + 1;
        if (k < t.length() && t.charAt(k) == ' ' && k + 1 < t.length()
            && Character.isLowerCase(t.charAt(k + 1)) && !followedBySpeechVerb(t, k + 1)) {
          return false;
        }
      }
      return true;
    }

    private static boolean followedBySpeechVerb(String t, int k) {
      int e = k;
      while (e < t.length() && Character.isLetter(t.charAt(e))) e++;
      return SpeechVerbs.isSpeechWord(t.substring(k, e));
    }
  }
}
