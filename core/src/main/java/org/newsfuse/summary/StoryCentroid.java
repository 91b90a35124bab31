package org.newsfuse.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsfuse.align.ContentWords;
import org.newsfuse.model.Document;
import org.newsfuse.model.Sentence;
import org.newsfuse.model.Story;

/**
 * How central a sentence is to what the other sources of its story write: the cosine between its
 * content words and the content words of every other document (Radev et al.'s centroid, made
 * cross-document so that a document cannot vouch for itself).
 */
final class StoryCentroid {

  private final List<Document> documents;
  private final List<Map<String, Double>> perDocument = new ArrayList<>();
  private final Map<String, Double> total = new HashMap<>();
  private final double[] othersNorm;

  StoryCentroid(Story story) {
    documents = story.documents();
    for (Document d : story.documents()) {
      Map<String, Double> tf = new HashMap<>();
      for (Sentence s : d.sentences()) {
        for (String t : ContentWords.of(s)) tf.merge(t, 1.0, Double::sum);
      }
      perDocument.add(tf);
      tf.forEach((k, v) -> total.merge(k, v, Double::sum));
    }
    othersNorm = new double[documents.size()];
    for (int i = 0; i < documents.size(); i++) {
      Map<String, Double> mine = perDocument.get(i);
      double n = 0;
      for (Map.Entry<String, Double> e : total.entrySet()) {
        double other = e.getValue() - mine.getOrDefault(e.getKey(), 0.0);
        n += other * other;
      }
      othersNorm[i] = n;
    }
  }

  /** Cosine in [0, 1] between the candidate's content words and the other documents' ones. */
  double centrality(Candidate c) {
    int own = indexOf(c.shown().document());
    Map<String, Double> mine = perDocument.get(own);
    double dot = 0;
    double n1 = 0;
    for (Map.Entry<String, Integer> e : c.content().entrySet()) {
      double other = total.getOrDefault(e.getKey(), 0.0) - mine.getOrDefault(e.getKey(), 0.0);
      dot += e.getValue() * other;
      n1 += (double) e.getValue() * e.getValue();
    }
    if (dot <= 0 || othersNorm[own] <= 0) return 0;
    return dot / Math.sqrt(n1 * othersNorm[own]);
  }

  private int indexOf(Document d) {
    for (int i = 0; i < documents.size(); i++) {
      if (documents.get(i) == d) return i;
    }
    throw new IllegalArgumentException("document " + d.id() + " not in the story");
  }
}
