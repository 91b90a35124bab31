package org.newsfuse.facts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfuse.briefing.Entity;
import org.newsfuse.entities.EntityIndex;

/**
 * Spells the names in a disagreement's point ("fate of Tomas Rienholt") as the story's merged
 * entity does ("Tomas Reinholt"), so the point does not repeat one outlet's typo.
 */
final class PointNames {
  /** A run of capitalised words: a name the point took from one statement. */
  private static final Pattern NAME = Pattern.compile(
      "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:al-|el-|de |van |von )?\\p{Lu}[\\p{L}'’.-]*)*");

  private PointNames() {
  }

  static String canonical(String point, EntityIndex entities) {
    if (entities == null) return point;
    Matcher m = NAME.matcher(point);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group();
      String replacement = entities.resolve(name).map(Entity::name).orElse(name);
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }
}
