package org.newsfuse.eval.timeline;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One input article of a timeline collection: its publication date and its text, one sentence per
 * line when the dataset ships it sentence-split (Timeline17 does).
 */
public record DatedArticle(String id, LocalDate date, String text) {

  /** The article's non-blank lines, taken as its sentences. */
  public List<String> sentences() {
    return Arrays.stream(text.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
