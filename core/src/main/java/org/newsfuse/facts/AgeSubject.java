package org.newsfuse.facts;

import java.util.List;
import org.newsfuse.model.Token;

/** Whose age an age phrase gives: the name or role next to "22-year-old" / "62 years old". */
final class AgeSubject {
  private AgeSubject() {
  }

  /**
   * @param before true when the age phrase precedes its subject ("a 22-year-old gunman"), false
   *               when it follows ("Karlov, 62 years old")
   */
  static String of(List<Token> t, int start, int end, boolean before) {
    if (before) {
      String s = subjectFrom(t, end + 1, 1, 4);
      if (s != null) return s;
    }
    String s = subjectFrom(t, start - 1, -1, 8);
    return s != null ? s : "someone";
  }

  private static String subjectFrom(List<Token> t, int from, int step, int window) {
    for (int k = from, n = 0; k >= 0 && k < t.size() && n < window; k += step, n++) {
      Token tok = t.get(k);
      if (tok.pos().startsWith("NNP") || "PERSON".equals(tok.ner())) {
        // take the last word of this run of proper nouns
        int last = k;
        while (last + 1 < t.size() && (t.get(last + 1).pos().startsWith("NNP")
            || "PERSON".equals(t.get(last + 1).ner()))) {
          last++;
        }
        return Names.key(t.get(last).word());
      }
      String role = Names.role(tok.lemma());
      if (role != null) return role;
      if (tok.pos().startsWith("VB") || tok.word().equals(";")) return null;
    }
    return null;
  }

  static String label(String who) {
    if (who.equals("someone")) return "someone";
    return Names.role(who) != null ? "the " + who : capitalise(who);
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
