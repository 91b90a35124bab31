package org.newsfuse.facts;

import java.util.regex.Pattern;

/** The text of a source sentence as a briefing line: without bullets, credits and datelines. */
public final class StatementText {
  private static final Pattern LEADING = Pattern.compile(
      "^(?:[•·▪*–—-]\\s*|\\((?:[A-Z][A-Za-z]*\\.?\\s?){1,3}\\)\\s*(?:[-–—]\\s*)?"
          + "|[A-Z][A-Z .]{1,30}\\s?(?:\\([A-Za-z ]+\\))?\\s?[-–—]\\s+"
          + "|[A-Z][A-Z .'-]+,[^—–\\-:]{0,40}?(?:\\([^)]*\\))?\\s*[-–—]\\s+"
          + "|[A-Z][a-z]+(?: [A-Z][a-z]+)?:\\s+(?=[A-Z]))+");

  private StatementText() {
  }

  /** The sentence without leading bullets, credits and datelines. */
  public static String clean(String text) {
    String t = LEADING.matcher(text.strip()).replaceFirst("");
    return t.isEmpty() ? text.strip() : t;
  }
}
