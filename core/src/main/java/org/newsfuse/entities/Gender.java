package org.newsfuse.entities;

/** Grammatical gender a pronoun can refer to; UNKNOWN when the text does not tell. */
public enum Gender {
  MALE, FEMALE, UNKNOWN;

  /** The gender of a third-person pronoun, or UNKNOWN for any other word. */
  public static Gender ofPronoun(String word) {
    return switch (word.toLowerCase(java.util.Locale.ROOT)) {
      case "he", "him", "his", "himself" -> MALE;
      case "she", "her", "hers", "herself" -> FEMALE;
      default -> UNKNOWN;
    };
  }
}
