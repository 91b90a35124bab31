package org.newsfuse.briefing;

import java.util.List;

/**
 * One sentence of the extractive summary and every source sentence it stands for (the same or
 * nearly the same sentence carried by several outlets).
 */
public record SummarySentence(String text, List<SourceRef> sources) {
  public SummarySentence {
    sources = List.copyOf(sources);
  }
}
