package org.newsfuse.eval.summarize;

import java.util.List;
import org.newsfuse.briefing.SummarySentence;
import org.newsfuse.model.Story;
import org.newsfuse.summary.Summarizer;
import org.newsfuse.summary.SummarizerSettings;

/**
 * newsfuse's {@link Summarizer} as benchmarked: like the DUC systems it is compared with, its last
 * sentence may run past the word budget, where ROUGE's length limit cuts it.
 */
public final class NewsfuseSystem implements SummarySystem {

  private final String name;
  private final Summarizer summarizer;

  public NewsfuseSystem() {
    this("newsfuse", SummarizerSettings.defaults());
  }

  /** A named variant, for comparing settings in one run. */
  public NewsfuseSystem(String name, SummarizerSettings settings) {
    this(name, new Summarizer(settings.withOverflowLast(true)));
  }

  /** A named summarizer, which should be built with {@code overflowLast} settings. */
  public NewsfuseSystem(String name, Summarizer summarizer) {
    this.name = name;
    this.summarizer = summarizer;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<String> summarize(Story story, int words) {
    return summarizer.summarize(story, words).stream().map(SummarySentence::text).toList();
  }
}
