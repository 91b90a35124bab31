package org.newsfuse.facts;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsfuse.dedup.SentenceCopies;

/**
 * The per-statement inputs of {@link StatementAlignment}'s pairwise similarity, prepared once so
 * that the n² pair loop does array work only: lemma and name sets as sorted int ids (set
 * intersection by merge instead of hashing strings), each vector's squared norm, and each
 * sentence's copy origin. Every method returns exactly what its string- and map-based
 * counterpart ({@link ContentLemmas#dice}, {@code SentenceEmbedder.cosine},
 * {@link SentenceCopies#sameOrigin}) returns, bit for bit; only the cost differs (a 100-article
 * story has about two million pairs).
 */
final class StatementFeatures {
  private final int[][] lemmas;
  private final int[][] names;
  /** Lemmas that are anchors (numbers, written "#..."), a subset of {@link #lemmas}. */
  private final int[][] anchors;
  private final float[][] vectors;
  private final double[] squaredNorms;
  private final int[] origins;
  private final List<Statement> statements;

  StatementFeatures(List<Statement> statements, float[][] vectors, SentenceCopies copies) {
    this.statements = statements;
    this.vectors = vectors;
    int n = statements.size();
    Map<String, Integer> ids = new HashMap<>();
    lemmas = new int[n][];
    names = new int[n][];
    anchors = new int[n][];
    squaredNorms = new double[n];
    origins = new int[n];
    for (int i = 0; i < n; i++) {
      Statement s = statements.get(i);
      lemmas[i] = sortedIds(s.lemmas(), ids);
      names[i] = sortedIds(s.names(), ids);
      anchors[i] = sortedIds(s.lemmas().stream().filter(l -> l.startsWith("#")).toList(), ids);
      float[] v = vectors[i];
      if (v != null) {
        double sum = 0;
        for (float x : v) sum += (double) x * x;
        squaredNorms[i] = sum;
      }
      origins[i] = copies.originOf(s.key());
    }
  }

  /** {@link ContentLemmas#dice} of the two statements' lemma sets. */
  double dice(int a, int b) {
    int[] x = lemmas[a];
    int[] y = lemmas[b];
    if (x.length == 0 || y.length == 0) return 0;
    return 2.0 * common(x, y) / (x.length + y.length);
  }

  boolean hasVectors(int a, int b) {
    return vectors[a] != null && vectors[b] != null;
  }

  /** Cosine of the two statements' vectors (both present, same length). */
  double cosine(int a, int b) {
    float[] x = vectors[a];
    float[] y = vectors[b];
    if (x.length != y.length) {
      throw new IllegalArgumentException("vectors differ in length: " + x.length + " vs " + y.length);
    }
    double dot = 0;
    for (int i = 0; i < x.length; i++) dot += (double) x[i] * y[i];
    double na = squaredNorms[a];
    double nb = squaredNorms[b];
    if (na == 0 || nb == 0) return 0;
    return dot / Math.sqrt(na * nb);
  }

  /** Whether both sentences are copies of one origin sentence. */
  boolean sameOrigin(int a, int b) {
    if (origins[a] < 0 || origins[b] < 0) {
      return statements.get(a).key().equals(statements.get(b).key());
    }
    return origins[a] == origins[b];
  }

  /** Whether the statements share a name, or a number anchor of the first is among the second's. */
  boolean shareAnchor(int a, int b) {
    return common(names[a], names[b]) > 0 || common(anchors[a], lemmas[b]) > 0;
  }

  private static int[] sortedIds(Iterable<String> values, Map<String, Integer> ids) {
    int[] out = new int[values instanceof Set<?> set ? set.size() : 8];
    int n = 0;
    for (String v : values) {
      if (n == out.length) out = Arrays.copyOf(out, n * 2);
      out[n++] = ids.computeIfAbsent(v, k -> ids.size());
    }
    out = Arrays.copyOf(out, n);
    Arrays.sort(out);
    return out;
  }

  /** Size of the intersection of two sorted arrays of distinct ids. */
  private static int common(int[] x, int[] y) {
    int i = 0;
    int j = 0;
    int count = 0;
    while (i < x.length && j < y.length) {
      if (x[i] < y[j]) {
        i++;
      } else if (x[i] > y[j]) {
        j++;
      } else {
        count++;
        i++;
        j++;
      }
    }
    return count;
  }
}
