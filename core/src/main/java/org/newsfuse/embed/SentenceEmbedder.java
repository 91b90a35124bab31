package org.newsfuse.embed;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    float[][] out = new float[texts.size()][];
    Map<String, float[]> local = new HashMap<>();
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      float[] vector = local.get(text);
      if (vector == null) {
        vector = cache.get(text);
        if (vector == null) {
          vector = model.embed(text);
          cache.put(text, vector);
        }
        local.put(text, vector);
      }
      out[i] = vector;
    }
    return out;
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
