package org.newsfuse.facts;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.newsfuse.model.Sentence;
import org.newsfuse.model.Token;

/** The content lemmas of a sentence: nouns, verbs, adjectives and numbers, without light verbs. */
final class ContentLemmas {
  private static final Set<String> LIGHT = Set.of("be", "have", "do", "say", "tell", "report",
      "accord", "also", "get", "make", "take", "go", "come", "would", "could", "will", "can",
      "may", "might", "should", "must", "'s", "time", "mr", "mrs", "ms", "other", "such", "own",
      "many", "several", "more", "most", "same", "first", "new", "last");

  private ContentLemmas() {
  }

  static Set<String> of(Sentence s) {
    Set<String> out = new LinkedHashSet<>();
    for (Token t : s.tokens()) {
      String pos = t.pos();
      boolean content = pos.isEmpty() ? t.word().length() > 3
          : pos.startsWith("NN") || pos.startsWith("VB") || pos.startsWith("JJ")
              || pos.equals("CD");
      if (!content) continue;
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      if (pos.equals("CD")) {
        var v = NumberWords.value(t.word());
        if (v.isPresent()) lemma = "#" + (long) v.getAsDouble();
      }
      if (!Character.isLetterOrDigit(lemma.codePointAt(lemma.length() - 1)) && !lemma.startsWith("#")) {
        continue;
      }
      if (LIGHT.contains(lemma)) continue;
      out.add(Names.fold(lemma).isEmpty() ? lemma : Names.fold(lemma));
    }
    return out;
  }

  /** Dice coefficient of two lemma sets. */
  static double dice(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) return 0;
    int common = 0;
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    for (String x : small) if (large.contains(x)) common++;
    return 2.0 * common / (a.size() + b.size());
  }
}
