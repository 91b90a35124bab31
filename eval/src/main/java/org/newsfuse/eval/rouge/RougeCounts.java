package org.newsfuse.eval.rouge;

/**
 * Raw ROUGE-N counts of one peer against its references, as the script prints them with {@code -t 2}.
 *
 * @param modelCount n-grams in the references (recall denominator)
 * @param peerCount n-grams in the peer, once per reference (precision denominator)
 * @param hits clipped matches
 */
public record RougeCounts(int modelCount, int peerCount, int hits) {
}
