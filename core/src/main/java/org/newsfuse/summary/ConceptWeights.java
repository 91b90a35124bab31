package org.newsfuse.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsfuse.align.ContentWords;
import org.newsfuse.model.Document;
import org.newsfuse.model.Sentence;
import org.newsfuse.model.Story;

/**
 * The concepts a story's sources report and how widely: word pairs (adjacent lemmas, not both
 * function words) weighted by the number of documents that use them, as in ICSISumm (Gillick and
 * Favre 2009). Pairs used by fewer than {@code minDocFrequency} documents carry no weight, so a
 * summary is pushed towards what several sources say.
 */
final class ConceptWeights {

  private final Map<String, Integer> weights;
  private final double rareWeight;

  private ConceptWeights(Map<String, Integer> weights, double rareWeight) {
    this.weights = weights;
    this.rareWeight = rareWeight;
  }

  /**
   * @param rareWeight weight of a word pair fewer documents use: small, so such pairs only decide
   *                   between sentences once the widely reported concepts are covered
   */
  static ConceptWeights of(Story story, int minDocFrequency, double rareWeight) {
    Map<String, Integer> df = new HashMap<>();
    for (Document d : story.documents()) {
      Set<String> seen = new HashSet<>();
      for (Sentence s : d.sentences()) {
        seen.addAll(concepts(ContentWords.terms(s)));
      }
      for (String c : seen) df.merge(c, 1, Integer::sum);
    }
    int min = minDocFrequency > 0 ? minDocFrequency : autoMinimum(story.documents().size());
    df.values().removeIf(v -> v < min);
    return new ConceptWeights(df, rareWeight);
  }

  /** ICSISumm's threshold of 3 for ten documents, scaled down for small stories. */
  static int autoMinimum(int documents) {
    if (documents >= 6) return 3;
    return documents >= 2 ? 2 : 1;
  }

  double weight(String concept) {
    Integer w = weights.get(concept);
    return w != null ? w : rareWeight;
  }

  boolean isEmpty() {
    return weights.isEmpty();
  }

  /** The word pairs of a term sequence that can be concepts. */
  static List<String> concepts(List<String> terms) {
    List<String> out = new ArrayList<>(terms.size());
    for (int i = 0; i + 1 < terms.size(); i++) {
      String a = terms.get(i);
      String b = terms.get(i + 1);
      if (ContentWords.isStopword(a) && ContentWords.isStopword(b)) continue;
      out.add(a + ' ' + b);
    }
    return out;
  }
}
