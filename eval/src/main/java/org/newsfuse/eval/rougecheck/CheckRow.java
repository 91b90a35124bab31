package org.newsfuse.eval.rougecheck;

/**
 * One system in the ROUGE check: published and measured recall in percent. Published values are
 * NaN for systems whose figures are not in the table.
 */
public record CheckRow(String system, double publishedRouge1, double measuredRouge1,
    double publishedRouge2, double measuredRouge2) {

  /** The larger absolute difference of the two measures, NaN when nothing was published. */
  public double delta() {
    return Math.max(Math.abs(publishedRouge1 - measuredRouge1), Math.abs(publishedRouge2 - measuredRouge2));
  }

  public boolean hasPublished() {
    return !Double.isNaN(publishedRouge1);
  }

  public boolean withinTolerance(double tolerance) {
    return !hasPublished() || delta() <= tolerance + 1e-9;
  }
}
