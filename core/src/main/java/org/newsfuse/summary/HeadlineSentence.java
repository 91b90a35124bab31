package org.newsfuse.summary;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsfuse.model.Token;

/**
 * Whether a sentence can stand as a story's headline when no article has a title: a plain
 * statement of what happened, of headline length (8-25 words), that is not a question, does not
 * quote anyone and does not open with an attribution ("A video showed ...", "According to ...",
 * "Officials said ..."), where what follows is what someone says rather than what happened.
 */
final class HeadlineSentence {

  static final int MIN_WORDS = 8;
  static final int MAX_WORDS = 25;
  /** An attribution opens a sentence when its verb is among the first words. */
  private static final int ATTRIBUTION_REACH = 5;
  /** Lemmas of verbs that report or show rather than tell what happened. */
  private static final Set<String> REPORTING_VERBS = Set.of(
      "say", "tell", "report", "show", "claim", "announce", "confirm", "state", "add", "hear",
      "see", "appear", "accord", "believe", "suggest", "indicate", "reveal", "write", "quote",
      "insist", "warn", "explain", "describe", "note", "allege", "deny", "accuse", "ask");
  private static final String QUOTE_MARKS = "\"\u201c\u201d\u201e\u00ab\u00bb";

  private HeadlineSentence() {
  }

  /** A plain statement of headline length that quotes no one and opens with no attribution. */
  static boolean readsAsHeadline(TrimmedSentence s) {
    int words = s.wordCount();
    String text = s.text();
    if (words < MIN_WORDS || words > MAX_WORDS || text.indexOf('?') >= 0) return false;
    for (int i = 0; i < text.length(); i++) {
      if (QUOTE_MARKS.indexOf(text.charAt(i)) >= 0) return false;
    }
    if (text.contains("``") || text.startsWith("'")) return false;
    List<Token> tokens = s.sentence().tokens().subList(s.firstToken(), s.sentence().tokens().size());
    return !opensWithAttribution(tokens);
  }

  private static boolean opensWithAttribution(List<Token> tokens) {
    for (int i = 0; i < Math.min(tokens.size(), ATTRIBUTION_REACH + 1); i++) {
      Token t = tokens.get(i);
      String lemma = (t.lemma() == null || t.lemma().isEmpty() ? t.word() : t.lemma())
          .toLowerCase(Locale.ROOT);
      boolean verb = t.pos().startsWith("VB");
      if (lemma.equals("accord") || lemma.equals("according")) return true;
      if (verb) return REPORTING_VERBS.contains(lemma) && i > 0;
    }
    return false;
  }
}
