package org.newsfuse.facts;

/**
 * A number a sentence states about something: its value as an interval (exact values have
 * {@code low == high}; "at least eight" is [8, ∞); "four or five" is [4, 5]) and the slot it fills.
 *
 * @param slot  what is counted, as a comparable key ("injured", "shots", "age:karlov",
 *              "count:passenger")
 * @param label the disputed point in words ("number injured")
 * @param text  the phrase as written ("at least eight shots")
 * @param begin start of the phrase in the article text
 * @param end   end of the phrase in the article text
 * @param specific true for slots that identify the event's own toll (casualties, shots, ages):
 *              these are compared across the story, other slots only between aligned statements
 */
public record Quantity(double low, double high, String slot, String label, String text, int begin,
                       int end, boolean specific) {

  public boolean exact() {
    return low == high;
  }

  /** True when both can be true at once ("more than 200" and "212"; "three" and "3"). */
  public boolean compatibleWith(Quantity o) {
    return low <= o.high + 1e-9 && o.low <= high + 1e-9;
  }

  /** The value as a reader would say it: "14", "at least 8", "4-5". */
  public String valueText() {
    if (exact()) return format(low);
    if (Double.isInfinite(high)) return "at least " + format(low);
    if (low <= 0) return "at most " + format(high);
    return format(low) + "-" + format(high);
  }

  private static String format(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
