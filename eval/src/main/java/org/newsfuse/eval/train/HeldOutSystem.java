package org.newsfuse.eval.train;

import java.util.List;
import java.util.Map;
import org.newsfuse.briefing.SummarySentence;
import org.newsfuse.eval.summarize.SummarySystem;
import org.newsfuse.model.Story;
import org.newsfuse.summary.Summarizer;

/**
 * newsfuse summarizing each story with the concept model of the fold that held the story out, so
 * the figures it earns are honest estimates for unseen data.
 */
final class HeldOutSystem implements SummarySystem {

  private final String name;
  private final Map<String, Summarizer> byStory;

  HeldOutSystem(String name, Map<String, Summarizer> byStory) {
    this.name = name;
    this.byStory = Map.copyOf(byStory);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<String> summarize(Story story, int words) {
    Summarizer s = byStory.get(story.id());
    if (s == null) throw new IllegalArgumentException("no held-out model for " + story.id());
    return s.summarize(story, words).stream().map(SummarySentence::text).toList();
  }
}
