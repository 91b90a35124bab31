package org.newsfuse.text;

/** Regular-expression pieces shared by several junk rules. */
final class Patterns {
  static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|"
      + "July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  /** Time zone abbreviations live blogs write after a time. */
  static final String ZONE = "(?:EST|EDT|ET|CST|CDT|CT|MST|MDT|PST|PDT|PT|GMT|UTC|BST|CET|CEST|"
      + "EET|EEST|MSK|TRT|IST|JST|AEST|AEDT|local time)";
  static final String IMAGE_FILE = "[\\w%()\\-.]*?\\.(?:jpe?g|png|gif|webp|tiff?|bmp)(?-i:(?![a-z]))";

  private Patterns() {
  }
}
