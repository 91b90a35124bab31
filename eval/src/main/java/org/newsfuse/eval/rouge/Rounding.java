package org.newsfuse.eval.rouge;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The script keeps every score as {@code sprintf("%7.5f")} and computes on with those strings; C's
 * printf rounds the exact binary value, which BigDecimal of the double reproduces.
 */
final class Rounding {
  private Rounding() {
  }

  static double fiveDecimals(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return 0;
    }
    return new BigDecimal(value).setScale(5, RoundingMode.HALF_EVEN).doubleValue();
  }
}
