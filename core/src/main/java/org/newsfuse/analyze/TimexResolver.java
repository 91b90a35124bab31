package org.newsfuse.analyze;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfuse.model.TimePrecision;

/**
 * Turns a TIMEX3 value into the start of the time it names and how precise that is. Values that
 * are not a calendar point (weeks, seasons, "XXXX-..." left unresolved, PRESENT_REF) give null.
 * A zone suffix ("06:40+0000", written "06:40 GMT") is dropped: times stay the local wall-clock
 * times the article gives, like every other time in a document.
 */
final class TimexResolver {
  private static final Pattern VALUE = Pattern.compile(
      "(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:T(?:(\\d{2})(?::(\\d{2}))?(?::\\d{2}(?:\\.\\d+)?)?"
          + "|(MO|AF|EV|NI|MI|DT)))?)?)?(?:Z|[+-]\\d{2}:?\\d{2})?");

  /** A resolved time: its start and precision. */
  record Resolved(LocalDateTime start, TimePrecision precision) {
  }

  static Resolved resolve(String timex) {
    if (timex == null) return null;
    Matcher m = VALUE.matcher(timex);
    if (!m.matches()) return null;
    int year = Integer.parseInt(m.group(1));
    if (m.group(2) == null) return new Resolved(LocalDateTime.of(year, 1, 1, 0, 0), TimePrecision.YEAR);
    int month = Integer.parseInt(m.group(2));
    if (month < 1 || month > 12) return null;
    if (m.group(3) == null) {
      return new Resolved(LocalDateTime.of(year, month, 1, 0, 0), TimePrecision.MONTH);
    }
    int day = Integer.parseInt(m.group(3));
    if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) return null;
    if (m.group(4) != null) {
      int hour = Integer.parseInt(m.group(4));
      if (hour > 23) return null;
      if (m.group(5) == null) {
        return new Resolved(LocalDateTime.of(year, month, day, hour, 0), TimePrecision.HOUR);
      }
      int minute = Integer.parseInt(m.group(5));
      if (minute > 59) return null;
      return new Resolved(LocalDateTime.of(year, month, day, hour, minute), TimePrecision.MINUTE);
    }
    if (m.group(6) != null) {
      // A part of the day ("Monday evening"): the hour it usually starts, to the hour.
      int hour = switch (m.group(6)) {
        case "MO" -> 6;
        case "MI" -> 12;
        case "AF" -> 12;
        case "EV" -> 18;
        case "NI" -> 21;
        default -> 9;
      };
      return new Resolved(LocalDateTime.of(year, month, day, hour, 0), TimePrecision.HOUR);
    }
    return new Resolved(LocalDateTime.of(year, month, day, 0, 0), TimePrecision.DAY);
  }

  private TimexResolver() {
  }
}
