package org.newsfuse.entities;

import java.util.Set;
import org.newsfuse.model.EntityMention;
import org.newsfuse.model.EntityType;

/**
 * Rejects what NER wrongly tags as a name: pronouns, determiners and other function words
 * ("He", "The"), lower-case words, single letters, all-caps labels such as "UPDATE" or
 * "BREAKING", and kinds a briefing does not list (dates, numbers, misc).
 */
final class MentionFilter {
  private static final Set<String> FUNCTION_WORDS = Set.of("he", "she", "it", "they", "we", "i",
      "you", "him", "her", "them", "his", "hers", "its", "their", "our", "my", "your", "the", "a",
      "an", "this", "that", "these", "those", "there", "here", "who", "what", "which", "when",
      "where", "why", "how", "mr", "mrs", "ms", "dr", "sir", "update", "breaking", "warning",
      "photo", "video", "picture", "watch", "read", "more", "live", "today", "yesterday",
      "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  private MentionFilter() {
  }

  static boolean keep(EntityMention m) {
    if (m.type() == null || m.type() == EntityType.OTHER) return false;
    NameForm name = NameForm.parse(m.text(), m.type());
    String display = name.display();
    if (name.tokens().isEmpty()) return false;
    int letters = 0;
    int upper = 0;
    for (int i = 0; i < display.length(); i++) {
      char c = display.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) upper++;
      }
    }
    if (letters < 2) return false;
    if (!Character.isUpperCase(display.codePointAt(0)) && !startsWithArticle(display)) {
      return false;
    }
    if (FUNCTION_WORDS.contains(NameFolder.fold(display).replace(".", ""))) return false;
    // An all-caps person name is a shouted byline or label, an all-caps long word a section
    // label; short all-caps organisations (NATO, BBC) are kept.
    boolean allCaps = upper == letters;
    if (allCaps && (m.type() == EntityType.PERSON || letters > 6)) return false;
    return true;
  }

  private static boolean startsWithArticle(String display) {
    String f = NameFolder.fold(display);
    return f.startsWith("al-") || f.startsWith("el-");
  }
}
