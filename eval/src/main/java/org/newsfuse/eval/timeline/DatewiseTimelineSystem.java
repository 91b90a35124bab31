package org.newsfuse.eval.timeline;

import java.util.List;
import org.newsfuse.timeline.DateSummary;
import org.newsfuse.timeline.DatedText;
import org.newsfuse.timeline.DatewiseTimeline;

/** newsfuse's datewise timeline ({@link DatewiseTimeline}) under the evaluation interface. */
public final class DatewiseTimelineSystem implements TimelineSystem {
  private final DatewiseTimeline timeline = new DatewiseTimeline();

  @Override
  public String name() {
    return "newsfuse datewise";
  }

  @Override
  public List<DatedSummary> build(List<DatedArticle> articles, Query query, int numDates,
                                  int sentencesPerDate) {
    List<DatedText> texts = articles.stream()
        .map(a -> new DatedText(a.id(), a.date(), a.sentences())).toList();
    return timeline.build(texts, numDates, sentencesPerDate).stream()
        .map((DateSummary d) -> new DatedSummary(d.date(), d.sentences())).toList();
  }
}
