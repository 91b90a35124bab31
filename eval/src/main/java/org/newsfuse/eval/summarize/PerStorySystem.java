package org.newsfuse.eval.summarize;

import java.util.List;
import java.util.Map;
import org.newsfuse.briefing.SummarySentence;
import org.newsfuse.model.Story;
import org.newsfuse.summary.Summarizer;

/**
 * newsfuse with a summarizer chosen per story: the concept model of the fold that held the story
 * out (cross-validation), or a value that knows the story's references (the concept oracle).
 */
public final class PerStorySystem implements SummarySystem {

  private final String name;
  private final Map<String, Summarizer> byStory;

  public PerStorySystem(String name, Map<String, Summarizer> byStory) {
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
    if (s == null) throw new IllegalArgumentException(name + ": no summarizer for " + story.id());
    return s.summarize(story, words).stream().map(SummarySentence::text).toList();
  }
}
