package org.newsfuse.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.newsfuse.model.Document;
import org.newsfuse.model.EntityMention;
import org.newsfuse.model.EntityType;
import org.newsfuse.model.Story;

/**
 * News outlets and agencies named in a story's text. NER tags them as places or people ("the
 * Beacon understands", "told Anadolu"); they are organisations. The story's own outlets come
 * from its articles' sources, so "the Beacon" in the Daily Beacon's report is the Daily Beacon;
 * the big wire agencies are known by name.
 */
final class OutletNames {
  /** Wire and state news agencies that turn up in any story (folded keys). */
  private static final Set<String> AGENCIES = Set.of("reuters", "ap", "associated press", "afp",
      "agence france presse", "agence france-presse", "anadolu", "anadolu agency", "tass",
      "itar tass", "ria", "ria novosti", "interfax", "xinhua", "dpa", "efe", "ansa", "kyodo",
      "yonhap", "upi", "bloomberg", "sputnik", "pti", "aa", "irna", "wafa", "bernama", "antara");

  /** Comparison key of each outlet name, by its key and (for "the Beacon") its last word. */
  private final TreeMap<String, NameForm> byKey = new TreeMap<>();
  private final TreeMap<String, List<NameForm>> byLastWord = new TreeMap<>();

  OutletNames(Story story) {
    for (Document d : story.documents()) {
      String source = d.source();
      if (source == null || source.isBlank()) continue;
      NameForm outlet = NameForm.parse(source, EntityType.ORGANIZATION);
      if (outlet.tokens().isEmpty() || byKey.containsKey(outlet.key())) continue;
      byKey.put(outlet.key(), outlet);
      if (outlet.size() >= 2) {
        byLastWord.computeIfAbsent(outlet.last(), k -> new ArrayList<>()).add(outlet);
      }
    }
  }

  /**
   * The name form under which {@code m} should be grouped when it names an outlet or agency
   * (typed as an organisation, keyed as the outlet's full name), else null.
   */
  NameForm outletForm(EntityMention m, String articleText) {
    NameForm asOrg = NameForm.parse(m.text(), EntityType.ORGANIZATION);
    if (asOrg.tokens().isEmpty()) return null;
    if (byKey.containsKey(asOrg.key()) || AGENCIES.contains(asOrg.key())) return asOrg;
    List<NameForm> endingHere = byLastWord.get(asOrg.key());
    if (endingHere != null && endingHere.size() == 1 && afterDefiniteArticle(m, articleText)) {
      // "the Beacon" of the Daily Beacon: written short, grouped under the full name.
      return new NameForm(asOrg.display(), endingHere.get(0).tokens(), List.of());
    }
    return null;
  }

  private static boolean afterDefiniteArticle(EntityMention m, String text) {
    if (m.text().regionMatches(true, 0, "the ", 0, 4)) return true;
    int i = m.span().begin();
    while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) i--;
    return i >= 3 && text.regionMatches(true, i - 3, "the", 0, 3)
        && (i == 3 || !Character.isLetter(text.charAt(i - 4)));
  }
}
