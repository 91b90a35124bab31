package org.newsfuse.analyze;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * British clock times written with a dot ("7.10am") as SUTime reads them ("7:10am"). SUTime
 * misreads the dotted form (as 10:00); the replacement keeps the text's length and offsets.
 */
final class ClockNotation {
  private static final Pattern DOTTED = Pattern.compile(
      "\\b(\\d{1,2})\\.(\\d{2})(?=\\s?(?:am|pm|a\\.m\\.|p\\.m\\.|GMT|BST|EST|EDT|ET|UTC)\\b)",
      Pattern.CASE_INSENSITIVE);

  static String withColons(String text) {
    Matcher m = DOTTED.matcher(text);
    if (!m.find()) return text;
    StringBuilder out = new StringBuilder(text);
    do {
      out.setCharAt(m.end(1), ':');
    } while (m.find());
    return out.toString();
  }

  private ClockNotation() {
  }
}
