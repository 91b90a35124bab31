package org.newsfuse.eval.timeline;

import java.util.List;

/**
 * A system's results over all topics. The means follow news-tls's {@code get_average_results}: precision
 * and recall averaged over every (topic, gold timeline) pair, F1 computed from those averages.
 */
public record TimelineReport(String system, boolean stopWordsRemoved, List<TopicResult> topics) {

  public TimelineReport {
    topics = List.copyOf(topics);
  }

  private List<TimelineResult> all() {
    return topics.stream().flatMap(t -> t.timelines().stream()).toList();
  }

  public Prf dates() {
    return Prf.average(all().stream().map(TimelineResult::dates).toList());
  }

  public Prf alignedRouge1() {
    return Prf.average(all().stream().map(TimelineResult::alignedRouge1).toList());
  }

  public Prf alignedRouge2() {
    return Prf.average(all().stream().map(TimelineResult::alignedRouge2).toList());
  }
}
