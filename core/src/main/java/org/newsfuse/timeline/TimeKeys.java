package org.newsfuse.timeline;

import java.time.LocalDateTime;
import java.util.Locale;
import org.newsfuse.model.TimePrecision;

/** ISO-8601 text of a time cut to its precision. */
final class TimeKeys {
  private TimeKeys() {
  }

  static String cut(LocalDateTime t, TimePrecision p) {
    return switch (p) {
      case YEAR -> String.format(Locale.ROOT, "%04d", t.getYear());
      case MONTH -> String.format(Locale.ROOT, "%04d-%02d", t.getYear(), t.getMonthValue());
      case DAY -> t.toLocalDate().toString();
      case HOUR -> String.format(Locale.ROOT, "%sT%02d:00", t.toLocalDate(), t.getHour());
      case MINUTE -> String.format(Locale.ROOT, "%sT%02d:%02d", t.toLocalDate(), t.getHour(),
          t.getMinute());
    };
  }
}
