package org.newsfuse.eval.timeline;

import java.util.List;

/**
 * A timeline summarizer under test: from dated articles, pick {@code numDates} dates and summarize
 * each in at most {@code sentencesPerDate} sentences. Implementations must be deterministic.
 */
public interface TimelineSystem {

  /** A short name for reports. */
  String name();

  List<DatedSummary> build(List<DatedArticle> articles, Query query, int numDates, int sentencesPerDate);
}
