package org.newsfuse.summary;

/**
 * What a concept of a story is worth to its summary, given how widely and early the sources report
 * it (its counted weight, {@link ConceptWeights}) and what else is known of it ({@link
 * ConceptFeatures}). The learned {@link ConceptModel} is one such value; evaluation code can plug
 * in others (an oracle that knows the reference summaries, say) through {@link
 * Summarizer#withConceptValue}.
 */
@FunctionalInterface
public interface ConceptValue {

  /**
   * @param concept  a word pair ("engine room") or a single content word ({@link
   *                 ConceptFeatures#isSingleWord})
   * @param counted  its counted weight (0 for a single word or a pair too few documents use)
   * @param features its {@link ConceptFeatures} vector
   * @return its weight; 0 or less leaves it out
   */
  double weight(String concept, double counted, double[] features);

  /** Counted weights reshaped by a model: counted × probability^sharpness. */
  static ConceptValue learned(ConceptModel model, double sharpness) {
    return (concept, counted, features) ->
        counted * Math.pow(model.probability(features), sharpness);
  }
}
