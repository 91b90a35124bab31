package org.newsfuse.briefing;

import java.util.ArrayList;
import java.util.List;
import org.newsfuse.align.SentenceAligner;
import org.newsfuse.align.SentenceGroup;
import org.newsfuse.entities.EntityIndex;
import org.newsfuse.entities.EntityMerger;
import org.newsfuse.facts.DisagreementFinder;
import org.newsfuse.facts.FactFinder;
import org.newsfuse.facts.StatementAlignment;
import org.newsfuse.model.Document;
import org.newsfuse.model.Story;
import org.newsfuse.quotes.QuoteCollector;
import org.newsfuse.summary.HeadlineChooser;
import org.newsfuse.summary.Summarizer;

/**
 * Writes the briefing of one analysed story: runs each section's component once, sharing the
 * work they have in common (sentence alignment, statement alignment, the entity index).
 * Thread-safe.
 */
public final class Briefer {
  private final SentenceAligner aligner = new SentenceAligner();
  private final Summarizer summarizer = new Summarizer();
  private final HeadlineChooser headlines = new HeadlineChooser();
  private final EntityMerger entityMerger = new EntityMerger();
  private final QuoteCollector quoteCollector = new QuoteCollector();
  private final FactFinder factFinder = new FactFinder();
  private final DisagreementFinder disagreementFinder = new DisagreementFinder();

  public Briefing brief(Story story, int words) {
    List<SentenceGroup> groups = aligner.align(story);
    List<SummarySentence> summary = summarizer.summarize(story, groups, words);
    StatementAlignment statements = StatementAlignment.of(story);
    EntityIndex entities = entityMerger.index(story);
    return new Briefing(story.id(), headlines.headline(story), articles(story), summary,
        factFinder.facts(statements), disagreementFinder.disagreements(statements),
        List.of(), entities.entities(), quoteCollector.quotes(story, entities));
  }

  private static List<ArticleInfo> articles(Story story) {
    List<ArticleInfo> out = new ArrayList<>();
    for (Document d : story.documents()) out.add(ArticleInfo.of(d.article()));
    return out;
  }
}
