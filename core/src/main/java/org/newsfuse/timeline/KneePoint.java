package org.newsfuse.timeline;

import java.util.Arrays;

/**
 * The knee of a curve of scores sorted from high to low: the point farthest from the straight line
 * through its first and last points (the rule news-tls uses to cut candidate sentences).
 */
final class KneePoint {
  private KneePoint() {
  }

  /** The score at the knee of {@code scores} sorted in descending order. */
  static double valueAt(double[] scores) {
    double[] sorted = scores.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    for (int i = 0; i < n / 2; i++) {
      double t = sorted[i];
      sorted[i] = sorted[n - 1 - i];
      sorted[n - 1 - i] = t;
    }
    if (n < 3) return sorted[n - 1];
    double dx = n - 1;
    double dy = sorted[n - 1] - sorted[0];
    double length = Math.hypot(dx, dy);
    int best = 0;
    double bestDistance = -1;
    for (int i = 0; i < n; i++) {
      // distance of (i, sorted[i]) from the line through (0, sorted[0]) and (n-1, sorted[n-1])
      double distance = Math.abs(dy * i - dx * (sorted[i] - sorted[0])) / length;
      if (distance > bestDistance) {
        bestDistance = distance;
        best = i;
      }
    }
    return sorted[best];
  }
}
