package org.newsfuse.eval.timeline;

/** A published Timeline17 result: date selection F1 and alignment-based ROUGE-1/2 F1, as fractions. */
public record PublishedTimelineScore(String method, double dateF1, double alignedRouge1F1, double alignedRouge2F1) {
}
