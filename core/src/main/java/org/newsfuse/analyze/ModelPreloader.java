package org.newsfuse.analyze;

import java.time.Instant;
import org.newsfuse.embed.SentenceEmbedder;
import org.newsfuse.model.Article;
import org.newsfuse.model.Document;
import org.newsfuse.nlp.CoreNlpPipeline;

/**
 * Loads every model a briefing needs before the first article arrives: the CoreNLP pipeline,
 * SUTime and the sentence embedder load at the same time on separate threads, then one short
 * invented article runs through the whole analysis so that first-call costs (class loading,
 * SUTime's rule compilation, regex compilation) are paid during start-up too. Optional: without
 * it everything loads lazily on first use.
 */
public final class ModelPreloader {
  private static final String WARM_UP = "PORTMERE, March 3 (Wire) - Captain Ona Veldt of the "
      + "Norland Ferry Company said on Tuesday that the ship left at 7.10am.\n\n"
      + "Update, 11:40 GMT: Rescuers reached Portmere yesterday.";

  private ModelPreloader() {
  }

  /** Loads and warms up all models; returns when they are ready. */
  public static void preloadAll() {
    Thread embedder = new Thread(ModelPreloader::warmEmbedder, "newsfuse-embed-preload");
    embedder.setDaemon(true);
    embedder.start();
    CoreNlpPipeline.preload();
    Document warm = new Analyzer().analyze(new Article("warm-up", "warm-up", null, null,
        Instant.parse("2021-03-03T12:00:00Z"), WARM_UP, "en", "warm-up"));
    try {
      embedder.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (warm.sentences().isEmpty()) throw new IllegalStateException("model warm-up failed");
  }

  private static void warmEmbedder() {
    SentenceEmbedder.shared().embed("Rescuers reached the ferry at dawn.");
  }
}
