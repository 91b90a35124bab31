package org.newsfuse.analyze;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.newsfuse.model.Article;
import org.newsfuse.model.Document;
import org.newsfuse.model.EntityMention;
import org.newsfuse.model.Sentence;
import org.newsfuse.model.Span;
import org.newsfuse.model.TimeExpression;
import org.newsfuse.nlp.CoreNlpPipeline;
import org.newsfuse.nlp.TimeMatch;
import org.newsfuse.nlp.TimeTagger;
import org.newsfuse.text.CleanText;
import org.newsfuse.text.Junk;
import org.newsfuse.text.Stamp;
import org.newsfuse.text.TextCleaner;

/**
 * Turns an {@link Article} into a {@link Document}: cleans the text (junk is blanked, never cut,
 * so offsets stay valid), runs CoreNLP on the blanked copy, and collects sentences, tokens,
 * entity mentions, dates and times (normalised against the publication date) and live-blog
 * stamps. Thread-safe: one instance can analyse many articles at once.
 */
public final class Analyzer {
  private final TextCleaner cleaner = new TextCleaner();
  private final TimeTagger timeTagger = new TimeTagger();

  /** Analyses an article; relative times resolve against its publication date, if it has one. */
  public Document analyze(Article article) {
    return analyze(article, null);
  }

  /**
   * Analyses an article.
   *
   * @param fallbackReference the date relative times ("on Tuesday") resolve against when the
   *                          article has neither a publication time nor a dateline with a full
   *                          date; null leaves them unresolved
   */
  public Document analyze(Article article, LocalDate fallbackReference) {
    String text = article.text();
    CleanText clean = cleaner.clean(text);
    Annotation ann = new Annotation(ClockNotation.withColons(clean.blanked()));
    CoreNlpPipeline.get().annotate(ann);
    List<CoreMap> nlpSentences = ann.get(CoreAnnotations.SentencesAnnotation.class);

    SentenceAssembler assembler = new SentenceAssembler(article.id(), text, clean);
    for (CoreMap s : nlpSentences) {
      assembler.add(s.get(CoreAnnotations.TokensAnnotation.class));
    }
    List<Sentence> sentences = assembler.sentences();

    List<EntityMention> entities = new ArrayList<>();
    List<TimeExpression> times = new ArrayList<>();
    TimeExpression dateline = StampTimes.dateline(article.id(), clean.dateline(),
        article.published());
    String reference = referenceDate(article.published(), dateline, fallbackReference);
    for (CoreMap s : nlpSentences) {
      MentionCollector.collect(article.id(), text, s, sentences, entities);
      for (TimeMatch t : timeTagger.find(s, reference)) {
        int index = SentenceAssembler.indexAt(sentences, t.begin());
        if (index < 0) continue;
        TimexResolver.Resolved r = TimexResolver.resolve(t.value());
        times.add(new TimeExpression(new Span(article.id(), t.begin(), t.end()),
            text.substring(t.begin(), t.end()), t.value(), r == null ? null : r.start(),
            r == null ? null : r.precision(), false, index));
      }
    }
    for (Stamp s : clean.stamps()) {
      // An undated live blog's stamps fall on the day the caller inferred for it.
      times.add(article.published() == null && fallbackReference != null
          ? StampTimes.stamp(article.id(), s, fallbackReference)
          : StampTimes.stamp(article.id(), s, article.published()));
    }
    if (dateline != null) times.add(dateline);
    times.sort(Comparator.comparing(TimeExpression::span));

    List<Span> junk = new ArrayList<>();
    for (Junk j : clean.junk()) junk.add(new Span(article.id(), j.begin(), j.end()));
    return new Document(article, sentences, entities, times, List.of(), junk);
  }

  /**
   * Analyses many articles on {@code threads} threads; the result is in input order. An article
   * that cannot be analysed gets one line on standard error naming it, and an empty document.
   */
  public List<Document> analyzeAll(List<Article> articles, int threads, AnalysisProgress progress) {
    AnalysisProgress listener = progress == null ? AnalysisProgress.NONE : progress;
    int total = articles.size();
    if (total == 0) return List.of();
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, total)));
    try {
      List<Future<Document>> futures = new ArrayList<>();
      for (Article a : articles) {
        futures.add(pool.submit(() -> {
          Document d = analyzeOrEmpty(a);
          listener.update(done.incrementAndGet(), total);
          return d;
        }));
      }
      List<Document> out = new ArrayList<>(total);
      for (Future<Document> f : futures) out.add(f.get());
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("analysis interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("analysis failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private Document analyzeOrEmpty(Article a) {
    try {
      return analyze(a);
    } catch (RuntimeException e) {
      System.err.println(a.origin() + ": cannot analyse article " + a.id() + ": " + e);
      return new Document(a, List.of(), List.of(), List.of(), List.of(), List.of());
    }
  }

  /** The publication date, else a dated dateline ("PORT HALDEN, 11 March 2025 —"), else none. */
  private static String referenceDate(Instant published, TimeExpression dateline,
      LocalDate fallback) {
    if (published != null) return published.atZone(ZoneOffset.UTC).toLocalDate().toString();
    if (dateline != null && dateline.resolved() != null) {
      return dateline.resolved().toLocalDate().toString();
    }
    return fallback == null ? null : fallback.toString();
  }
}
