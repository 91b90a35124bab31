package org.newsfuse;

import java.util.concurrent.CompletableFuture;
import org.newsfuse.embed.SentenceEmbedder;
import org.newsfuse.nlp.CoreNlpPipeline;

/**
 * Loads the process's models on parallel threads. Each takes seconds and most of it is
 * single-threaded deserialisation, so on two or more cores loading them side by side takes about
 * as long as the slowest one instead of their sum. The models themselves stay process-wide
 * singletons ({@link CoreNlpPipeline}, {@link SentenceEmbedder#shared()}); this class only
 * decides when and on which thread they load.
 */
final class ModelLoading {
  private static volatile CompletableFuture<Long> embedderInBackground;

  private ModelLoading() {
  }

  static ModelLoadTimes load() {
    long start = System.nanoTime();
    CompletableFuture<Long> embedder = startInBackground();
    long coreNlp = millisToRun(CoreNlpPipeline::preload);
    long embedderMillis = embedder.join();
    return new ModelLoadTimes(coreNlp, embedderMillis, (System.nanoTime() - start) / 1_000_000);
  }

  /**
   * Starts loading the sentence embedder on a daemon thread, once per process, and returns its
   * load time to come. Briefing needs it only after analysis, so analysis need not wait for it.
   */
  static CompletableFuture<Long> startInBackground() {
    CompletableFuture<Long> f = embedderInBackground;
    if (f == null) {
      synchronized (ModelLoading.class) {
        f = embedderInBackground;
        if (f == null) {
          CompletableFuture<Long> loading = new CompletableFuture<>();
          Thread t = new Thread(() -> {
            try {
              loading.complete(millisToRun(SentenceEmbedder::shared));
            } catch (RuntimeException | Error e) {
              // Left to the first real use, which loads again and reports the failure there.
              loading.complete(0L);
            }
          }, "newsfuse-embedder-preload");
          t.setDaemon(true);
          t.start();
          f = loading;
          embedderInBackground = f;
        }
      }
    }
    return f;
  }

  private static long millisToRun(Runnable r) {
    long start = System.nanoTime();
    r.run();
    return (System.nanoTime() - start) / 1_000_000;
  }
}
