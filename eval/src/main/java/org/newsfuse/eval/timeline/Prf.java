package org.newsfuse.eval.timeline;

import java.util.List;

/** Precision, recall and their F1, as fractions. */
public record Prf(double precision, double recall, double f1) {

  public static Prf of(double precision, double recall) {
    double f = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Prf(precision, recall, f);
  }

  /** news-tls's average: mean precision and mean recall, and F1 of those means (not the mean F1). */
  public static Prf average(List<Prf> scores) {
    if (scores.isEmpty()) {
      return new Prf(0, 0, 0);
    }
    double p = scores.stream().mapToDouble(Prf::precision).average().orElse(0);
    double r = scores.stream().mapToDouble(Prf::recall).average().orElse(0);
    return of(p, r);
  }
}
