package org.newsfuse.entities;

import java.util.List;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Decides whether two spellings name the same entity. Word by word: equal after folding, or
 * transliteration variants (same Double Metaphone code AND Jaro-Winkler >= 0.80, so "Gaddafi" /
 * "Qaddafi", "Yusuf" / "Youssef" match but "Kirby" / "Bass" never do), or an obvious typo of a
 * long word (edit distance 1 from 5 letters, 2 from 8). Whole names: a person's shorter spelling
 * must be an in-order subsequence of the longer with the same surname, so "Tayyip Erdogan" matches
 * "Recep Tayyip Erdogan" while "Boris Johnson" never matches "Lyndon Johnson".
 */
public final class NameMatcher {
  private static final double MIN_JARO_WINKLER = 0.80;
  private final DoubleMetaphone metaphone = new DoubleMetaphone();
  private final JaroWinklerSimilarity jaroWinkler = new JaroWinklerSimilarity();
  private final LevenshteinDistance levenshtein = new LevenshteinDistance(2);

  public NameMatcher() {
    metaphone.setMaxCodeLen(8);
  }

  /** True when two folded words are spellings of the same name word. */
  public boolean sameWord(String a, String b) {
    if (a.equals(b)) return true;
    if (a.isEmpty() || b.isEmpty()) return false;
    // Slavic and Romance feminine forms: "Zakharov"/"Zakharova", "Mario"/"Maria" are different
    // people, however close the spelling.
    if ((a.endsWith("a") != b.endsWith("a"))
        || (a.endsWith("a") && b.endsWith("o")) || (a.endsWith("o") && b.endsWith("a"))) {
      return false;
    }
    // Four letters and fewer leave too little to tell "John" from "Joan": exact only.
    if (Math.min(a.length(), b.length()) < 5) return false;
    if (phoneticallyEqual(a, b) && jaroWinkler.apply(a, b) >= MIN_JARO_WINKLER) return true;
    int minLen = Math.min(a.length(), b.length());
    int distance = levenshtein.apply(a, b);
    if (distance < 0) return false;
    return (distance == 1 && minLen >= 5) || (distance == 2 && minLen >= 8);
  }

  private boolean phoneticallyEqual(String a, String b) {
    String a1 = metaphone.doubleMetaphone(a);
    String a2 = metaphone.doubleMetaphone(a, true);
    String b1 = metaphone.doubleMetaphone(b);
    String b2 = metaphone.doubleMetaphone(b, true);
    if (a1 == null || b1 == null || a1.isEmpty()) return false;
    return a1.equals(b1) || a1.equals(b2) || a2.equals(b1) || a2.equals(b2);
  }

  /** Same word count and every word the same: for organisations and places. */
  public boolean sameName(NameForm a, NameForm b) {
    List<String> x = a.tokens();
    List<String> y = b.tokens();
    if (x.size() != y.size() || x.isEmpty()) return false;
    for (int i = 0; i < x.size(); i++) {
      if (!sameWord(x.get(i), y.get(i))) return false;
    }
    return true;
  }

  /**
   * Two person names of two or more words each that can name the same person: same first and
   * last word, or the shorter is an in-order subsequence of the longer ending with the surname.
   */
  public boolean samePerson(NameForm a, NameForm b) {
    NameForm shorter = a.size() <= b.size() ? a : b;
    NameForm longer = shorter == a ? b : a;
    if (shorter.size() < 2) return false;
    if (!sameWord(shorter.last(), longer.last())) return false;
    List<String> s = shorter.tokens();
    List<String> l = longer.tokens();
    int j = 0;
    for (int i = 0; i < s.size() - 1; i++) {
      while (j < l.size() - 1 && !sameWordOrInitial(s.get(i), l.get(j))) j++;
      if (j >= l.size() - 1) return false;
      j++;
    }
    return true;
  }

  private boolean sameWordOrInitial(String a, String b) {
    if (a.length() == 1 || b.length() == 1) return a.charAt(0) == b.charAt(0);
    return sameWord(a, b);
  }
}
