package org.newsfuse.timeline;

import java.time.LocalDate;
import java.util.List;

/** One article of a long dated collection: its publication day and its sentences. */
public record DatedText(String id, LocalDate published, List<String> sentences) {
  public DatedText {
    sentences = List.copyOf(sentences);
  }
}
