package org.newsfuse.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.newsfuse.model.Document;
import org.newsfuse.model.Story;
import org.newsfuse.model.TimeExpression;
import org.newsfuse.model.TimePrecision;

/**
 * Gives every article of a story a publication time. Articles that carry one keep it. For one
 * that does not (a plain text file), the date comes from its own dateline ("PORT HALDEN, Tuesday
 * 11 March 2025 —"), else from the date its explicitly dated mentions agree on most ("on 11 March
 * 2025"), else from the story's other articles (their median publication time). Inferred times
 * are dates only (start of day, UTC) and are marked as inferred.
 */
public final class PublishedTimeInference {
  /** A mention that names its own year or month, so it does not depend on a reference date. */
  private static final Pattern EXPLICIT = Pattern.compile(
      "\\b(1[89]|20)\\d\\d\\b|\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b",
      Pattern.CASE_INSENSITIVE);
  private static final int DATELINE_REACH = 400;

  /** Publication time of each article of the story, by article id, in story order. */
  public Map<String, PublishedTime> infer(Story story) {
    Map<String, PublishedTime> out = new LinkedHashMap<>();
    List<Instant> known = new ArrayList<>();
    for (Document d : story.documents()) {
      if (d.article().published() != null) known.add(d.article().published());
    }
    known.sort(null);
    for (Document d : story.documents()) out.put(d.id(), infer(d, known));
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
