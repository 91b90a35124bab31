package org.newsfuse.eval.rougecheck;

import java.util.List;
import java.util.Locale;

/** The rouge-check report: one line per system, published beside measured recall. */
public final class CheckTable {
  private CheckTable() {
  }

  public static String format(List<CheckRow> rows, double tolerance) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%-12s %8s %8s %8s %8s %6s  %s%n",
        "system", "pub R-1", "our R-1", "pub R-2", "our R-2", "delta", "status"));
    for (CheckRow r : rows) {
      out.append(String.format(Locale.ROOT, "%-12s %8s %8.3f %8s %8.3f %6s  %s%n", r.system(),
          r.hasPublished() ? String.format(Locale.ROOT, "%.2f", r.publishedRouge1()) : "-",
          r.measuredRouge1(),
          r.hasPublished() ? String.format(Locale.ROOT, "%.2f", r.publishedRouge2()) : "-",
          r.measuredRouge2(),
          r.hasPublished() ? String.format(Locale.ROOT, "%.2f", r.delta()) : "-",
          !r.hasPublished() ? "n/a" : r.withinTolerance(tolerance) ? "OK" : "OFF"));
    }
    return out.toString();
  }
}
