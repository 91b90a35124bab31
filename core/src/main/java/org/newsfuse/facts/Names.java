package org.newsfuse.facts;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Comparable keys for the people, groups and roles a statement is about. Outlets spell names
 * differently ("Karlov" / "Karlow", "Altintas" / "Altıntaş"), and call one person by a role
 * ("the gunman", "the attacker", "the assailant"): keys fold those together so values stated about
 * the same subject can be compared.
 */
final class Names {
  private static final Map<String, String> ROLES = Map.ofEntries(
      Map.entry("gunman", "gunman"), Map.entry("attacker", "gunman"),
      Map.entry("assailant", "gunman"), Map.entry("shooter", "gunman"),
      Map.entry("assassin", "gunman"), Map.entry("perpetrator", "gunman"),
      Map.entry("killer", "gunman"), Map.entry("suspect", "gunman"),
      Map.entry("ambassador", "ambassador"), Map.entry("envoy", "ambassador"),
      Map.entry("captain", "captain"), Map.entry("skipper", "captain"),
      Map.entry("pilot", "pilot"),
      Map.entry("driver", "driver"), Map.entry("victim", "victim"));

  private Names() {
  }

  /** Lower-case, accent-free, dotless-i-free form of a word. */
  static String fold(String s) {
    String n = Normalizer.normalize(s.replace('ı', 'i').replace('İ', 'I'), Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "");
    return n.toLowerCase(Locale.ROOT).replaceAll("['’]s$", "").replaceAll("[^a-z0-9 -]", "");
  }

  /** Key of a name: its last word folded ("Mevlüt Mert Altıntaş" -> "altintas"). */
  static String key(String name) {
    String[] words = fold(name).trim().split("\\s+");
    return words[words.length - 1];
  }

  /** The role group of a noun lemma ("attacker" -> "gunman"), or null when it is no role. */
  static String role(String lemma) {
    return ROLES.get(lemma.toLowerCase(Locale.ROOT));
  }

  /** True when two keys name the same subject, allowing one spelling edit in longer names. */
  static boolean same(String a, String b) {
    if (a.equals(b)) return true;
    if (a.length() < 5 || b.length() < 5) return false;
    return editDistanceAtMostOne(a, b);
  }

  private static boolean editDistanceAtMostOne(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1) return false;
    if (a.length() == b.length()) {
      // one swap of neighbours ("Reinholt" / "Rienholt") counts as one edit
      int first = -1;
      int diffs = 0;
      for (int k = 0; k < a.length(); k++) {
        if (a.charAt(k) != b.charAt(k)) {
          if (first < 0) first = k;
          diffs++;
        }
      }
      if (diffs == 2 && first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
          && a.charAt(first + 1) == b.charAt(first)) {
        return true;
      }
    }
    int i = 0;
    int j = 0;
    int edits = 0;
    while (i < a.length() && j < b.length()) {
      if (a.charAt(i) == b.charAt(j)) {
        i++;
        j++;
        continue;
      }
      if (++edits > 1) return false;
      if (a.length() > b.length()) i++;
      else if (b.length() > a.length()) j++;
      else {
        i++;
        j++;
      }
    }
    return edits + (a.length() - i) + (b.length() - j) <= 1;
  }
}
