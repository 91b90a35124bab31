package org.newsfuse.timeline;

import java.time.LocalTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A clock time stated in a sentence ("at about 09:30 GMT", "at 6.40am") that the analyzer's time
 * tagger left without a date: the timeline dates it by the article's publication day.
 */
final class ClockMentions {
  private static final Pattern AT_CLOCK = Pattern.compile(
      "\\bat (?:about |around |approximately )?(\\d{1,2})(?:[:.](\\d{2}))?\\s*"
          + "(a\\.?m\\.?|p\\.?m\\.?|GMT|UTC|BST|CET|local time)?",
      Pattern.CASE_INSENSITIVE);

  private ClockMentions() {
  }

  /** The first clock time the sentence gives, or null. */
  static LocalTime in(String sentence) {
    Matcher m = AT_CLOCK.matcher(sentence);
    while (m.find()) {
      String suffix = m.group(3);
      if (m.group(2) == null && suffix == null) continue; // "at 3" is no time
      if (m.group(2) == null && !suffix.toLowerCase(Locale.ROOT).matches("[ap].*")) continue;
      int hour = Integer.parseInt(m.group(1));
      int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
      if (suffix != null && suffix.toLowerCase(Locale.ROOT).startsWith("p") && hour < 12) hour += 12;
      if (suffix != null && suffix.toLowerCase(Locale.ROOT).startsWith("a") && hour == 12) hour = 0;
      if (hour > 23 || minute > 59) continue;
      return LocalTime.of(hour, minute);
    }
    return null;
  }
}
