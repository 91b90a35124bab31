package org.newsfuse.eval.rouge;

/** One evaluation unit's scores for one measure, fractions rounded to five decimals as the script does. */
public record UnitScore(String id, double recall, double precision, double f1) {
}
