package org.newsfuse.text;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Live-blog time stamps: "Update, 11:40 EST:", "UPDATE 07:55 GMT —", "Updated at 3.15pm:" anywhere,
 * and a bare "11.40am:" / "07:55 GMT —" where a line or sentence starts.
 */
final class LiveStampRule implements JunkRule {
  private static final String TIME = "(\\d{1,2})[:.](\\d{2})\\s*(am|pm|a\\.m\\.|p\\.m\\.)?"
      + "(?:\\s*(" + Patterns.ZONE + "))?";
  private static final String TERMINATOR = "\\s*(?::|—|–|\\s-)(?=\\s|$)";
  private static final Pattern LABELLED = Pattern.compile(
      "\\b(?:UPDATED?|Updated?)(?:\\s+\\d{1,2})?\\s*[,:]?\\s*(?:at\\s+)?" + TIME + TERMINATOR);
  private static final Pattern BARE = Pattern.compile(
      "(?:^|(?<=[.!?\"”’]\\s{1,3}))[ \\t]*" + TIME + TERMINATOR, Pattern.MULTILINE);

  @Override
  public List<Junk> find(String text) {
    List<Junk> out = new ArrayList<>();
    for (Stamp s : stamps(text)) out.add(new Junk(s.begin(), s.end(), JunkKind.LIVE_STAMP));
    return out;
  }

  /** The stamps in text order; overlapping candidates keep the earliest, longest one. */
  List<Stamp> stamps(String text) {
    List<Stamp> found = new ArrayList<>();
    for (Pattern p : new Pattern[] {LABELLED, BARE}) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        Stamp s = toStamp(text, m);
        if (s != null) found.add(s);
      }
    }
    found.sort((a, b) -> a.begin() != b.begin() ? Integer.compare(a.begin(), b.begin())
        : Integer.compare(b.end(), a.end()));
    List<Stamp> out = new ArrayList<>();
    for (Stamp s : found) {
      if (!out.isEmpty() && s.begin() < out.get(out.size() - 1).end()) continue;
      out.add(s);
    }
    return out;
  }

  private static Stamp toStamp(String text, Matcher m) {
    int hour = Integer.parseInt(m.group(1));
    int minute = Integer.parseInt(m.group(2));
    String half = m.group(3) == null ? null : m.group(3).replace(".", "").toLowerCase(Locale.ROOT);
    if (half != null) {
      if (hour < 1 || hour > 12) return null;
      hour = hour % 12 + (half.equals("pm") ? 12 : 0);
    }
    if (hour > 23 || minute > 59) return null;
    int begin = m.start();
    while (begin < m.end() && Character.isWhitespace(text.charAt(begin))) begin++;
    return new Stamp(begin, m.end(), text.substring(begin, m.end()), LocalTime.of(hour, minute),
        m.group(4));
  }
}
