package org.newsfuse.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication times found in real metadata: ISO-8601 with or without zone
 * ("2025-03-11T07:10:00+01:00", "2025-03-11 07:10"), RFC 822/1123 as in RSS
 * ("Tue, 11 Mar 2025 07:10:00 GMT", "... EST"), written dates ("March 11, 2025", "11 March 2025
 * 7:10 pm"), and epoch seconds or milliseconds. A time without a zone is taken as UTC, and a date
 * without a time as midnight UTC. java.time has each piece; this class only chooses between them.
 */
final class PublishedDateParser {
  /** Longer values are sentences, not dates; refusing them early keeps the patterns cheap. */
  private static final int MAX_CHARS = 80;
  private static final Pattern EPOCH = Pattern.compile("\\d{9,14}");
  private static final Pattern ISO_LIKE = Pattern.compile("(\\d{4})[-/](\\d{2})[-/](\\d{2})(?:[ T]+(\\d.*))?");
  private static final Pattern WEEKDAY = Pattern.compile(
      "^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+", Pattern.CASE_INSENSITIVE);
  private static final Pattern TWELVE_HOUR = Pattern.compile(
      "\\b(\\d{1,2}):(\\d{2})(:\\d{2})?\\s*([ap])\\.?\\s?m\\b\\.?", Pattern.CASE_INSENSITIVE);
  private static final Pattern ORDINAL = Pattern.compile("\\b(\\d{1,2})(st|nd|rd|th)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern ZONE_NAME = Pattern.compile("\\b(UTC|GMT|UT|Z|EST|EDT|CST|CDT|MST|MDT|PST|PDT|CET|CEST)$");
  private static final Pattern COLON_OFFSET = Pattern.compile("([+-]\\d{2}):(\\d{2})$");
  private static final Pattern SPACE_BEFORE_OFFSET = Pattern.compile("(\\d)\\s+([+-]\\d{2}:?\\d{2}|Z)$");

  /** RFC 822 zone names; the ones in use today mean the same everywhere they appear in feeds. */
  private static final Map<String, String> ZONE_OFFSETS = Map.ofEntries(
      Map.entry("UTC", "+0000"), Map.entry("GMT", "+0000"), Map.entry("UT", "+0000"), Map.entry("Z", "+0000"),
      Map.entry("EST", "-0500"), Map.entry("EDT", "-0400"), Map.entry("CST", "-0600"), Map.entry("CDT", "-0500"),
      Map.entry("MST", "-0700"), Map.entry("MDT", "-0600"), Map.entry("PST", "-0800"), Map.entry("PDT", "-0700"),
      Map.entry("CET", "+0100"), Map.entry("CEST", "+0200"));

  private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .optionalStart().appendLiteral('T').append(DateTimeFormatter.ISO_LOCAL_TIME).optionalEnd()
      .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HH", "Z").optionalEnd()
      .optionalStart().appendLiteral('[').parseCaseSensitive().appendZoneRegionId().appendLiteral(']').optionalEnd()
      .toFormatter(Locale.ROOT)
      .withResolverStyle(ResolverStyle.STRICT)
      .withChronology(java.time.chrono.IsoChronology.INSTANCE);

  private static final List<DateTimeFormatter> WRITTEN = List.of(
      written("d MMM uuuu[ H:mm[:ss]][ xx]"),
      written("d MMMM uuuu[ H:mm[:ss]][ xx]"),
      written("MMM d uuuu[ H:mm[:ss]][ xx]"),
      written("MMMM d uuuu[ H:mm[:ss]][ xx]"),
      written("d MMM yy H:mm[:ss] xx"));

  private PublishedDateParser() {
  }

  /** The instant the text names, or empty when it is not a date this parser knows. */
  static Optional<Instant> parse(String raw) {
    if (raw == null || raw.length() > MAX_CHARS) return Optional.empty();
    String s = raw.strip().replaceAll("\\s+", " ");
    if (s.isEmpty()) return Optional.empty();
    if (EPOCH.matcher(s).matches()) return Optional.of(fromEpoch(Long.parseLong(s)));
    Matcher iso = ISO_LIKE.matcher(s);
    if (iso.matches()) return parseIso(iso);
    return parseWritten(s);
  }

  /** Ten digits or fewer are seconds (until the year 2286); more are milliseconds. */
  private static Instant fromEpoch(long value) {
    return value < 100_000_000_000L ? Instant.ofEpochSecond(value) : Instant.ofEpochMilli(value);
  }

  private static Optional<Instant> parseIso(Matcher m) {
    StringBuilder sb = new StringBuilder(m.group(1)).append('-').append(m.group(2)).append('-').append(m.group(3));
    if (m.group(4) != null) {
      String time = m.group(4).strip();
      time = SPACE_BEFORE_OFFSET.matcher(time).replaceAll("$1$2");
      Matcher zone = ZONE_NAME.matcher(time);
      if (zone.find()) time = time.substring(0, zone.start()).strip() + ZONE_OFFSETS.get(zone.group(1));
      // ISO_LOCAL_TIME wants two-digit hours
      if (time.length() > 1 && time.charAt(1) == ':') time = "0" + time;
      sb.append('T').append(time);
    }
    return resolve(ISO, sb.toString());
  }

  private static Optional<Instant> parseWritten(String input) {
    String s = WEEKDAY.matcher(input).replaceFirst("");
    s = ORDINAL.matcher(s).replaceAll("$1");
    s = s.replace(",", " ").replaceAll("\\bat\\b", " ").replaceAll("(?i)\\bsept\\b", "Sep");
    s = s.replaceAll("\\b([A-Za-z]{3,9})\\.", "$1");
    s = toTwentyFourHour(s);
    s = s.replaceAll("\\s+", " ").strip();
    Matcher zone = ZONE_NAME.matcher(s);
    if (zone.find()) s = s.substring(0, zone.start()).strip() + " " + ZONE_OFFSETS.get(zone.group(1));
    s = COLON_OFFSET.matcher(s).replaceAll("$1$2");
    for (DateTimeFormatter f : WRITTEN) {
      Optional<Instant> parsed = resolve(f, s);
      if (parsed.isPresent()) return parsed;
    }
    return Optional.empty();
  }

  private static String toTwentyFourHour(String s) {
    Matcher m = TWELVE_HOUR.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int hour = Integer.parseInt(m.group(1)) % 12;
      if (Character.toLowerCase(m.group(4).charAt(0)) == 'p') hour += 12;
      String replacement = hour + ":" + m.group(2) + (m.group(3) == null ? "" : m.group(3));
      m.appendReplacement(out, replacement);
    }
    m.appendTail(out);
    return out.toString();
  }

  private static Optional<Instant> resolve(DateTimeFormatter f, String s) {
    try {
      TemporalAccessor t = f.parseBest(s, ZonedDateTime::from, OffsetDateTime::from,
          LocalDateTime::from, LocalDate::from);
      if (t instanceof ZonedDateTime z) return Optional.of(z.toInstant());
      if (t instanceof OffsetDateTime o) return Optional.of(o.toInstant());
      if (t instanceof LocalDateTime l) return Optional.of(l.toInstant(ZoneOffset.UTC));
      return Optional.of(((LocalDate) t).atStartOfDay().toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static DateTimeFormatter written(String pattern) {
    return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
        .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.SMART);
  }
}
