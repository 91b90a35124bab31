package org.newsfuse.align;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsfuse.embed.SentenceEmbedder;
import org.newsfuse.model.Story;

/**
 * {@link SentenceSimilarity} by the shared sentence embedder (bge-small). Each distinct sentence is
 * embedded once per call, in one batch; the embedder caches texts across calls.
 */
public final class EmbeddingSimilarity implements SentenceSimilarity {

  private final SentenceEmbedder embedder;

  public EmbeddingSimilarity(SentenceEmbedder embedder) {
    this.embedder = embedder;
  }

  @Override
  public Map<SentenceRef, float[]> embed(Story story, List<SentenceRef> sentences) {
    List<SentenceRef> distinct = new ArrayList<>(new java.util.TreeSet<>(sentences));
    List<String> texts = new ArrayList<>(distinct.size());
    for (SentenceRef r : distinct) texts.add(r.in(story).text());
    float[][] vectors = embedder.embed(texts);
    Map<SentenceRef, float[]> out = new LinkedHashMap<>();
    for (int i = 0; i < distinct.size(); i++) out.put(distinct.get(i), vectors[i]);
    return out;
  }
}
