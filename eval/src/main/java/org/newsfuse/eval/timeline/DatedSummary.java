package org.newsfuse.eval.timeline;

import java.time.LocalDate;
import java.util.List;

/** One timeline entry: a date and the sentences that summarize it. */
public record DatedSummary(LocalDate date, List<String> sentences) {

  public DatedSummary {
    sentences = List.copyOf(sentences);
  }
}
