package org.newsfuse.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days a sentence refers to, resolved against its article's publication date: "20 April 2010",
 * "April 20", "on Tuesday", "yesterday", "today", "last night". Used for long collections of
 * thousands of articles (Timeline17), where running SUTime over every sentence would cost minutes
 * per topic; single stories use the analyzer's SUTime times instead.
 */
public final class DateMentions {
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3),
      Map.entry("april", 4), Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7),
      Map.entry("august", 8), Map.entry("september", 9), Map.entry("october", 10),
      Map.entry("november", 11), Map.entry("december", 12), Map.entry("jan", 1),
      Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("jun", 6),
      Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9),
      Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
  private static final String MONTH = "(january|february|march|april|may|june|july|august|"
      + "september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?";
  private static final Pattern DAY_MONTH = Pattern.compile(
      "\\b(\\d{1,2})(?:st|nd|rd|th)? " + MONTH + "(?:,? (\\d{4}))?\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_DAY = Pattern.compile(
      "\\b" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?(?: ?, ?(\\d{4}))?\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern WEEKDAY = Pattern.compile(
      "\\b(?:(on|last|this|next) )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b",
      Pattern.CASE_INSENSITIVE);
  /** A sentence about what is to come: its weekdays lie ahead of publication. */
  private static final Pattern FUTURE = Pattern.compile(
      "\\b(?:will|wo n't|won't|'ll|shall|(?:is|are) (?:due|expected|scheduled|set) to|"
          + "(?:is|are) to)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern RELATIVE = Pattern.compile(
      "\\b(yesterday|today|tonight|this morning|this afternoon|this evening|last night)\\b",
      Pattern.CASE_INSENSITIVE);

  private DateMentions() {
  }

  /** Distinct days the sentence names, in order of appearance. */
  public static List<LocalDate> in(String sentence, LocalDate published) {
    List<LocalDate> out = new ArrayList<>();
    Matcher m = DAY_MONTH.matcher(sentence);
    while (m.find()) add(out, date(m.group(3), m.group(2), m.group(1), published));
    m = MONTH_DAY.matcher(sentence);
    while (m.find()) add(out, date(m.group(3), m.group(1), m.group(2), published));
    m = WEEKDAY.matcher(sentence);
    boolean future = FUTURE.matcher(sentence).find();
    while (m.find()) {
      DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
      String modifier = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
      if (modifier.equals("next") || future && !modifier.equals("last")) {
        add(out, published.with(TemporalAdjusters.nextOrSame(day)));
      } else if (modifier.equals("last")) {
        add(out, published.with(TemporalAdjusters.previous(day)));
      } else {
        // news mostly speaks of the past week: the latest such weekday on or before publication
        add(out, published.with(TemporalAdjusters.previousOrSame(day)));
      }
    }
    m = RELATIVE.matcher(sentence);
    while (m.find()) {
      String w = m.group(1).toLowerCase(Locale.ROOT);
      add(out, w.equals("yesterday") || w.equals("last night") ? published.minusDays(1) : published);
    }
    return out;
  }

  private static LocalDate date(String year, String month, String day, LocalDate published) {
    Integer mo = MONTHS.get(month.toLowerCase(Locale.ROOT).replace(".", ""));
    if (mo == null) return null;
    int d = Integer.parseInt(day);
    try {
      if (year != null) return LocalDate.of(Integer.parseInt(year), mo, d);
      LocalDate guess = LocalDate.of(published.getYear(), mo, d);
      // without a year, a date far after publication is last year's
      return guess.isAfter(published.plusMonths(2)) ? guess.minusYears(1) : guess;
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static void add(List<LocalDate> out, LocalDate d) {
    if (d != null && !out.contains(d)) out.add(d);
  }
}
