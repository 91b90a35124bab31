package org.newsfuse.analyze;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts an NER mention that runs across a lower-case word which is no part of a name: the CRF
 * model tags "Eastern Quay for Kessel Island" as one organisation. Particles that do occur inside
 * names ("Bank of England", "Halden Fire and Rescue Service", "Charles de Gaulle", "Osama bin
 * Laden", "Frankfurt am Main") are kept, and "for" is kept after an institution's head noun
 * ("Centre for Contemporary Arts", "Minister for Transport").
 */
final class NameSplitter {
  private static final Set<String> PARTICLES = Set.of("of", "and", "&", "the", "de", "du", "des",
      "la", "le", "les", "al", "el", "bin", "ibn", "bint", "abu", "van", "von", "der", "den", "ter",
      "da", "di", "do", "dos", "das", "del", "della", "degli", "y", "e", "am", "an", "im", "zu",
      "upon", "sur", "en", "st", "st.", "'s", "’s", "'", "’");
  /** Head nouns after which "for" stays inside the name. */
  private static final Set<String> FOR_HEADS = Set.of("centre", "center", "institute",
      "institution", "commission", "commissioner", "agency", "council", "committee", "society",
      "association", "fund", "party", "campaign", "ministry", "minister", "secretary", "office",
      "department", "foundation", "federation", "union", "alliance", "league", "movement",
      "coalition", "board", "authority", "organisation", "organization", "trust", "school",
      "college", "academy", "court", "tribunal", "bureau", "service", "network", "forum",
      "group", "front", "programme", "program", "mission", "initiative", "museum", "hospital",
      "charity", "fellowship", "conference", "congress", "assembly", "partnership", "project",
      "doctors", "reporters", "journalists", "lawyers", "physicians", "friends", "citizens",
      "people", "women", "men", "mothers", "fathers", "families");

  private NameSplitter() {
  }

  /**
   * The runs of {@code tokens[from, to)} that are names: [from, to) itself unless a lower-case
   * non-particle splits it. Each run is given as {first, endExclusive}; when the mention is
   * split, particles and punctuation at either end of each run are trimmed.
   */
  static List<int[]> split(List<CoreLabel> tokens, int from, int to) {
    List<int[]> runs = new ArrayList<>();
    boolean splits = false;
    for (int i = from; i < to && !splits; i++) splits = isBreak(tokens, i, from);
    if (!splits) {
      runs.add(new int[] {from, to});
      return runs;
    }
    int start = from;
    for (int i = from; i < to; i++) {
      if (isBreak(tokens, i, from)) {
        addTrimmed(tokens, start, i, runs);
        start = i + 1;
      }
    }
    addTrimmed(tokens, start, to, runs);
    return runs;
  }

  private static boolean isBreak(List<CoreLabel> tokens, int i, int from) {
    String w = tokens.get(i).word();
    if (w.isEmpty() || !Character.isLowerCase(w.codePointAt(0))) return false;
    String lower = w.toLowerCase(Locale.ROOT);
    if (PARTICLES.contains(lower) || w.contains("-")) return false;
    if (lower.equals("for") && i > from) {
      String head = tokens.get(i - 1).word().toLowerCase(Locale.ROOT);
      return !FOR_HEADS.contains(head);
    }
    return true;
  }

  private static void addTrimmed(List<CoreLabel> tokens, int from, int to, List<int[]> runs) {
    while (from < to && !startsName(tokens.get(from).word())) from++;
    while (to > from && !endsName(tokens.get(to - 1).word())) to--;
    if (from < to) runs.add(new int[] {from, to});
  }

  private static boolean startsName(String w) {
    int c = w.codePointAt(0);
    return Character.isUpperCase(c) || Character.isDigit(c)
        || (Character.isLetter(c) && w.contains("-")); // al-Hakim
  }

  private static boolean endsName(String w) {
    int c = w.codePointAt(0);
    return Character.isLetterOrDigit(c) && !(Character.isLowerCase(c)
        && PARTICLES.contains(w.toLowerCase(Locale.ROOT)));
  }
}
