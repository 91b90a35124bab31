package org.newsfuse.entities;

import java.util.Set;

/**
 * Collects what the text says about a person's gender: honorifics ("Mr", "Ms"), gendered role
 * words ("spokeswoman"), the pronoun that follows a lone mention, and a small first-name rule.
 * Gender is only used to rule out pronoun antecedents, so an unclear vote gives UNKNOWN.
 */
final class GenderEvidence {
  private static final Set<String> MALE_WORDS = Set.of("mr", "sir", "lord", "herr", "monsieur",
      "senor", "king", "prince", "emperor", "pope", "father", "imam", "rabbi", "spokesman",
      "chairman", "businessman", "congressman", "cameraman", "policeman", "gunman", "husband",
      "son", "brother", "uncle", "nephew", "boy", "man", "actor", "sheikh", "ayatollah");
  private static final Set<String> FEMALE_WORDS = Set.of("mrs", "ms", "miss", "lady", "dame",
      "madam", "madame", "frau", "mme", "mlle", "senora", "sra", "queen", "princess", "empress",
      "mother", "spokeswoman", "chairwoman", "businesswoman", "congresswoman", "policewoman",
      "wife", "daughter", "sister", "aunt", "niece", "girl", "woman", "actress");
  // First names that end in -a but are men's names, so the -a rule below does not misfire.
  private static final Set<String> MALE_NAMES_ENDING_IN_A = Set.of("nikita", "luca", "andrea",
      "joshua", "ilya", "kostya", "sasha", "mustafa", "musa", "isa", "yahya", "osama", "hamza",
      "akira", "jonah", "ezra", "elijah", "noah", "zakaria", "attila");

  private int male;
  private int female;

  void word(String word) {
    String w = NameFolder.fold(word).replace(".", "");
    if (MALE_WORDS.contains(w)) male++;
    if (FEMALE_WORDS.contains(w)) female++;
  }

  void pronoun(Gender g) {
    if (g == Gender.MALE) male++;
    if (g == Gender.FEMALE) female++;
  }

  /** The gender the evidence supports; falls back to the first-name rule when there is none. */
  Gender decide(NameForm fullestName) {
    if (male > female) return Gender.MALE;
    if (female > male) return Gender.FEMALE;
    if (male > 0) return Gender.UNKNOWN;
    if (fullestName.size() < 2) return Gender.UNKNOWN;
    String first = fullestName.tokens().get(0);
    if (first.length() > 2 && first.endsWith("a") && !MALE_NAMES_ENDING_IN_A.contains(first)) {
      return Gender.FEMALE;
    }
    return Gender.UNKNOWN;
  }
}
