package org.newsfuse.eval.timeline;

import java.util.List;

/** What the timeline is about: the topic name and its keywords (Timeline17's meta.json). */
public record Query(String topic, List<String> keywords) {

  public Query {
    keywords = List.copyOf(keywords);
  }
}
