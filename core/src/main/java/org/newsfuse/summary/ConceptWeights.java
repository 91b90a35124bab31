package org.newsfuse.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsfuse.align.ContentWords;
import org.newsfuse.model.Document;
import org.newsfuse.model.Story;

/**
 * The concepts a story's sources report and how widely: word pairs (adjacent lemmas, not both
 * function words) weighted by the number of documents that use them, as in ICSISumm (Gillick and
 * Favre 2009); optionally single content words too, at a lower weight. A document that reports a
 * concept early (news puts the main facts first) may count for more. Concepts used by fewer than
 * {@code minDocFrequency} documents carry only a small weight, so a summary is pushed towards what
 * several sources say.
 */
final class ConceptWeights {

  /** Prefix that keeps single-word concepts apart from word pairs. */
  static final String UNIGRAM = "1:";

  private final Map<String, Double> weights;
  private final double rareWeight;
  private final boolean unigrams;

  private ConceptWeights(Map<String, Double> weights, double rareWeight, boolean unigrams) {
    this.weights = weights;
    this.rareWeight = rareWeight;
    this.unigrams = unigrams;
  }

  /**
   * @param rareWeight    weight of a word pair fewer documents use: small, so such pairs only
   *                      decide between sentences once the widely reported concepts are covered
   * @param unigramWeight weight of a single content word relative to a word pair (0 = none)
   * @param earlyBoost    a document adds 1 + earlyBoost / (1 + first sentence index) to a concept
   */
  static ConceptWeights of(Story story, int minDocFrequency, double rareWeight,
                           double unigramWeight, double earlyBoost) {
    boolean unigrams = unigramWeight > 0;
    Map<String, Integer> df = new HashMap<>();
    Map<String, Double> weighted = new HashMap<>();
    for (Document d : story.documents()) {
      Map<String, Integer> first = new HashMap<>();
      for (int i = 0; i < d.sentences().size(); i++) {
        for (String c : concepts(ContentWords.terms(d.sentences().get(i)), unigrams)) {
          first.putIfAbsent(c, i);
        }
      }
      for (Map.Entry<String, Integer> e : first.entrySet()) {
        df.merge(e.getKey(), 1, Integer::sum);
        double w = 1 + earlyBoost / (1.0 + e.getValue());
        if (e.getKey().startsWith(UNIGRAM)) w *= unigramWeight;
        weighted.merge(e.getKey(), w, Double::sum);
      }
    }
    int min = minDocFrequency > 0 ? minDocFrequency : autoMinimum(story.documents().size());
    Map<String, Double> kept = new HashMap<>();
    for (Map.Entry<String, Double> e : weighted.entrySet()) {
      if (df.get(e.getKey()) >= min) kept.put(e.getKey(), e.getValue());
    }
    return new ConceptWeights(kept, rareWeight, unigrams);
  }

  /**
   * These weights reshaped by a {@link ConceptValue} (the learned model's, normally): each concept
   * of the story weighs what the value makes of its counted weight and its features. Counts say
   * how widely a concept is reported; the model adds what kind of concept summaries keep.
   */
  ConceptWeights reweighted(Map<String, double[]> features, ConceptValue value) {
    Map<String, Double> out = new HashMap<>();
    for (Map.Entry<String, double[]> e : features.entrySet()) {
      double w = value.weight(e.getKey(), weight(e.getKey()), e.getValue());
      if (w > 0) out.put(e.getKey(), w);
    }
    // Every concept of the story now has its weight: none falls back to the rare weight.
    return new ConceptWeights(out, 0, unigrams);
  }

  /** ICSISumm's threshold of 3 for ten documents, scaled down for small stories. */
  static int autoMinimum(int documents) {
    if (documents >= 6) return 3;
    return documents >= 2 ? 2 : 1;
  }

  double weight(String concept) {
    Double w = weights.get(concept);
    if (w != null) return w;
    return concept.startsWith(UNIGRAM) ? 0 : rareWeight;
  }

  boolean isEmpty() {
    return weights.isEmpty();
  }

  /** The concepts of a term sequence, as these weights count them. */
  List<String> conceptsOf(List<String> terms) {
    return concepts(terms, unigrams);
  }

  /** The word pairs of a term sequence that can be concepts (and its content words if asked). */
  static List<String> concepts(List<String> terms, boolean unigrams) {
    List<String> out = new ArrayList<>(terms.size() * (unigrams ? 2 : 1));
    for (int i = 0; i < terms.size(); i++) {
      String a = terms.get(i);
      if (unigrams && !ContentWords.isStopword(a)) out.add(UNIGRAM + a);
      if (i + 1 == terms.size()) break;
      String b = terms.get(i + 1);
      if (ContentWords.isStopword(a) && ContentWords.isStopword(b)) continue;
      out.add(a + ' ' + b);
    }
    return out;
  }
}
