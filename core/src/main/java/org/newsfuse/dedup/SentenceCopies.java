package org.newsfuse.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsfuse.model.Document;
import org.newsfuse.model.Sentence;

/**
 * Sentences that are the same copy in several documents (identical or near-identical wording: a
 * wire sentence repeated by two outlets). Such sentences share one origin: they are one source
 * however many outlets print them. Compares 3-word shingle sets exactly; candidate pairs come from
 * an inverted index on shingles, so unrelated sentences are never compared.
 */
public final class SentenceCopies {
  static final int SHINGLE = 3;
  private static final double MIN_JACCARD = 0.6;
  private static final double MIN_CONTAINMENT = 0.85;
  private static final int MIN_SHINGLES_FOR_CONTAINMENT = 6;

  private final List<SentenceKey> keys = new ArrayList<>();
  private final Map<SentenceKey, Integer> index = new HashMap<>();
  private final UnionFind origins;

  public SentenceCopies(List<Document> documents) {
    List<long[]> shingles = new ArrayList<>();
    List<Integer> docOf = new ArrayList<>();
    for (int d = 0; d < documents.size(); d++) {
      Document doc = documents.get(d);
      for (Sentence s : doc.sentences()) {
        SentenceKey key = new SentenceKey(doc.id(), s.index());
        index.put(key, keys.size());
        keys.add(key);
        shingles.add(WordShingles.hashes(WordShingles.words(s.text()), SHINGLE));
        docOf.add(d);
      }
    }
    origins = new UnionFind(keys.size());
    Map<Long, List<Integer>> postings = new HashMap<>();
    for (int i = 0; i < shingles.size(); i++) {
      for (long h : shingles.get(i)) postings.computeIfAbsent(h, x -> new ArrayList<>()).add(i);
    }
    Map<Long, Boolean> tried = new HashMap<>();
    for (List<Integer> list : postings.values()) {
      for (int a = 0; a < list.size(); a++) {
        for (int b = a + 1; b < list.size(); b++) {
          int i = list.get(a);
          int j = list.get(b);
          if (docOf.get(i).equals(docOf.get(j))) continue;
          long pair = ((long) i << 32) | j;
          if (tried.putIfAbsent(pair, Boolean.TRUE) != null) continue;
          if (areCopies(shingles.get(i), shingles.get(j))) origins.union(i, j);
        }
      }
    }
  }

  static boolean areCopies(long[] a, long[] b) {
    int common = WordShingles.intersectionSize(a, b);
    if (common == 0) return false;
    int union = a.length + b.length - common;
    if ((double) common / union >= MIN_JACCARD) return true;
    int smaller = Math.min(a.length, b.length);
    return smaller >= MIN_SHINGLES_FOR_CONTAINMENT && (double) common / smaller >= MIN_CONTAINMENT;
  }

  /** True when both sentences are the same copy (directly or through other copies). */
  public boolean sameOrigin(SentenceKey a, SentenceKey b) {
    Integer i = index.get(a);
    Integer j = index.get(b);
    if (i == null || j == null) return a.equals(b);
    return origins.find(i) == origins.find(j);
  }

  /** A stable id of the sentence's origin (the first copy in story order), or -1 if unknown. */
  public int originOf(SentenceKey key) {
    Integer i = index.get(key);
    return i == null ? -1 : origins.find(i);
  }
}
