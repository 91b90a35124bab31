package org.newsfuse.eval.summarize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsfuse.align.ContentWords;
import org.newsfuse.model.Document;
import org.newsfuse.model.Sentence;
import org.newsfuse.model.Story;
import org.newsfuse.summary.WordCount;

/**
 * LexRank (Erkan and Radev 2004): sentences are nodes, an edge joins two whose tf-idf cosine
 * reaches 0.1, and sentence centrality is the stationary distribution of a random walk on that graph
 * with damping 0.15, found by power iteration. Sentences are taken by centrality until the budget is
 * used, skipping one whose cosine to a taken sentence exceeds 0.5 (so wire copies are not repeated).
 */
public final class LexRankBaseline implements SummarySystem {

  static final double EDGE_THRESHOLD = 0.1;
  static final double DAMPING = 0.15;
  static final double REDUNDANT = 0.5;
  private static final double EPSILON = 1e-6;
  private static final int MAX_ITERATIONS = 200;

  @Override
  public String name() {
    return "lexrank";
  }

  @Override
  public List<String> summarize(Story story, int words) {
    List<Sentence> sentences = new ArrayList<>();
    for (Document d : story.documents()) sentences.addAll(d.sentences());
    int n = sentences.size();
    if (n == 0) return List.of();
    List<Map<String, Double>> vectors = tfIdf(sentences);
    boolean[][] edge = new boolean[n][n];
    int[] degree = new int[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (cosine(vectors.get(i), vectors.get(j)) >= EDGE_THRESHOLD || i == j) {
          edge[i][j] = true;
          degree[i]++;
        }
      }
    }
    double[] score = stationary(edge, degree);
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) order[i] = i;
    java.util.Arrays.sort(order, (a, b) -> score[a] != score[b]
        ? Double.compare(score[b], score[a]) : Integer.compare(a, b));
    List<String> out = new ArrayList<>();
    List<Integer> taken = new ArrayList<>();
    int used = 0;
    for (int i : order) {
      if (used >= words) break;
      boolean redundant = false;
      for (int t : taken) {
        if (cosine(vectors.get(i), vectors.get(t)) > REDUNDANT) redundant = true;
      }
      if (redundant) continue;
      taken.add(i);
      out.add(sentences.get(i).text());
      used += WordCount.of(sentences.get(i).text());
    }
    return out;
  }

  private static double[] stationary(boolean[][] edge, int[] degree) {
    int n = degree.length;
    double[] p = new double[n];
    java.util.Arrays.fill(p, 1.0 / n);
    for (int it = 0; it < MAX_ITERATIONS; it++) {
      double[] next = new double[n];
      for (int i = 0; i < n; i++) {
        double share = p[i] / degree[i];
        for (int j = 0; j < n; j++) {
          if (edge[i][j]) next[j] += share;
        }
      }
      double delta = 0;
      for (int j = 0; j < n; j++) {
        next[j] = DAMPING / n + (1 - DAMPING) * next[j];
        delta += Math.abs(next[j] - p[j]);
      }
      p = next;
      if (delta < EPSILON) break;
    }
    return p;
  }

  /** tf-idf of content words, idf over the story's sentences. */
  private static List<Map<String, Double>> tfIdf(List<Sentence> sentences) {
    List<Map<String, Integer>> tf = new ArrayList<>();
    Map<String, Integer> df = new HashMap<>();
    for (Sentence s : sentences) {
      Map<String, Integer> counts = new HashMap<>();
      for (String w : ContentWords.of(s)) counts.merge(w, 1, Integer::sum);
      for (String w : counts.keySet()) df.merge(w, 1, Integer::sum);
      tf.add(counts);
    }
    int n = sentences.size();
    List<Map<String, Double>> out = new ArrayList<>();
    for (Map<String, Integer> counts : tf) {
      Map<String, Double> v = new HashMap<>();
      for (Map.Entry<String, Integer> e : counts.entrySet()) {
        v.put(e.getKey(), e.getValue() * Math.log((double) n / df.get(e.getKey())));
      }
      out.add(v);
    }
    return out;
  }

  private static double cosine(Map<String, Double> a, Map<String, Double> b) {
    double dot = 0;
    for (Map.Entry<String, Double> e : a.entrySet()) {
      Double v = b.get(e.getKey());
      if (v != null) dot += e.getValue() * v;
    }
    if (dot == 0) return 0;
    return dot / Math.sqrt(norm2(a) * norm2(b));
  }

  private static double norm2(Map<String, Double> v) {
    double s = 0;
    for (double x : v.values()) s += x * x;
    return s;
  }
}
