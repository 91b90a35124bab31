package org.newsfuse.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsfuse.model.Sentence;
import org.newsfuse.model.Token;

/**
 * The words of a sentence that carry its content: lower-cased lemmas of word tokens, without
 * function words. Alignment, summarization and the summary baselines compare sentences by these.
 */
public final class ContentWords {

  /** English function words (SMART-style list, trimmed to words that never carry a story). */
  private static final Set<String> STOP = Set.copyOf(java.util.Arrays.asList(
      "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
      "are", "as", "at", "be", "been", "before", "being", "below", "between", "both", "but", "by",
      "can", "could", "did", "do", "does", "doing", "down", "during", "each", "even", "ever", "few",
      "for", "from", "further", "get", "got", "had", "has", "have", "having", "he", "her", "here",
      "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it",
      "its", "itself", "just", "may", "me", "might", "more", "most", "much", "must", "my",
      "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or", "other",
      "our", "ours", "ourselves", "out", "over", "own", "same", "shall", "she", "should", "so",
      "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then",
      "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up",
      "upon", "us", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who",
      "whom", "whose", "why", "will", "with", "would", "yet", "you", "your", "yours", "yourself",
      "'s", "n't", "'re", "'ve", "'ll", "'d", "'m", "s", "t", "mr", "mrs", "ms", "said", "say",
      "says", "told", "tell", "according", "however", "also", "because", "since", "although",
      "though", "whether", "within", "without", "among", "around", "across", "along", "via",
      "per", "like", "many", "several", "every", "another", "still", "well", "back"));

  private ContentWords() {
  }

  public static boolean isStopword(String lemma) {
    return STOP.contains(lemma);
  }

  /** True for tokens that are words or numbers (not punctuation or symbols). */
  public static boolean isWord(Token t) {
    String w = t.word();
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetterOrDigit(w.charAt(i))) return true;
    }
    return false;
  }

  /** The normalised form of a word token: its lemma, lower-cased. */
  public static String term(Token t) {
    String lemma = t.lemma() == null || t.lemma().isEmpty() ? t.word() : t.lemma();
    return lemma.toLowerCase(java.util.Locale.ROOT);
  }

  /** Every word of the sentence as a term, in order (function words included). */
  public static List<String> terms(Sentence s) {
    List<String> out = new ArrayList<>(s.tokens().size());
    for (Token t : s.tokens()) {
      if (isWord(t)) out.add(term(t));
    }
    return out;
  }

  /** The content terms of the sentence, in order, with repeats. */
  public static List<String> of(Sentence s) {
    List<String> out = new ArrayList<>();
    for (Token t : s.tokens()) {
      if (!isWord(t)) continue;
      String term = term(t);
      if (!isStopword(term)) out.add(term);
    }
    return out;
  }
}
