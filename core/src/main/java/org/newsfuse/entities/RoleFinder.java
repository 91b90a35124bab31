package org.newsfuse.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import org.newsfuse.model.Token;

/**
 * Finds the role phrases a text gives a person, from the tokens and part-of-speech tags around a
 * mention: a premodifier ("fire service spokeswoman Marit Solberg"), an appositive after
 * ("Bjorn Hallsen, the council leader,") or before ("the investigator, Piotr Lindqvist,"), or a
 * copula ("Reinholt was the captain").
 */
final class RoleFinder {
  static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "sir",
      "dame", "lord", "lady", "madam", "madame", "herr", "frau", "monsieur", "mme", "mlle", "senor",
      "señor", "sr", "sra", "jr", "st", "saint");
  private static final int MAX_ROLE_WORDS = 8;

  private RoleFinder() {
  }

  /**
   * Role phrases for the mention covering tokens [first, last].
   *
   * @param isPersonToken whether a token index belongs to some person mention
   */
  static List<String> roles(DocumentTokens doc, int first, int last,
                            IntPredicate isPersonToken) {
    List<String> out = new ArrayList<>();
    addIfPresent(out, premodifier(doc, first, isPersonToken));
    addIfPresent(out, appositiveAfter(doc, first, last, isPersonToken));
    addIfPresent(out, appositiveBefore(doc, first, isPersonToken));
    addIfPresent(out, copula(doc, first, last));
    return out;
  }

  /** The head word of a role phrase: its last role noun before any preposition. */
  static String head(String role) {
    String head = null;
    for (String w : role.split(" ")) {
      String lw = NameFolder.fold(w);
      if (lw.equals("of") || lw.equals("to") || lw.equals("for") || lw.equals("at")
          || lw.equals("in")) {
        break;
      }
      head = lw;
    }
    return head;
  }

  private static void addIfPresent(List<String> out, String role) {
    if (role != null && !role.isBlank()) out.add(role);
  }

  private static String premodifier(DocumentTokens doc, int first, IntPredicate
      isPersonToken) {
    int i = first - 1;
    int end = i;
    while (i >= 0 && first - i <= MAX_ROLE_WORDS && doc.sentence(i) == doc.sentence(first)
        && isModifier(doc.get(i)) && !isPersonToken.test(i)) {
      i--;
    }
    int start = i + 1;
    if (start > end || !isRoleHead(doc.get(end))) return null;
    return phrase(doc, start, end);
  }

  private static String appositiveAfter(DocumentTokens doc, int first, int last,
                                        IntPredicate isPersonToken) {
    int i = last + 1;
    if (i + 1 >= doc.size() || !doc.get(i).word().equals(",")
        || doc.sentence(i + 1) != doc.sentence(first)) {
      return null;
    }
    int start = i + 1;
    Token t0 = doc.get(start);
    if (!(isDeterminer(t0) || isModifier(t0))) return null;
    if (isDeterminer(t0) && !t0.word().equalsIgnoreCase("the") && !t0.word().equalsIgnoreCase("a")
        && !t0.word().equalsIgnoreCase("an")) {
      return null;
    }
    int j = start;
    while (j < doc.size() && j - start < MAX_ROLE_WORDS + 1 && doc.sentence(j) == doc.sentence(first)
        && (isModifier(doc.get(j)) || isDeterminer(doc.get(j)) || isPreposition(doc.get(j)))) {
      if (isPersonToken.test(j)) return null;
      j++;
    }
    // An appositive is closed by punctuation; "X, the attacker bypassed security" is a new
    // clause whose subject merely follows X.
    if (j < doc.size() && doc.sentence(j) == doc.sentence(first)
        && !",.;:)".contains(doc.get(j).word())) {
      return null;
    }
    int end = j - 1;
    while (end >= start && !isRoleHead(doc.get(end)) && !isProperNoun(doc.get(end))) end--;
    if (end < start || !containsRoleHead(doc, start, end)) return null;
    int from = isDeterminer(doc.get(start)) ? start + 1 : start;
    return from > end ? null : phrase(doc, from, end);
  }

  private static String appositiveBefore(DocumentTokens doc, int first,
                                         IntPredicate isPersonToken) {
    int i = first - 1;
    int skipped = 0;
    while (i >= 0 && skipped < 3 && isAgeOrAdjective(doc.get(i))) {
      i--;
      skipped++;
    }
    if (i < 1 || !doc.get(i).word().equals(",") || doc.sentence(i) != doc.sentence(first)) {
      return null;
    }
    int end = i - 1;
    int j = end;
    while (j >= 0 && end - j < MAX_ROLE_WORDS && doc.sentence(j) == doc.sentence(first)
        && (isModifier(doc.get(j)) || isPreposition(doc.get(j))) && !isPersonToken.test(j)) {
      j--;
    }
    if (j < 0 || !doc.get(j).word().equalsIgnoreCase("the")) return null;
    int start = j + 1;
    if (start > end || !containsRoleHead(doc, start, end)) return null;
    return phrase(doc, start, end);
  }

  private static String copula(DocumentTokens doc, int first, int last) {
    int i = last + 1;
    if (i + 2 >= doc.size() || !doc.get(i).lemma().equals("be")
        || !doc.get(i + 1).word().equalsIgnoreCase("the")) {
      return null;
    }
    int start = i + 2;
    int j = start;
    while (j < doc.size() && j - start < 4 && doc.sentence(j) == doc.sentence(first)
        && isModifier(doc.get(j)) && !isProperNoun(doc.get(j))) {
      j++;
    }
    int end = j - 1;
    if (end < start || !isRoleHead(doc.get(end))) return null;
    return phrase(doc, start, end);
  }

  private static String phrase(DocumentTokens doc, int start, int end) {
    String text = doc.textOf(start, end);
    Token t = doc.get(start);
    boolean sentenceStart = start == 0 || doc.sentence(start - 1) != doc.sentence(start);
    boolean restLowerCase = text.indexOf(' ') < 0
        || text.substring(text.indexOf(' ')).equals(text.substring(text.indexOf(' '))
            .toLowerCase(Locale.ROOT));
    if (sentenceStart && !isProperNoun(t) && restLowerCase && !text.isEmpty()) {
      text = text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }
    return text;
  }

  private static boolean containsRoleHead(DocumentTokens doc, int start, int end) {
    for (int k = start; k <= end; k++) {
      if (isRoleHead(doc.get(k))) return true;
    }
    return false;
  }

  static boolean isRoleHead(Token t) {
    String w = t.word();
    if (!Character.isLetter(w.codePointAt(0))) return false;
    String folded = NameFolder.fold(w).replace(".", "");
    if (HONORIFICS.contains(folded)) return false;
    if (NameForm.TITLES.contains(folded)) return true;
    return (t.pos().equals("NN") || t.pos().equals("NNS")) && Character.isLowerCase(w.charAt(0));
  }

  private static boolean isModifier(Token t) {
    String p = t.pos();
    return p.equals("NN") || p.equals("NNS") || p.equals("NNP") || p.equals("NNPS")
        || p.equals("JJ") || p.equals("HYPH");
  }

  private static boolean isProperNoun(Token t) {
    return t.pos().equals("NNP") || t.pos().equals("NNPS");
  }

  private static boolean isDeterminer(Token t) {
    return t.pos().equals("DT");
  }

  private static boolean isPreposition(Token t) {
    String w = t.word().toLowerCase(Locale.ROOT);
    return w.equals("of") || w.equals("to") || w.equals("for") || w.equals("at");
  }

  private static boolean isAgeOrAdjective(Token t) {
    return t.pos().equals("JJ") || t.pos().equals("CD");
  }
}
