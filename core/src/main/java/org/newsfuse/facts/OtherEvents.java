package org.newsfuse.facts;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsfuse.model.Document;
import org.newsfuse.model.EntityMention;
import org.newsfuse.model.EntityType;

/**
 * Recognises statements about some other event than the story's own — background such as "a week
 * after bombings in Istanbul killed 44 people" or "the attack this morning in Kayseri, which
 * killed more than a dozen" — whose numbers and fates must not be set against the story's.
 * Signs: a shift in time ("a week after", "last year", "in 2015", "ago") or a place named by
 * only one document of the story while no place the story shares is named.
 */
final class OtherEvents {
  private static final Pattern TIME_SHIFT = Pattern.compile(
      "\\b(?:last|previous|earlier this) (?:week|month|year)\\b"
          + "|\\b(?:a|one|two|three|four|five|six|\\d+) (?:days?|weeks?|months?|years?) "
          + "(?:after|before|ago|earlier)\\b|\\bin (?:19|20)\\d\\d\\b|\\bago\\b"
          + "|\\b(?:last|this past) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b",
      Pattern.CASE_INSENSITIVE);

  private final Set<String> sharedPlaces = new HashSet<>();
  private final Map<String, Set<Integer>> placesBySentence = new HashMap<>();

  OtherEvents(List<Document> documents) {
    Map<String, Set<String>> docsByPlace = new HashMap<>();
    for (Document d : documents) {
      for (EntityMention m : d.entities()) {
        if (m.type() != EntityType.LOCATION) continue;
        docsByPlace.computeIfAbsent(Names.key(m.text()), k -> new HashSet<>()).add(d.id());
      }
    }
    docsByPlace.forEach((place, docs) -> {
      if (docs.size() >= 2) sharedPlaces.add(place);
    });
  }

  boolean about(Statement s) {
    if (TIME_SHIFT.matcher(s.text()).find()) return true;
    boolean shared = false;
    boolean foreign = false;
    for (EntityMention m : s.document().entities()) {
      if (m.sentenceIndex() != s.sentence().index() || m.type() != EntityType.LOCATION) continue;
      if (sharedPlaces.contains(Names.key(m.text()))) shared = true;
      else foreign = true;
    }
    return foreign && !shared && !sharedPlaces.isEmpty();
  }
}
