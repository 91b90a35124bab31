package org.newsfuse.analyze;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsfuse.model.EntityType;

/**
 * Corrects the kind the CRF model gives a name where the name's own head word or the phrase
 * around it says otherwise. A name ending in a place noun is a place ("Kessel Island", "Eastern
 * Quay", "Besiktas Arena"); one ending in an institution or newspaper noun, or opening with
 * "Daily"/"Sunday", is an organisation ("Halden Post", "Daily Star"); a "person" standing in a
 * place phrase ("Aydin province", "the province of Aydin") is a place.
 */
final class MentionTypes {
  private static final Set<String> PLACE_HEADS = Set.of("island", "islands", "isle", "quay",
      "harbour", "harbor", "bay", "river", "street", "road", "avenue", "square", "bridge",
      "province", "region", "county", "district", "valley", "mountains", "mountain", "sea",
      "ocean", "strait", "straits", "gulf", "peninsula", "coast", "airport", "station", "stadium",
      "arena", "park", "canal", "pier", "wharf", "dock", "docks", "beach", "hill", "hills",
      "heights", "desert", "lane", "boulevard", "highway", "motorway", "channel", "fjord",
      "lagoon", "estuary", "reef", "cape", "point", "marina", "terminal", "plaza");
  private static final Set<String> ORGANISATION_HEADS = Set.of("ministry", "agency",
      "authority", "board", "council", "committee", "service", "services", "ferries", "airlines",
      "airways", "lines", "company", "corporation", "corp", "inc", "ltd", "plc", "group", "bank",
      "party", "police", "army", "navy", "coastguard", "union", "association", "institute",
      "university", "foundation", "federation", "commission", "department", "office",
      "organisation", "organization", "press", "news", "times", "post", "gazette", "herald",
      "tribune", "journal", "standard", "monitor", "express", "telegraph", "mail", "chronicle",
      "observer", "courier", "today", "wire", "broadcasting", "radio", "television",
      "tv");
  private static final Set<String> PRESS_OPENERS = Set.of("daily", "sunday", "weekly",
      "evening", "morning");
  /** Lower-case nouns that make the name before them, or after "… of", a place. */
  private static final Set<String> PLACE_NOUNS = Set.of("province", "region", "district",
      "county", "city", "town", "village", "state", "island", "governorate", "prefecture",
      "municipality", "neighbourhood", "neighborhood", "suburb", "area", "capital", "port");

  private MentionTypes() {
  }

  /** The kind of the name {@code tokens[from, to)}, which NER tagged {@code ner}. */
  static EntityType of(EntityType ner, List<CoreLabel> tokens, int from, int to) {
    String first = lower(tokens.get(from));
    String last = lower(tokens.get(to - 1));
    if (to - from >= 2) {
      if (ORGANISATION_HEADS.contains(last)) return EntityType.ORGANIZATION;
      if (PRESS_OPENERS.contains(first)) return EntityType.ORGANIZATION;
      if (PLACE_HEADS.contains(last)) return EntityType.LOCATION;
    }
    if (ner != EntityType.LOCATION && inPlacePhrase(tokens, from, to)) return EntityType.LOCATION;
    return ner;
  }

  /**
   * "Harbour master Ilse Brandt": the model tags the capitalised first word of a role before a
   * name as a person of its own. A one-word person followed by a lower-case noun and then a
   * person is such a word, not a name.
   */
  static boolean isRoleWord(EntityType type, List<CoreLabel> tokens, int from, int to) {
    if (type != EntityType.PERSON || to - from != 1 || to + 1 >= tokens.size()) return false;
    CoreLabel noun = tokens.get(to);
    String w = noun.word();
    return !w.isEmpty() && Character.isLowerCase(w.codePointAt(0)) && noun.tag() != null
        && noun.tag().startsWith("NN") && "PERSON".equals(tokens.get(to + 1).ner());
  }

  /**
   * "he was a Lutheran.", "suspected of being a Varnist": one capitalised word after "a" or "an"
   * and before no noun is a word for a kind of person (a follower, a member), not a name.
   * "a BBC reporter" keeps its name: a noun follows it.
   */
  static boolean isCommonNounUse(List<CoreLabel> tokens, int from, int to) {
    if (to - from != 1 || from == 0) return false;
    String before = tokens.get(from - 1).word();
    if (!before.equals("a") && !before.equals("an")) return false;
    if (to == tokens.size()) return true;
    String tag = tokens.get(to).tag();
    return tag == null || !(tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("CD")
        || tag.equals("POS"));
  }

  /** "Aydin province", "the province of Aydin", "the town of Soke". */
  private static boolean inPlacePhrase(List<CoreLabel> tokens, int from, int to) {
    if (to < tokens.size() && isLowerPlaceNoun(tokens.get(to))) return true;
    return from >= 2 && lower(tokens.get(from - 1)).equals("of")
        && isLowerPlaceNoun(tokens.get(from - 2));
  }

  private static boolean isLowerPlaceNoun(CoreLabel t) {
    String w = t.word();
    return !w.isEmpty() && Character.isLowerCase(w.codePointAt(0))
        && PLACE_NOUNS.contains(w.toLowerCase(Locale.ROOT));
  }

  private static String lower(CoreLabel t) {
    return t.word().toLowerCase(Locale.ROOT).replace(".", "");
  }
}
