package org.newsfuse.summary;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsfuse.model.Token;

/**
 * Decides whether a sentence can stand alone in a summary: not too short or long, not a question,
 * not a quotation fragment, and not leaning on a previous sentence through an opening pronoun or
 * connective ("He", "But", "However,", "This").
 */
final class SentenceQuality {

  /** Opening words that point back to something the summary may not contain. */
  private static final Set<String> DANGLING_OPENERS = Set.copyOf(java.util.Arrays.asList(
      "he", "she", "it", "they", "him", "her", "his", "hers", "its", "their", "them", "this",
      "that", "these", "those", "but", "and", "or", "so", "however", "also", "yet", "still",
      "nevertheless", "nonetheless", "moreover", "furthermore", "meanwhile", "then", "thus",
      "therefore", "hence", "instead", "otherwise", "besides", "additionally", "likewise",
      "indeed", "such", "both", "neither", "either", "there", "later", "afterward", "afterwards",
      "consequently", "accordingly", "similarly", "regardless", "anyway", "which", "whose",
      "we", "our", "us", "i", "my", "me", "you", "your"));
  /** Two-word connectives ("In addition", "As a result"). */
  private static final Set<String> DANGLING_PAIRS = Set.of(
      "in addition", "as a", "as well", "for example", "for instance", "in contrast",
      "on the", "at the", "by then", "after that", "even so", "in turn", "that is");

  /** Below this many words a span is a fragment, never a summary sentence. */
  private static final int HARD_MIN_WORDS = 5;

  private final int minWords;
  private final int maxWords;
  private final DocumentCasing casing;

  SentenceQuality(int minWords, int maxWords) {
    this(minWords, maxWords, new DocumentCasing());
  }

  SentenceQuality(int minWords, int maxWords, DocumentCasing casing) {
    this.minWords = minWords;
    this.maxWords = maxWords;
    this.casing = casing;
  }

  /** Fit to stand alone in a summary. */
  boolean isSelfContained(TrimmedSentence s) {
    return fitness(s) == 1.0;
  }

  /**
   * How fit the sentence is to stand in a summary: 1 when it stands alone, {@code flawed} when it
   * is usable but leans on context or reads badly (dangling opener, question, quotation fragment,
   * too long or short), 0 when it is not a sentence at all (a few words, a link, no verb).
   */
  double fitness(TrimmedSentence s, double flawed) {
    int words = s.wordCount();
    String text = s.text();
    List<Token> tokens = s.sentence().tokens().subList(s.firstToken(), s.endToken());
    if (words < HARD_MIN_WORDS || text.contains("http") || text.contains("www.")
        || text.indexOf('@') >= 0 || !hasVerb(tokens) || PageChrome.isChrome(text)
        || isSplitFragment(s)) {
      return 0;
    }
    boolean flawless = words >= minWords && words <= maxWords && text.indexOf('?') < 0
        && (Character.isUpperCase(text.codePointAt(0)) || Character.isDigit(text.codePointAt(0))
            || !casing.isCased(s.document()))
        && (s.endToken() < s.sentence().tokens().size() || endsLikeSentence(text)) && balancedQuotes(text) && !opensDangling(tokens);
    return flawless ? 1.0 : flawed;
  }

  double fitness(TrimmedSentence s) {
    return fitness(s, 0.5);
  }

  /**
   * In cased text, a sentence that opens in lower case is the tail of a sentence the splitter cut
   * (at a "!" or "?" inside a quotation, an abbreviation), and one followed by such a tail is its
   * head: neither is a sentence. Nor is a piece of a quotation (its quotation marks unbalanced). Text lower-cased after each sentence's first word (some web
   * copies) cannot tell these apart from real sentences, so there the rule is off.
   */
  private boolean isSplitFragment(TrimmedSentence s) {
    if (!casing.isCased(s.document())) return false;
    if (opensLowerCase(s.text()) || !balancedQuotes(s.text())) return true;
    List<org.newsfuse.model.Sentence> all = s.document().sentences();
    int next = s.sentence().index() + 1;
    return next < all.size() && all.get(next) != s.sentence()
        && opensLowerCase(all.get(next).text());
  }

  /** Opens with a lower-case word that is not a brand spelled so ("eBay", "iPhone"). */
  static boolean opensLowerCase(String text) {
    int i = 0;
    while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) i++;
    if (i >= text.length() || !Character.isLowerCase(text.charAt(i))) return false;
    for (int j = i + 1; j < text.length() && Character.isLetter(text.charAt(j)); j++) {
      if (Character.isUpperCase(text.charAt(j))) return false;
    }
    return true;
  }

  private static boolean opensDangling(List<Token> tokens) {
    String first = tokens.get(0).word().toLowerCase(Locale.ROOT);
    if (DANGLING_OPENERS.contains(first)) return true;
    if (tokens.size() > 1) {
      String pair = first + " " + tokens.get(1).word().toLowerCase(Locale.ROOT);
      if (pair.equals("on the") || pair.equals("at the")) {
        return tokens.size() > 2 && isConnectiveNoun(tokens.get(2).word());
      }
      return DANGLING_PAIRS.contains(pair);
    }
    return false;
  }

  /** "On the other hand", "At the same time". */
  private static boolean isConnectiveNoun(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.equals("other") || w.equals("same");
  }

  private static boolean hasVerb(List<Token> tokens) {
    boolean tagged = false;
    for (Token t : tokens) {
      if (!t.pos().isEmpty()) tagged = true;
      if (t.pos().startsWith("VB") || t.pos().equals("MD")) return true;
    }
    return !tagged;
  }

  private static boolean endsLikeSentence(String text) {
    char last = text.charAt(text.length() - 1);
    return last == '.' || last == '!' || last == '"' || last == '\'' || last == '\u201d'
        || last == '\u2019' || last == ')';
  }

  private static boolean balancedQuotes(String text) {
    int straight = 0;
    int open = 0;
    int close = 0;
    int ticksOpen = 0;
    int ticksClose = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') straight++;
      else if (c == '\u201c') open++;
      else if (c == '\u201d') close++;
      else if (c == '`' && i + 1 < text.length() && text.charAt(i + 1) == '`') {
        ticksOpen++;
        i++;
      } else if (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
        ticksClose++;
        i++;
      }
    }
    return straight % 2 == 0 && open == close && ticksOpen == ticksClose;
  }
}
