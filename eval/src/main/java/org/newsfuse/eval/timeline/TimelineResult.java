package org.newsfuse.eval.timeline;

/**
 * Scores of one system timeline against one gold timeline.
 *
 * @param numDates dates asked for (the gold timeline's date count)
 * @param sentencesPerDate sentences per date asked for (the gold's mean, rounded half to even)
 */
public record TimelineResult(String topic, int goldIndex, int numDates, int sentencesPerDate,
    Prf dates, Prf alignedRouge1, Prf alignedRouge2) {
}
