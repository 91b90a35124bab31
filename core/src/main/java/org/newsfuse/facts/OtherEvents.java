package org.newsfuse.facts;

import java.util.regex.Pattern;

/**
 * Recognises statements about some other event than the story's own — background such as "a week
 * after bombings elsewhere killed 44 people" — whose numbers and fates must not be set against the story's.
 * The sign is a shift in time ("a week after", "last year", "in 2015", "ago").
 */
final class OtherEvents {
  private static final Pattern TIME_SHIFT = Pattern.compile(
      "\\b(?:last|previous|earlier this) (?:week|month|year)\\b"
          + "|\\b(?:a|one|two|three|four|five|six|\\d+) (?:days?|weeks?|months?|years?) "
          + "(?:after|before|ago|earlier)\\b|\\bin (?:19|20)\\d\\d\\b|\\bago\\b"
          + "|\\b(?:last|this past) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b",
      Pattern.CASE_INSENSITIVE);

  boolean about(Statement s) {
    // Places named by one outlet only proved too weak a sign (outlet names, streets, the
    // victim's home town), so only a shift in time marks another event.
    return TIME_SHIFT.matcher(s.text()).find();
  }
}
