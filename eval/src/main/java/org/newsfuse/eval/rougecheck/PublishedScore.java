package org.newsfuse.eval.rougecheck;

/** A system's published ROUGE recall on DUC 2004 task 2, in percent. */
public record PublishedScore(String system, double rouge1Recall, double rouge2Recall) {
}
