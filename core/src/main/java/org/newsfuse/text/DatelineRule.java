package org.newsfuse.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline or agency byline that opens an article, and a "By Jane Roe" line near it:
 * "ANKARA, Dec 19 (Reuters) - ", "PORT HALDEN, Tuesday 11 March 2025 — ", "(CNN) ",
 * "WASHINGTON — ", "Ankara: ". Only the first few lines are searched, and a dateline must be
 * followed by prose on its line, so an all-capitals headline is not taken for one.
 */
final class DatelineRule implements JunkRule {
  private static final int LINES_SEARCHED = 4;
  private static final String CAPS_PLACE = "[A-Z][A-Z.'\\-]{2,}(?:\\s[A-Z][A-Z.'\\-]+){0,3}";
  private static final String REGION = "(?:,\\s*[A-Z][A-Za-z.'\\-]+(?:\\s[A-Z][A-Za-z.'\\-]+){0,2}"
      + "(?=\\s*[,(—–-]))?";
  private static final String WEEKDAY = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";
  private static final String DATE = "(?:" + WEEKDAY + ",?\\s+)?(?:" + Patterns.MONTH
      + "\\s+\\d{1,2}(?:,\\s*\\d{4})?|\\d{1,2}\\s+" + Patterns.MONTH + "(?:,?\\s+\\d{4})?)|"
      + WEEKDAY;
  private static final String DASH = "(?:\\s*[-—–]+|\\s*:)";
  private static final Pattern WITH_AGENCY = Pattern.compile(
      "(?:(" + CAPS_PLACE + ")" + REGION + "\\s*,?\\s*)?(?:(" + DATE + ")\\s*)?"
          + "\\((Reuters|AP|AFP|CNN|Bloomberg|UPI|dpa|Xinhua|AAP|PA|BBC|[A-Z][A-Za-z]{1,15})\\)"
          + DASH + "?\\s*");
  private static final Pattern CAPS_ONLY = Pattern.compile(
      "(" + CAPS_PLACE + ")" + REGION + "\\s*(?:,\\s*(" + DATE + "))?" + DASH + "\\s+");
  private static final Pattern PLACE_COLON = Pattern.compile(
      "([A-Z][a-z]+(?:\\s[A-Z][a-z]+)?):\\s+(?=[A-Z\"“])");
  private static final Set<String> NOT_PLACES = Set.of("Update", "Updated", "Warning", "Breaking",
      "Watch", "Note", "Editor", "Analysis", "Opinion", "Comment", "Video", "Photo", "Live",
      "Exclusive", "Correction", "Read", "Related", "Caution", "UPDATE", "WARNING", "BREAKING",
      "LIVE", "EXCLUSIVE", "WATCH", "VIDEO", "PHOTO", "CORRECTION");
  private static final Pattern BYLINE = Pattern.compile(
      "By\\s+[A-Z][\\w.'\\-]+(?:\\s+(?:and\\s+)?[A-Z][\\w.'\\-]+){0,5}(?:,[^\\n]{0,60})?");
  /** What must follow a dateline on its line: a sentence, not the rest of a headline. */
  private static final Pattern PROSE = Pattern.compile("[a-z].*[.!?\"”’]\\s*$|(?:\\S+\\s+){11}\\S");

  @Override
  public List<Junk> find(String text) {
    List<Junk> out = new ArrayList<>();
    int seen = 0;
    for (TextLine line : TextLine.split(text)) {
      if (line.isBlank()) continue;
      if (BYLINE.matcher(line.content()).matches()) {
        out.add(line.asJunk(JunkKind.BYLINE));
        continue;
      }
      Dateline d = dateline(line);
      if (d != null) {
        out.add(new Junk(d.begin(), d.end(), JunkKind.DATELINE));
        break;
      }
      if (++seen >= LINES_SEARCHED) break;
    }
    return out;
  }

  /** The dateline opening the text (within its first lines), or null. */
  Dateline dateline(String text) {
    int seen = 0;
    for (TextLine line : TextLine.split(text)) {
      if (line.isBlank() || BYLINE.matcher(line.content()).matches()) continue;
      Dateline d = dateline(line);
      if (d != null) return d;
      if (++seen >= LINES_SEARCHED) return null;
    }
    return null;
  }

  private static Dateline dateline(TextLine line) {
    String s = line.content();
    Matcher m = WITH_AGENCY.matcher(s);
    if (m.lookingAt() && prose(s, m.end())) return of(line, m, m.group(1), m.group(2), m.group(3));
    m = CAPS_ONLY.matcher(s);
    if (m.lookingAt() && prose(s, m.end()) && !NOT_PLACES.contains(m.group(1))) {
      return of(line, m, m.group(1), m.group(2), null);
    }
    m = PLACE_COLON.matcher(s);
    if (m.lookingAt() && prose(s, m.end()) && !NOT_PLACES.contains(m.group(1).split(" ")[0])) {
      return of(line, m, m.group(1), null, null);
    }
    return null;
  }

  private static boolean prose(String line, int from) {
    return PROSE.matcher(line).region(from, line.length()).find();
  }

  private static Dateline of(TextLine line, Matcher m, String place, String date, String agency) {
    String s = line.content();
    int end = m.end();
    while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) end--;
    int begin = line.contentBegin();
    return new Dateline(begin, begin + end, s.substring(0, end), place, date, agency);
  }
}
