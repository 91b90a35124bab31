package org.newsfuse.summary;

/**
 * The knobs of the {@link Summarizer}. {@link #defaults()} are tuned on development data (DUC 2003,
 * Multi-News validation); see docs/notes/summary.md.
 *
 * @param minWords          shortest sentence (in words) a summary may use
 * @param maxWords          longest sentence a summary may use
 * @param lengthExponent    greedy selection ranks by gain / words^exponent; below 1 favours longer
 *                          sentences
 * @param redundancyCosine  a sentence whose content-word cosine to a chosen one reaches this is
 *                          redundant
 * @param positionWeight    weight of the lead prior (early sentences of a document are preferred)
 * @param minDocFrequency   a word pair counts as a story concept when at least this many documents
 *                          use it; 0 picks it from the number of documents
 * @param rareConceptWeight weight of a word pair fewer documents use (fills the budget once the
 *                          widely reported concepts are covered)
 * @param flawedSentenceWeight how much a usable sentence that leans on context ("He said...") or
 *                          reads badly is worth relative to a self-contained one (0 = never use)
 * @param trimAdverbials    drop short leading adverbials ("On Tuesday,") besides datelines
 * @param overflowLast      benchmark mode: the last sentence may run past the word budget (as DUC
 *                          systems did; ROUGE's length limit cuts it). Off for briefings.
 */
public record SummarizerSettings(int minWords, int maxWords, double lengthExponent,
                                 double redundancyCosine, double positionWeight,
                                 int minDocFrequency, double rareConceptWeight,
                                 double flawedSentenceWeight, boolean trimAdverbials,
                                 boolean overflowLast) {

  public static SummarizerSettings defaults() {
    return new SummarizerSettings(8, 80, 1.0, 0.5, 1.0, 0, 0.1, 0.3, false, false);
  }

  public SummarizerSettings withOverflowLast(boolean overflow) {
    return new SummarizerSettings(minWords, maxWords, lengthExponent, redundancyCosine,
        positionWeight, minDocFrequency, rareConceptWeight, flawedSentenceWeight, trimAdverbials,
        overflow);
  }
}
