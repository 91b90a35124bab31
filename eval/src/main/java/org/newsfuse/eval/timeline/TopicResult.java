package org.newsfuse.eval.timeline;

import java.util.List;

/** A topic's results, one per gold timeline, and their news-tls-style averages. */
public record TopicResult(String topic, List<TimelineResult> timelines) {

  public TopicResult {
    timelines = List.copyOf(timelines);
  }

  public Prf dates() {
    return Prf.average(timelines.stream().map(TimelineResult::dates).toList());
  }

  public Prf alignedRouge1() {
    return Prf.average(timelines.stream().map(TimelineResult::alignedRouge1).toList());
  }

  public Prf alignedRouge2() {
    return Prf.average(timelines.stream().map(TimelineResult::alignedRouge2).toList());
  }
}
