package org.newsfuse.timeline;

import java.time.LocalDate;
import java.util.List;

/** One day of a long timeline and the sentences that summarize it. */
public record DateSummary(LocalDate date, List<String> sentences) {
  public DateSummary {
    sentences = List.copyOf(sentences);
  }
}
