package org.newsfuse.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfuse.model.Document;
import org.newsfuse.model.Story;
import org.newsfuse.model.TimeExpression;
import org.newsfuse.model.TimePrecision;

/**
 * Gives every article of a story a publication time. Articles that carry one keep it. For one
 * that does not (a plain text file), the date comes from its own dateline ("PORT HALDEN, Tuesday
 * 11 March 2025 —"), else from the date its explicitly dated mentions agree on most ("on 11 March
 * 2025"), else from the latest date in the bylines of the social posts it embedded (removed as
 * junk, but "— Name (@handle) March 11, 2025" still dates a live blog), else from the story's
 * other articles (the median of their given or so inferred times). Inferred times are dates only
 * (start of day, UTC) and are marked as inferred.
 */
public final class PublishedTimeInference {
  /** A mention that names its own year or month, so it does not depend on a reference date. */
  private static final Pattern EXPLICIT = Pattern.compile(
      "\\b(1[89]|20)\\d\\d\\b|\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b",
      Pattern.CASE_INSENSITIVE);
  private static final int DATELINE_REACH = 400;
  /** A full date as post bylines write it: "March 11, 2025" or "11 March 2025". */
  private static final Pattern FULL_DATE = Pattern.compile(
      "\\b(?:(?<m1>[A-Z][a-z]{2,8})\\.? (?<d1>\\d{1,2}),? (?<y1>(?:19|20)\\d\\d)"
          + "|(?<d2>\\d{1,2}) (?<m2>[A-Z][a-z]{2,8}),? (?<y2>(?:19|20)\\d\\d))\\b");
  private static final DateTimeFormatter MONTH_DAY_YEAR =
      DateTimeFormatter.ofPattern("MMMM d uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter SHORT_MONTH_DAY_YEAR =
      DateTimeFormatter.ofPattern("MMM d uuuu", Locale.ENGLISH);

  /** Publication time of each article of the story, by article id, in story order. */
  public Map<String, PublishedTime> infer(Story story) {
    Map<String, PublishedTime> out = new LinkedHashMap<>();
    List<Instant> known = new ArrayList<>();
    for (Document d : story.documents()) {
      if (d.article().published() != null) known.add(d.article().published());
    }
    // Articles dated by their own evidence date the others too.
    List<Instant> dated = new ArrayList<>(known);
    for (Document d : story.documents()) {
      if (d.article().published() != null) continue;
      PublishedTime own = infer(d, List.of());
      if (own.published() != null) dated.add(own.published());
    }
    dated.sort(null);
    for (Document d : story.documents()) out.put(d.id(), infer(d, dated));
    return out;
  }

  /** Publication time of one article, given the known publication times of its story. */
  public PublishedTime infer(Document doc, List<Instant> storyTimes) {
    Instant given = doc.article().published();
    if (given != null) return new PublishedTime(given, false, TimePrecision.MINUTE, "metadata");
    LocalDate dateline = dateline(doc);
    if (dateline != null) return day(dateline, "dateline");
    LocalDate mentioned = mostMentioned(doc);
    if (mentioned != null) return day(mentioned, "dated mentions");
    LocalDate posted = latestPostDate(doc);
    if (posted != null) return day(posted, "embedded posts");
    if (!storyTimes.isEmpty()) {
      Instant median = storyTimes.get((storyTimes.size() - 1) / 2);
      return new PublishedTime(median, true, TimePrecision.DAY, "other articles");
    }
    return new PublishedTime(null, true, null, "unknown");
  }

  private static PublishedTime day(LocalDate date, String basis) {
    return new PublishedTime(date.atStartOfDay().toInstant(ZoneOffset.UTC), true, TimePrecision.DAY,
        basis);
  }

  /** A full date at the head of the article, outside its sentences (the analyzer's dateline). */
  private static LocalDate dateline(Document doc) {
    for (TimeExpression t : doc.times()) {
      if (t.stamp() || t.resolved() == null || t.span().begin() > DATELINE_REACH) continue;
      if (t.precision() == null || t.precision().ordinal() < TimePrecision.DAY.ordinal()) continue;
      if (t.sentenceIndex() < 0 || t.sentenceIndex() == 0 && EXPLICIT.matcher(t.text()).find()
          && t.text().matches(".*\\b(1[89]|20)\\d\\d\\b.*")) {
        return t.resolved().toLocalDate();
      }
    }
    return null;
  }

  /** The latest full date written in the junk the cleaner removed (post bylines), or null. */
  private static LocalDate latestPostDate(Document doc) {
    String text = doc.article().text();
    LocalDate latest = null;
    for (var junk : doc.junk()) {
      Matcher m = FULL_DATE.matcher(text.substring(junk.begin(), junk.end()));
      while (m.find()) {
        String month = m.group("m1") != null ? m.group("m1") : m.group("m2");
        String day = m.group("d1") != null ? m.group("d1") : m.group("d2");
        String year = m.group("y1") != null ? m.group("y1") : m.group("y2");
        LocalDate date = parse(month + " " + day + " " + year);
        if (date != null && (latest == null || date.isAfter(latest))) latest = date;
      }
    }
    return latest;
  }

  private static LocalDate parse(String monthDayYear) {
    for (DateTimeFormatter f : List.of(MONTH_DAY_YEAR, SHORT_MONTH_DAY_YEAR)) {
      try {
        return LocalDate.parse(monthDayYear, f);
      } catch (DateTimeParseException notThisForm) {
        // try the next form
      }
    }
    return null;
  }

  /** The day most explicitly dated mentions name; the latest on ties (reports follow events). */
  private static LocalDate mostMentioned(Document doc) {
    Map<LocalDate, Integer> counts = new TreeMap<>();
    for (TimeExpression t : doc.times()) {
      if (t.stamp() || t.resolved() == null || t.precision() == null) continue;
      if (t.precision().ordinal() < TimePrecision.DAY.ordinal()) continue;
      if (!t.text().matches("(?s).*\\b(1[89]|20)\\d\\d\\b.*")) continue;
      counts.merge(t.resolved().toLocalDate(), 1, Integer::sum);
    }
    LocalDate best = null;
    int bestCount = 0;
    for (Map.Entry<LocalDate, Integer> e : counts.entrySet()) {
      if (e.getValue() >= bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best;
  }
}
