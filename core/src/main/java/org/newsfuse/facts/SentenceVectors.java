package org.newsfuse.facts;

import java.util.List;
import org.newsfuse.embed.SentenceEmbedder;

/** Where sentence embeddings come from; one vector per text, in order. */
@FunctionalInterface
public interface SentenceVectors {
  float[][] embed(List<String> texts);

  /** The process-wide bge-small embedder. */
  static SentenceVectors shared() {
    return texts -> SentenceEmbedder.shared().embed(texts);
  }

  /** No embeddings: statements are compared by their words alone. */
  static SentenceVectors none() {
    return texts -> new float[texts.size()][];
  }
}
