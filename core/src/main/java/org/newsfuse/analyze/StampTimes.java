package org.newsfuse.analyze;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfuse.model.Span;
import org.newsfuse.model.TimeExpression;
import org.newsfuse.model.TimePrecision;
import org.newsfuse.text.Dateline;
import org.newsfuse.text.Stamp;

/**
 * Dates the cleaner's live-blog stamps and dateline. A stamp gives a wall-clock time; its day is
 * the article's publication day in the stamp's time zone (UTC when the stamp names none).
 */
final class StampTimes {
  private static final Map<String, ZoneId> ZONES = Map.ofEntries(
      Map.entry("EST", ZoneOffset.ofHours(-5)), Map.entry("EDT", ZoneOffset.ofHours(-4)),
      Map.entry("ET", ZoneId.of("America/New_York")), Map.entry("CST", ZoneOffset.ofHours(-6)),
      Map.entry("CDT", ZoneOffset.ofHours(-5)), Map.entry("CT", ZoneId.of("America/Chicago")),
      Map.entry("MST", ZoneOffset.ofHours(-7)), Map.entry("MDT", ZoneOffset.ofHours(-6)),
      Map.entry("PST", ZoneOffset.ofHours(-8)), Map.entry("PDT", ZoneOffset.ofHours(-7)),
      Map.entry("PT", ZoneId.of("America/Los_Angeles")), Map.entry("GMT", ZoneOffset.UTC),
      Map.entry("UTC", ZoneOffset.UTC), Map.entry("BST", ZoneOffset.ofHours(1)),
      Map.entry("CET", ZoneOffset.ofHours(1)), Map.entry("CEST", ZoneOffset.ofHours(2)),
      Map.entry("EET", ZoneOffset.ofHours(2)), Map.entry("EEST", ZoneOffset.ofHours(3)),
      Map.entry("MSK", ZoneOffset.ofHours(3)), Map.entry("TRT", ZoneOffset.ofHours(3)),
      Map.entry("IST", ZoneOffset.ofHoursMinutes(5, 30)), Map.entry("JST", ZoneOffset.ofHours(9)),
      Map.entry("AEST", ZoneOffset.ofHours(10)), Map.entry("AEDT", ZoneOffset.ofHours(11)));
  private static final Pattern MONTH_DAY = Pattern.compile(
      "([A-Za-z]{3})[a-z]*\\.?\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?");
  private static final Pattern DAY_MONTH = Pattern.compile(
      "(\\d{1,2})\\s+([A-Za-z]{3})[a-z]*\\.?(?:,?\\s+(\\d{4}))?");
  private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

  private StampTimes() {
  }

  static TimeExpression stamp(String articleId, Stamp s, Instant published) {
    String clock = String.format(Locale.ROOT, "%02d:%02d", s.time().getHour(), s.time().getMinute());
    if (published == null) {
      return new TimeExpression(new Span(articleId, s.begin(), s.end()), s.text(),
          "XXXX-XX-XXT" + clock, null, null, true, -1);
    }
    ZoneId zone = s.zone() == null ? ZoneOffset.UTC : ZONES.getOrDefault(s.zone(), ZoneOffset.UTC);
    return stamp(articleId, s, published.atZone(zone).toLocalDate());
  }

  /** A stamp on a known local day (an undated article's inferred day: no zone to convert). */
  static TimeExpression stamp(String articleId, Stamp s, LocalDate day) {
    String clock = String.format(Locale.ROOT, "%02d:%02d", s.time().getHour(), s.time().getMinute());
    LocalDateTime at = day.atTime(s.time());
    return new TimeExpression(new Span(articleId, s.begin(), s.end()), s.text(),
        day + "T" + clock, at, TimePrecision.MINUTE, true, -1);
  }

  /** The dateline's date ("Dec 19"), in the publication year when it names none; or null. */
  static TimeExpression dateline(String articleId, Dateline d, Instant published) {
    if (d == null || d.date() == null) return null;
    String monthName;
    String dayDigits;
    String yearDigits;
    Matcher m = MONTH_DAY.matcher(d.date());
    Matcher dm = DAY_MONTH.matcher(d.date());
    if (dm.find()) {
      dayDigits = dm.group(1);
      monthName = dm.group(2);
      yearDigits = dm.group(3);
    } else if (m.find() && MONTHS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
      monthName = m.group(1);
      dayDigits = m.group(2);
      yearDigits = m.group(3);
    } else {
      return null;
    }
    int monthIndex = MONTHS.indexOf(monthName.toLowerCase(Locale.ROOT));
    if (monthIndex < 0 || monthIndex % 3 != 0) return null;
    int month = monthIndex / 3 + 1;
    int day = Integer.parseInt(dayDigits);
    if (day < 1 || day > 31) return null;
    Integer year = yearDigits != null ? Integer.valueOf(yearDigits)
        : published == null ? null : published.atZone(ZoneOffset.UTC).getYear();
    int begin = d.begin() + d.text().indexOf(d.date());
    Span span = new Span(articleId, begin, begin + d.date().length());
    if (year == null) {
      return new TimeExpression(span, d.date(), String.format(Locale.ROOT, "XXXX-%02d-%02d", month,
          day), null, null, false, -1);
    }
    try {
      LocalDate date = LocalDate.of(year, month, day);
      // A dateline never lies far in the future of its article: "Dec 31" read in January.
      if (yearDigits == null && published != null
          && date.isAfter(published.atZone(ZoneOffset.UTC).toLocalDate().plusDays(2))) {
        date = date.minusYears(1);
      }
      return new TimeExpression(span, d.date(), date.toString(), date.atStartOfDay(),
          TimePrecision.DAY, false, -1);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }
}
