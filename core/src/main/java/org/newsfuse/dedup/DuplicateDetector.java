package org.newsfuse.dedup;

import com.dynatrace.hash4j.similarity.ElementHashProvider;
import com.dynatrace.hash4j.similarity.SimilarityHashPolicy;
import com.dynatrace.hash4j.similarity.SimilarityHasher;
import com.dynatrace.hash4j.similarity.SimilarityHashing;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsfuse.model.Document;

/**
 * Finds near-duplicate documents: the same wire copy carried by several outlets, with small edits
 * (a changed intro, a trimmed ending, house style). Each document gets a SuperMinHash signature of
 * its 4-word shingles; the fraction of equal components estimates the Jaccard similarity J, from
 * which, knowing both shingle counts, the containment |A∩B| / min(|A|,|B|) follows. Two documents
 * are copies when containment is high (one carries most of the other) — Jaccard alone would miss a
 * copy that an outlet trimmed or extended.
 */
public final class DuplicateDetector {
  static final int SHINGLE = 4;
  private static final SimilarityHashPolicy POLICY = SimilarityHashing.superMinHash(256, 16);

  private final double minContainment;

  public DuplicateDetector() {
    this(0.7);
  }

  /** @param minContainment share of the shorter document's shingles the longer must carry */
  public DuplicateDetector(double minContainment) {
    this.minContainment = minContainment;
  }

  /** Groups of two or more documents that are copies of one another, in story order. */
  public List<DuplicateGroup> groups(List<Document> documents) {
    int n = documents.size();
    byte[][] signatures = new byte[n][];
    int[] sizes = new int[n];
    SimilarityHasher hasher = POLICY.createHasher();
    for (int i = 0; i < n; i++) {
      long[] shingles = WordShingles.hashes(
          WordShingles.words(documents.get(i).article().text()), SHINGLE);
      sizes[i] = shingles.length;
      signatures[i] = shingles.length == 0 ? null
          : hasher.compute(ElementHashProvider.ofValues(shingles));
    }
    UnionFind sets = new UnionFind(n);
    double[] weakest = new double[n];
    java.util.Arrays.fill(weakest, 1.0);
    // All pairs: a story holds tens of documents, so banded LSH would buy nothing here.
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (signatures[i] == null || signatures[j] == null) continue;
        double c = containment(signatures[i], sizes[i], signatures[j], sizes[j]);
        if (c >= minContainment) {
          sets.union(i, j);
          weakest[i] = Math.min(weakest[i], c);
          weakest[j] = Math.min(weakest[j], c);
        }
      }
    }
    List<DuplicateGroup> groups = new ArrayList<>();
    for (int root = 0; root < n; root++) {
      if (sets.find(root) != root) continue;
      List<String> ids = new ArrayList<>();
      Set<String> outlets = new LinkedHashSet<>();
      double sim = 1.0;
      for (int i = root; i < n; i++) {
        if (sets.find(i) != root) continue;
        ids.add(documents.get(i).id());
        outlets.add(documents.get(i).source());
        sim = Math.min(sim, weakest[i]);
      }
      if (ids.size() > 1) groups.add(new DuplicateGroup(ids, new ArrayList<>(outlets), sim));
    }
    return groups;
  }

  /** Estimated |A∩B| / min(|A|,|B|) from the MinHash Jaccard estimate and the set sizes. */
  static double containment(byte[] sigA, int sizeA, byte[] sigB, int sizeB) {
    double j = POLICY.getFractionOfEqualComponents(sigA, sigB);
    double intersection = j * (sizeA + sizeB) / (1.0 + j);
    return Math.min(1.0, intersection / Math.min(sizeA, sizeB));
  }
}
