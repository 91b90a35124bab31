package org.newsfuse.briefing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsfuse.align.EmbeddingSimilarity;
import org.newsfuse.align.SentenceAligner;
import org.newsfuse.align.SentenceGroup;
import org.newsfuse.embed.SentenceEmbedder;
import org.newsfuse.entities.EntityIndex;
import org.newsfuse.entities.EntityMerger;
import org.newsfuse.facts.DisagreementFinder;
import org.newsfuse.facts.FactFinder;
import org.newsfuse.facts.StatementAlignment;
import org.newsfuse.model.Article;
import org.newsfuse.model.Document;
import org.newsfuse.model.Story;
import org.newsfuse.quotes.QuoteCollector;
import org.newsfuse.summary.HeadlineChooser;
import org.newsfuse.summary.Summarizer;
import org.newsfuse.summary.SummarizerSettings;
import org.newsfuse.timeline.PublishedTime;
import org.newsfuse.timeline.PublishedTimeInference;
import org.newsfuse.timeline.TimelineBuilder;

/**
 * Writes the briefing of one analysed story: runs each section's component once, sharing the
 * work they have in common (sentence alignment, statement alignment, the entity index).
 * Thread-safe.
 */
public final class Briefer {
  // Paraphrases (not only copies) must collapse into one summary line: word overlap decides the
  // clear pairs, and the embedder is asked only about the pairs it leaves undecided.
  // The embedder is fetched on first use, not here: building a Briefer (and so a NewsFuse) must
  // not wait seconds for the model, which loads in the background while analysis runs.
  private final SentenceAligner aligner = new SentenceAligner((story, sentences) ->
      new EmbeddingSimilarity(SentenceEmbedder.shared()).embed(story, sentences));
  // A briefing keeps "..., officials said": who claims a thing is part of what an editor must
  // see. (The ROUGE benchmark trims such attributions; they carry no content words.) Counted
  // concept weights: see SummarizerSettings.counted().
  private final Summarizer summarizer =
      new Summarizer(SummarizerSettings.counted().withTrims(false, false));
  private final HeadlineChooser headlines = new HeadlineChooser();
  private final EntityMerger entityMerger = new EntityMerger();
  private final QuoteCollector quoteCollector = new QuoteCollector();
  private final FactFinder factFinder = new FactFinder();
  private final DisagreementFinder disagreementFinder = new DisagreementFinder();
  private final TimelineBuilder timelineBuilder = new TimelineBuilder();
  private final PublishedTimeInference publishedTimes = new PublishedTimeInference();

  public Briefing brief(Story story, int words) {
    List<SentenceGroup> groups = aligner.align(story);
    // Paraphrases that stay apart (each adds words the other lacks) must not both be chosen.
    List<SummarySentence> summary = summarizer.withParaphraseGuard(SentenceEmbedder.shared())
        .summarize(story, groups, words);
    StatementAlignment statements = StatementAlignment.of(story);
    EntityIndex entities = entityMerger.index(story);
    return new Briefing(story.id(), headlines.headline(story), articles(story), summary,
        factFinder.facts(statements), disagreementFinder.disagreements(statements, entities),
        timelineBuilder.timeline(statements), entities.entities(),
        quoteCollector.quotes(story, entities));
  }

  /** The story's articles, with a publication time inferred for those that gave none. */
  private List<ArticleInfo> articles(Story story) {
    Map<String, PublishedTime> published = publishedTimes.infer(story);
    List<ArticleInfo> out = new ArrayList<>();
    for (Document d : story.documents()) {
      Article a = d.article();
      PublishedTime p = published.get(a.id());
      Instant when = p == null ? a.published() : p.published();
      boolean inferred = p != null && p.inferred();
      out.add(new ArticleInfo(a.id(), a.source(), a.title(), a.url(), when, inferred));
    }
    return out;
  }
}
