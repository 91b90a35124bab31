package org.newsfuse.facts;

/**
 * A checkable value one statement gives for one slot of the story: how many were injured, what
 * became of the gunman, where the fire started, who led the rescue, whether the cause is known.
 *
 * @param slot     comparable key of what the value is about ("injured", "fate:gunman")
 * @param point    the slot in words, for the briefing ("number injured", "fate of the gunman")
 * @param kind     NUMBER, OUTCOME, WHO, WHERE or HEDGE
 * @param value    the value as the statement words it ("at least eight shots", "killed")
 * @param norm     the normalised value claims are compared by ("killed", "unclear", "altintas")
 * @param quantity for NUMBER claims, the quantity; otherwise null
 * @param specific true when the slot identifies the story's own event well enough to compare
 *                 claims from unrelated sentences (casualty counts, the fate of the gunman); false
 *                 when only statements about the same thing may be compared
 */
record Claim(Statement statement, String slot, String point, String kind, String value,
             String norm, Quantity quantity, boolean specific) {

  /** True when both claims can hold at once. */
  boolean compatibleWith(Claim o) {
    if (quantity != null && o.quantity != null) return quantity.compatibleWith(o.quantity);
    if (quantity != null || o.quantity != null) return false;
    return ClaimValues.compatible(kind, norm, o.norm);
  }
}
