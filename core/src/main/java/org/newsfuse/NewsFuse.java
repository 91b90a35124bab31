package org.newsfuse;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsfuse.analyze.AnalysisProgress;
import org.newsfuse.analyze.Analyzer;
import org.newsfuse.briefing.Briefer;
import org.newsfuse.briefing.Briefing;
import org.newsfuse.model.Article;
import org.newsfuse.model.Document;
import org.newsfuse.model.Story;
import org.newsfuse.timeline.PublishedTime;
import org.newsfuse.timeline.PublishedTimeInference;

/**
 * The library's front door: articles in, one briefing out.
 *
 * <pre>{@code
 * Briefing b = NewsFuse.builder().words(120).build().brief(articles);
 * }</pre>
 *
 * Models load once per process on first use; an instance is thread-safe and cheap to build.
 */
public final class NewsFuse {
  private final int words;
  private final int threads;
  private final Analyzer analyzer = new Analyzer();
  private final Briefer briefer;

  private NewsFuse(Builder b) {
    this.words = b.words;
    this.threads = b.threads;
    this.briefer = new Briefer();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Briefing brief(List<Article> articles) {
    return brief(articles, AnalysisProgress.NONE);
  }

  /** Analyses the articles (reporting progress per article) and briefs them as one story. */
  public Briefing brief(List<Article> articles, AnalysisProgress progress) {
    return briefAnalysed(analyze(articles, progress));
  }

  /**
   * The first half of {@link #brief}: analyses the articles on this instance's threads, in input
   * order. Models not loaded yet load in parallel (CoreNLP's pipeline and SUTime side by side,
   * and the sentence embedder, needed only by the second half, while analysis runs).
   */
  public List<Document> analyze(List<Article> articles, AnalysisProgress progress) {
    ModelLoading.startInBackground();
    return datedAgainstTheStory(analyzer.analyzeAll(articles, threads, progress));
  }

  /**
   * An article that gave no publication time has its relative times ("on Monday", live-blog
   * stamps) unresolved; once the story tells its day (its dateline, dated mentions, embedded
   * posts or the other articles), it is analysed again against that day. Only such articles are.
   */
  private List<Document> datedAgainstTheStory(List<Document> documents) {
    if (documents.stream().allMatch(d -> d.article().published() != null)) return documents;
    Map<String, PublishedTime> days = new PublishedTimeInference()
        .infer(Story.of("inference", documents));
    List<Document> out = new ArrayList<>(documents.size());
    for (Document d : documents) {
      PublishedTime day = days.get(d.id());
      boolean redo = d.article().published() == null && day != null && day.published() != null;
      out.add(redo ? analyzer.analyze(d.article(),
          day.published().atZone(ZoneOffset.UTC).toLocalDate()) : d);
    }
    return out;
  }

  /** The second half of {@link #brief}: briefs analysed articles as one story. */
  public Briefing briefAnalysed(List<Document> documents) {
    List<Article> articles = documents.stream().map(Document::article).toList();
    return briefer.brief(Story.of(StoryIds.of(articles), documents), words);
  }

  /**
   * Loads every model (CoreNLP pipeline, SUTime, sentence embedder) now, on parallel threads,
   * instead of on first use; returns when all are ready, with how long each took. Call it early
   * (for example while reading input) to take model loading off the first briefing's clock.
   */
  public static ModelLoadTimes loadModels() {
    return ModelLoading.load();
  }

  /** Options of a {@link NewsFuse}. */
  public static final class Builder {
    private int words = 100;
    private int threads = Runtime.getRuntime().availableProcessors();

    /** Word budget of the summary (default 100). */
    public Builder words(int words) {
      if (words < 1) throw new IllegalArgumentException("words must be positive: " + words);
      this.words = words;
      return this;
    }

    /** Articles analysed at once (default: number of cores). */
    public Builder threads(int threads) {
      this.threads = Math.max(1, threads);
      return this;
    }

    public NewsFuse build() {
      return new NewsFuse(this);
    }
  }
}
