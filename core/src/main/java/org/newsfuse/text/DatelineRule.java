package org.newsfuse.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline or agency byline an article opens with, and a "By Jane Roe" line before it:
 * "ANKARA, Dec 19 (Reuters) - ", "ANKARA, Turkey (AP) — ", "(CNN) ", "WASHINGTON — ", "Ankara: ".
 */
final class DatelineRule implements JunkRule {
  private static final String CAPS_PLACE = "[A-Z][A-Z.'\\-]{2,}(?:\\s[A-Z][A-Z.'\\-]+){0,3}";
  private static final String REGION = "(?:,\\s*[A-Z][A-Za-z.'\\-]+(?:\\s[A-Z][A-Za-z.'\\-]+){0,2})?";
  private static final String DATE = Patterns.MONTH + "\\s+\\d{1,2}(?:,\\s*\\d{4})?";
  private static final String DASH = "(?:\\s*[-—–]+|\\s*:)";
  private static final Pattern WITH_AGENCY = Pattern.compile(
      "\\s*(?:(" + CAPS_PLACE + ")" + REGION + "\\s*,?\\s*)?(?:(" + DATE + ")\\s*)?"
          + "\\((Reuters|AP|AFP|CNN|Bloomberg|UPI|dpa|Xinhua|AAP|PA|BBC|[A-Z][A-Za-z]{1,15})\\)"
          + DASH + "?\\s*");
  private static final Pattern CAPS_ONLY = Pattern.compile(
      "\\s*(" + CAPS_PLACE + ")" + REGION + "\\s*(?:,\\s*(" + DATE + "))?" + DASH + "\\s+");
  private static final Pattern PLACE_COLON = Pattern.compile(
      "\\s*([A-Z][a-z]+(?:\\s[A-Z][a-z]+)?):\\s+(?=[A-Z\"“])");
  private static final Set<String> NOT_PLACES = Set.of("Update", "Updated", "Warning", "Breaking",
      "Watch", "Note", "Editor", "Analysis", "Opinion", "Comment", "Video", "Photo", "Live",
      "Exclusive", "Correction", "Read", "Related", "Caution");
  private static final Pattern BYLINE = Pattern.compile(
      "\\s*By\\s+[A-Z][\\w.'\\-]+(?:\\s+(?:and\\s+)?[A-Z][\\w.'\\-]+){0,5}(?:,[^\\n]{0,60})?\\n");

  @Override
  public List<Junk> find(String text) {
    List<Junk> out = new ArrayList<>();
    Matcher by = BYLINE.matcher(text);
    int from = 0;
    if (by.lookingAt()) {
      out.add(trimmed(text, 0, by.end(), JunkKind.BYLINE));
      from = by.end();
    }
    Dateline d = dateline(text, from);
    if (d != null) out.add(new Junk(d.begin(), d.end(), JunkKind.DATELINE));
    return out;
  }

  /** The dateline opening the text (after any byline line), or null. */
  Dateline dateline(String text) {
    Matcher by = BYLINE.matcher(text);
    return dateline(text, by.lookingAt() ? by.end() : 0);
  }

  private static Dateline dateline(String text, int from) {
    Matcher m = WITH_AGENCY.matcher(text).region(from, text.length());
    if (m.lookingAt()) return of(text, m, m.group(1), m.group(2), m.group(3));
    m = CAPS_ONLY.matcher(text).region(from, text.length());
    if (m.lookingAt()) return of(text, m, m.group(1), m.group(2), null);
    m = PLACE_COLON.matcher(text).region(from, text.length());
    if (m.lookingAt() && !NOT_PLACES.contains(m.group(1).split(" ")[0])) {
      return of(text, m, m.group(1), null, null);
    }
    return null;
  }

  private static Dateline of(String text, Matcher m, String place, String date, String agency) {
    Junk j = trimmed(text, m.start(), m.end(), JunkKind.DATELINE);
    return new Dateline(j.begin(), j.end(), text.substring(j.begin(), j.end()), place, date,
        agency);
  }

  private static Junk trimmed(String text, int begin, int end, JunkKind kind) {
    while (begin < end && Character.isWhitespace(text.charAt(begin))) begin++;
    while (end > begin && Character.isWhitespace(text.charAt(end - 1))) end--;
    return new Junk(begin, end, kind);
  }
}
