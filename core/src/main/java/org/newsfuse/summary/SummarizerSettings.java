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
 * @param unigramWeight     weight of single content words as concepts, relative to word pairs
 *                          (0 = word pairs only)
 * @param earlyConceptBoost extra weight a document gives a concept it reports early: each document
 *                          adds 1 + boost / (1 + index of the first sentence using it)
 * @param trimAttributions  drop a trailing attribution (", officials said.") when what is left is
 *                          a complete claim
 * @param supportWeight     lead prior bonus for a sentence several outlets carry: the prior is
 *                          multiplied by 1 + supportWeight * ln(outlets carrying it)
 * @param centralityWeight  prior per word for a sentence's similarity to the other sources
 *                          ({@link StoryCentroid}); 0 = off
 * @param learnedConcepts   how much the learned {@link ConceptModel} reshapes the counted concept
 *                          weights: each weight is multiplied by the model's probability that a
 *                          human summary uses the concept, raised to this power; 0 = counting only
 */
public record SummarizerSettings(int minWords, int maxWords, double lengthExponent,
                                 double redundancyCosine, double positionWeight,
                                 int minDocFrequency, double rareConceptWeight,
                                 double flawedSentenceWeight, boolean trimAdverbials,
                                 boolean overflowLast, double unigramWeight,
                                 double earlyConceptBoost, boolean trimAttributions,
                                 double supportWeight, double centralityWeight,
                                 double learnedConcepts) {

  public static SummarizerSettings defaults() {
    return new SummarizerSettings(8, 80, 1.0, 0.5, 0.5, 0, 0.1, 0.3, false, false, 0.3, 1.0,
        true, 1.0, 1.0, 1.0);
  }

  /**
   * Concepts weighed by counting alone, with the full lead prior (the defaults before the learned
   * model). Briefings use these: the learned model, fit to ROUGE on newswire benchmarks, favours
   * sentences dense in the story's names over plain outcomes ("all passengers were safely
   * ashore"), which an editor's summary must not drop.
   */
  public static SummarizerSettings counted() {
    return defaults().withLearnedConcepts(0).withPositionWeight(1.0);
  }

  public SummarizerSettings withOverflowLast(boolean overflow) {
    return new SummarizerSettings(minWords, maxWords, lengthExponent, redundancyCosine,
        positionWeight, minDocFrequency, rareConceptWeight, flawedSentenceWeight, trimAdverbials,
        overflow, unigramWeight, earlyConceptBoost, trimAttributions, supportWeight,
        centralityWeight, learnedConcepts);
  }

  public SummarizerSettings withPositionWeight(double weight) {
    return new SummarizerSettings(minWords, maxWords, lengthExponent, redundancyCosine,
        weight, minDocFrequency, rareConceptWeight, flawedSentenceWeight, trimAdverbials,
        overflowLast, unigramWeight, earlyConceptBoost, trimAttributions, supportWeight,
        centralityWeight, learnedConcepts);
  }

  public SummarizerSettings withConcepts(double unigrams, double earlyBoost) {
    return new SummarizerSettings(minWords, maxWords, lengthExponent, redundancyCosine,
        positionWeight, minDocFrequency, rareConceptWeight, flawedSentenceWeight, trimAdverbials,
        overflowLast, unigrams, earlyBoost, trimAttributions, supportWeight,
        centralityWeight, learnedConcepts);
  }

  public SummarizerSettings withTrims(boolean adverbials, boolean attributions) {
    return new SummarizerSettings(minWords, maxWords, lengthExponent, redundancyCosine,
        positionWeight, minDocFrequency, rareConceptWeight, flawedSentenceWeight, adverbials,
        overflowLast, unigramWeight, earlyConceptBoost, attributions, supportWeight,
        centralityWeight, learnedConcepts);
  }

  public SummarizerSettings withSupportWeight(double weight) {
    return new SummarizerSettings(minWords, maxWords, lengthExponent, redundancyCosine,
        positionWeight, minDocFrequency, rareConceptWeight, flawedSentenceWeight, trimAdverbials,
        overflowLast, unigramWeight, earlyConceptBoost, trimAttributions, weight,
        centralityWeight, learnedConcepts);
  }

  public SummarizerSettings withCentralityWeight(double weight) {
    return new SummarizerSettings(minWords, maxWords, lengthExponent, redundancyCosine,
        positionWeight, minDocFrequency, rareConceptWeight, flawedSentenceWeight, trimAdverbials,
        overflowLast, unigramWeight, earlyConceptBoost, trimAttributions,
        supportWeight, weight, learnedConcepts);
  }

  public SummarizerSettings withLearnedConcepts(double sharpness) {
    return new SummarizerSettings(minWords, maxWords, lengthExponent, redundancyCosine,
        positionWeight, minDocFrequency, rareConceptWeight, flawedSentenceWeight, trimAdverbials,
        overflowLast, unigramWeight, earlyConceptBoost, trimAttributions, supportWeight,
        centralityWeight, sharpness);
  }
}
