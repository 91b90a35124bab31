package org.newsfuse.eval.rouge;

/**
 * A ROUGE average with its bootstrap confidence interval, as fractions in [0, 1] (multiply by 100 for
 * the usual percent figures), rounded to five decimals as the script prints them.
 *
 * @param mean the script's reported average: the mean of the bootstrap sample means
 */
public record ScoreInterval(double mean, double low, double high) {
}
