package org.newsfuse.facts;

import java.util.List;
import java.util.Set;
import org.newsfuse.model.Token;

/**
 * Who a state word in a sentence is about: the nearest role noun ("the gunman") or name before it
 * in a passive or adjectival clause ("the attacker was killed", "Karlov was pronounced dead"), or
 * the object after an active verb ("police shot dead the gunman"). Pronouns are passed over to
 * the role or name they stand for earlier in the same sentence. A heuristic, not a parser: a
 * dependency parse would cost more than the whole analysis of a story.
 */
final class SubjectFinder {
  private static final Set<String> AUX = Set.of("be", "get", "become", "remain", "seem",
      "appear", "pronounce", "declare", "shoot", "confirm", "report", "believe", "feared", "fear", "leave",
      "find", "found");
  private static final Set<String> STOP = Set.of(";", ":", "that", "which", "where", "while",
      "because", "although");
  private static final Set<String> QUOTES = Set.of("\"", "“", "”", "``", "''");
  private static final Set<String> OTHER_PRONOUNS = Set.of("we", "you", "they", "i", "it");
  private static final Set<String> PREPOSITIONS = Set.of("in", "at", "from", "to", "of", "near",
      "for", "with", "into", "on");
  private static final Set<String> SKIP_AFTER = Set.of("the", "a", "an", "russian", "turkish",
      "his", "her", "their", "its", "both", "also");

  private SubjectFinder() {
  }

  /** The subject key of the state word at {@code i}, or null when none is safe to name. */
  static Subject of(List<Token> t, int i) {
    Token trigger = t.get(i);
    boolean active = trigger.pos().equals("VBD") && !auxBefore(t, i);
    if (active || trigger.pos().equals("VBG")) {
      Subject after = after(t, i + 1);
      if (after != null) return after;
      if (active) return null;
    }
    Subject s = before(t, i - 1);
    if (s == null && auxBefore(t, i)) {
      // "Captain X, 58, was the last to leave and was rescued": the sentence's subject
      Subject first = firstRoleOrName(t, i);
      if (first != null && startsSentence(t, first)) return first;
    }
    return s;
  }

  /** True when the subject is named within the sentence's first few words. */
  private static boolean startsSentence(List<Token> t, Subject s) {
    for (int k = 0; k < Math.min(t.size(), 8); k++) {
      Subject here = at(t, k);
      if (here != null && here.key().equals(s.key())) return true;
    }
    return false;
  }

  private static boolean auxBefore(List<Token> t, int i) {
    for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
      String lemma = t.get(k).lemma().toLowerCase();
      if (AUX.contains(lemma)) return true;
      if (!t.get(k).pos().startsWith("RB")) return false;
    }
    return false;
  }

  private static Subject after(List<Token> t, int from) {
    for (int k = from; k < Math.min(t.size(), from + 4); k++) {
      Subject s = at(t, k);
      if (s != null) return s;
      if (!SKIP_AFTER.contains(t.get(k).word().toLowerCase()) && !t.get(k).pos().startsWith("JJ")
          && !t.get(k).pos().startsWith("RB") && !t.get(k).pos().startsWith("NNP")
          && !t.get(k).pos().equals("POS")) {
        return null;
      }
    }
    return null;
  }

  private static Subject before(List<Token> t, int from) {
    boolean pronoun = false;
    for (int k = from; k >= 0 && k > from - 16; k--) {
      Token tok = t.get(k);
      String w = tok.word().toLowerCase();
      if (w.equals("he") || w.equals("she")) {
        pronoun = true; // look for the role or name it stands for
        continue;
      }
      if (!pronoun && (STOP.contains(w) || QUOTES.contains(w) || OTHER_PRONOUNS.contains(w)
          || tok.pos().startsWith("VB") && !AUX.contains(tok.lemma().toLowerCase())
              && !tok.lemma().equalsIgnoreCase("have"))) {
        return null;
      }
      if (pronoun) return firstRoleOrName(t, from);
      Subject s = at(t, k);
      if (s != null) return s;
      if (tok.pos().startsWith("NN") && !tok.pos().startsWith("NNP")) {
        return null; // a common noun is the subject here ("three people were injured")
      }
    }
    return null;
  }

  /**
   * What a pronoun ("he was then killed") stands for: the sentence's first role noun, or else its
   * first name. The nearest one would often be the victim of the same sentence.
   */
  private static Subject firstRoleOrName(List<Token> t, int before) {
    for (int k = 0; k < before; k++) {
      if (Names.role(t.get(k).lemma()) != null && t.get(k).pos().startsWith("NN")) return at(t, k);
    }
    for (int k = 0; k < before; k++) {
      if ("PERSON".equals(t.get(k).ner())) {
        int last = k;
        while (last + 1 < t.size() && "PERSON".equals(t.get(last + 1).ner())) last++;
        return at(t, last);
      }
    }
    return null;
  }

  /** A role noun, or a name whose last word is at token k. */
  static Subject at(List<Token> t, int k) {
    Token tok = t.get(k);
    String role = Names.role(tok.lemma());
    if (role != null && tok.pos().startsWith("NN")) return new Subject(role, "the " + role);
    boolean name = tok.pos().startsWith("NNP") || "PERSON".equals(tok.ner());
    if (!name || !Character.isUpperCase(tok.word().codePointAt(0))) return null;
    if (k + 1 < t.size() && t.get(k + 1).pos().startsWith("NNP")) return null;
    String ner = tok.ner();
    if (!ner.equals("O") && !ner.equals("PERSON")) return null; // a place or organisation
    int first = k;
    while (first > 0 && t.get(first - 1).pos().startsWith("NNP")) first--;
    if (first > 0 && PREPOSITIONS.contains(t.get(first - 1).word().toLowerCase())) return null;
    if (k + 1 < t.size() && t.get(k + 1).pos().equals("POS")) return null; // "Russia's envoy"
    return new Subject(Names.key(tok.word()), tok.word());
  }

  /** @param key comparable key; @param label words for the briefing ("the gunman", "Karlov") */
  record Subject(String key, String label) {
  }
}
