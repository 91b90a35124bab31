package org.newsfuse.align;

import java.util.List;
import java.util.Map;
import org.newsfuse.model.Story;

/**
 * Semantic similarity of sentences by embedding vectors. The aligner asks only for the sentences
 * that lexical pre-screening left undecided, because embedding costs milliseconds per sentence.
 */
public interface SentenceSimilarity {

  /** Embedding vectors of the given sentences (each embedded at most once). */
  Map<SentenceRef, float[]> embed(Story story, List<SentenceRef> sentences);

  static double cosine(float[] a, float[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }
}
