package org.newsfuse.eval.summarize;

import org.newsfuse.eval.rouge.RougeScore;
import org.newsfuse.eval.rouge.ScoreInterval;

/**
 * One ROUGE measure of one system, in percent; {@code low}/{@code high} bound the 95% bootstrap
 * interval of the headline measure (recall or F1).
 */
public record RougeFigure(double recall, double precision, double f1, double low, double high) {

  static RougeFigure of(RougeScore score, RougeMeasure headline) {
    ScoreInterval h = headline == RougeMeasure.RECALL ? score.recall() : score.f1();
    return new RougeFigure(pct(score.recall().mean()), pct(score.precision().mean()),
        pct(score.f1().mean()), pct(h.low()), pct(h.high()));
  }

  /** The headline value. */
  public double value(RougeMeasure headline) {
    return headline == RougeMeasure.RECALL ? recall : f1;
  }

  private static double pct(double fraction) {
    return Math.round(fraction * 100_000) / 1000.0;
  }
}
