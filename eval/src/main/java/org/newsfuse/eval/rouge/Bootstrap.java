package org.newsfuse.eval.rouge;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The script's confidence intervals ({@code computeAverages} / {@code bootstrapResampling}): sample k
 * (k = 0..R-1) reseeds Perl's generator with k, draws as many units as there are, with replacement,
 * and averages their scores; the reported average is the mean of the sorted sample means and the
 * bounds are interpolated order statistics at (100 - c) / 2 percent from either end.
 */
final class Bootstrap {
  private Bootstrap() {
  }

  static ScoreInterval interval(List<UnitScore> units, ToDoubleFunction<UnitScore> value,
      double confidence, int resamples) {
    int n = units.size();
    double[] samples = new double[resamples];
    for (int k = 0; k < resamples; k++) {
      PerlDrand48 random = new PerlDrand48(k);
      double sum = 0;
      for (int i = 0; i < n; i++) {
        sum += value.applyAsDouble(units.get(random.nextIndex(n)));
      }
      samples[k] = n > 0 ? sum / n : 0;
    }
    Arrays.sort(samples);
    double total = 0;
    for (double s : samples) {
      total += s;
    }
    double mean = Rounding.fiveDecimals(total / resamples);
    double delta = resamples * ((100 - confidence) / 2.0) / 100.0;
    int upperLow = (int) (resamples - delta - 1);
    int lowerLow = (int) delta;
    double ratio = resamples - delta - 1 - upperLow;
    double low = at(samples, lowerLow) + (at(samples, lowerLow + 1) - at(samples, lowerLow)) * ratio;
    double high = at(samples, upperLow) + (at(samples, upperLow + 1) - at(samples, upperLow)) * ratio;
    return new ScoreInterval(mean, Rounding.fiveDecimals(low), Rounding.fiveDecimals(high));
  }

  /** Perl reads a missing array element as 0. */
  private static double at(double[] values, int index) {
    return index >= 0 && index < values.length ? values[index] : 0;
  }
}
