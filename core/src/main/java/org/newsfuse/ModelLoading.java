package org.newsfuse;

import java.util.concurrent.CompletableFuture;
import org.newsfuse.analyze.ModelPreloader;
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
  private static volatile Loading started;

  private ModelLoading() {
  }

  /** Both loaders' run times in milliseconds, to come. */
  private record Loading(CompletableFuture<Long> coreNlp, CompletableFuture<Long> embedder) {
  }

  static ModelLoadTimes load() {
    long start = System.nanoTime();
    Loading loading = startInBackground();
    long coreNlp = loading.coreNlp().join();
    // With the models loaded, this only runs its warm-up article through analysis and the
    // embedder, paying first-call costs now rather than in the first briefing.
    long warmUp = millisToRun(ModelPreloader::preloadAll);
    long embedder = loading.embedder().join();
    return new ModelLoadTimes(coreNlp, embedder, warmUp, (System.nanoTime() - start) / 1_000_000);
  }

  /**
   * Starts loading CoreNLP (pipeline and SUTime side by side) and the sentence embedder on daemon
   * threads, once per process. Analysis waits for CoreNLP when it first needs it; briefing needs
   * the embedder only after analysis, so it loads meanwhile. A loader that fails leaves the
   * failure to the first real use, which loads again and reports it there.
   */
  static Loading startInBackground() {
    Loading l = started;
    if (l == null) {
      synchronized (ModelLoading.class) {
        l = started;
        if (l == null) {
          l = new Loading(inBackground("newsfuse-corenlp-preload", CoreNlpPipeline::preload),
              inBackground("newsfuse-embedder-preload", () -> SentenceEmbedder.shared()));
          started = l;
        }
      }
    }
    return l;
  }

  private static CompletableFuture<Long> inBackground(String name, Runnable loader) {
    CompletableFuture<Long> millis = new CompletableFuture<>();
    Thread t = new Thread(() -> {
      try {
        millis.complete(millisToRun(loader));
      } catch (RuntimeException | Error e) {
        millis.complete(0L);
      }
    }, name);
    t.setDaemon(true);
    t.start();
    return millis;
  }

  private static long millisToRun(Runnable r) {
    long start = System.nanoTime();
    r.run();
    return (System.nanoTime() - start) / 1_000_000;
  }
}
