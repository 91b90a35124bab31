package org.newsfuse.eval.timeline;

import java.util.List;

/** One evaluation topic: the input articles and the gold timelines written for them. */
public record TimelineTopic(String name, Query query, List<DatedArticle> articles,
    List<List<DatedSummary>> goldTimelines) {

  public TimelineTopic {
    articles = List.copyOf(articles);
    goldTimelines = goldTimelines.stream().map(List::copyOf).toList();
  }
}
