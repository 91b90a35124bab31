package org.newsfuse.embed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Sentence embeddings (384 dimensions, unit length) from bge-small-en-v1.5, computed in process
 * with ONNX Runtime. One instance per process ({@link #shared()}); it is thread-safe, and
 * identical texts are embedded once thanks to a bounded cache.
 *
 * <p>System properties read when the shared instance is first built:
 * {@code newsfuse.embed.threads} (ONNX intra-op threads, default 1: parallelism comes from
 * analysing several documents at once) and {@code newsfuse.embed.cache} (cache entries, default
 * 50000).
 */
public final class SentenceEmbedder {
  public static final int DIMENSIONS = BgeSmallModel.DIMENSIONS;

  private static volatile SentenceEmbedder shared;

  private final BgeSmallModel model;
  private final EmbeddingCache cache;
  private final long loadMillis;

  SentenceEmbedder(int intraOpThreads, int cacheEntries) {
    long start = System.nanoTime();
    this.model = BgeSmallModel.load(intraOpThreads);
    this.cache = new EmbeddingCache(cacheEntries);
    this.loadMillis = (System.nanoTime() - start) / 1_000_000;
  }

  /** The process-wide embedder, loaded on first use. */
  public static SentenceEmbedder shared() {
    SentenceEmbedder e = shared;
    if (e == null) {
      synchronized (SentenceEmbedder.class) {
        e = shared;
        if (e == null) {
          e = new SentenceEmbedder(Integer.getInteger("newsfuse.embed.threads", 1),
              Integer.getInteger("newsfuse.embed.cache", 50_000));
          shared = e;
        }
      }
    }
    return e;
  }

  /** How long loading the model took, in milliseconds. */
  public long loadMillis() {
    return loadMillis;
  }

  /**
   * Embeds every text; result {@code i} belongs to {@code texts.get(i)}. Texts already seen by
   * this process come from the cache, and a text repeated in {@code texts} is embedded once. A
   * text's vector never depends on the other texts (see {@link BgeSmallModel#embed}).
   */
  public float[][] embed(List<String> texts) {
    Map<String, float[]> known = new HashMap<>();
    List<String> missing = new ArrayList<>();
    for (String text : texts) {
      if (known.containsKey(text)) continue;
      float[] vector = cache.get(text);
      known.put(text, vector);
      if (vector == null) missing.add(text);
    }
    // Texts are independent batches of one (see BgeSmallModel#embed), so embedding them on
    // several threads gives the same vectors as one thread: the briefing embeds a whole story's
    // statements at once, and on one thread that was its slowest step.
    float[][] computed = new float[missing.size()][];
    IntStream.range(0, missing.size()).parallel()
        .forEach(i -> computed[i] = model.embed(missing.get(i)));
    for (int i = 0; i < computed.length; i++) {
      known.put(missing.get(i), computed[i]);
      cache.put(missing.get(i), computed[i]);
    }
    float[][] out = new float[texts.size()][];
    for (int i = 0; i < texts.size(); i++) out[i] = known.get(texts.get(i));
    return out;
  }

  /** Forgets every cached vector, so that benchmarks measure embedding, not the cache. */
  public void clearCache() {
    cache.clear();
  }

  /** Embeds one text. */
  public float[] embed(String text) {
    return embed(List.of(text))[0];
  }

  /** Cosine similarity; for this embedder's unit vectors it equals the dot product. */
  public static double cosine(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("vectors differ in length: " + a.length + " vs " + b.length);
    }
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += (double) a[i] * b[i];
      na += (double) a[i] * a[i];
      nb += (double) b[i] * b[i];
    }
    if (na == 0 || nb == 0) return 0;
    return dot / Math.sqrt(na * nb);
  }
}
