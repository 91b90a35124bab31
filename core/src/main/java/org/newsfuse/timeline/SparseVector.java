package org.newsfuse.timeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An immutable sparse term vector (term weights by word) with its length cached. */
final class SparseVector {
  static final SparseVector EMPTY = new SparseVector(Map.of());

  private final Map<String, Double> weights;
  private final double norm;

  private SparseVector(Map<String, Double> weights) {
    this.weights = weights;
    double sq = 0;
    for (double w : weights.values()) sq += w * w;
    this.norm = Math.sqrt(sq);
  }

  static SparseVector of(Map<String, Double> weights) {
    return new SparseVector(Map.copyOf(weights));
  }

  static SparseVector sum(List<SparseVector> vectors) {
    Map<String, Double> out = new HashMap<>();
    for (SparseVector v : vectors) v.weights.forEach((w, x) -> out.merge(w, x, Double::sum));
    return new SparseVector(out);
  }

  /** Terms present in both: their weights averaged over each side's count, summed; others dropped. */
  static SparseVector sharedMean(SparseVector a, double aWeight, SparseVector b, double bWeight) {
    Map<String, Double> out = new HashMap<>();
    a.weights.forEach((w, x) -> {
      Double y = b.weights.get(w);
      if (y != null && x != 0 && y != 0) out.put(w, aWeight * x + bWeight * y);
    });
    return new SparseVector(out);
  }

  SparseVector plus(SparseVector other) {
    return sum(List.of(this, other));
  }

  boolean isZero() {
    return norm == 0;
  }

  double cosine(SparseVector other) {
    if (norm == 0 || other.norm == 0) return 0;
    Map<String, Double> small = weights.size() <= other.weights.size() ? weights : other.weights;
    Map<String, Double> large = small == weights ? other.weights : weights;
    double dot = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double y = large.get(e.getKey());
      if (y != null) dot += e.getValue() * y;
    }
    return dot / (norm * other.norm);
  }
}
