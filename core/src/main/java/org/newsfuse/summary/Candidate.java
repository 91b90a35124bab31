package org.newsfuse.summary;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsfuse.align.ContentWords;
import org.newsfuse.align.SentenceGroup;
import org.newsfuse.model.Story;
import org.newsfuse.model.Token;

/**
 * A sentence the summary may use: one aligned group shown through one of its members (trimmed),
 * with what selection needs to score it.
 *
 * @param group     the aligned group it stands for
 * @param shown     the member shown to the reader, trimmed
 * @param words     its length in words
 * @param terms     its word terms in order (lemmas), from the first kept token
 * @param concepts  its distinct concepts
 * @param content   content-term frequencies, for redundancy (cosine)
 * @param position  the earliest position of the group in any of its documents (0 = lead)
 * @param fitness   1 for a sentence that stands alone, less for one that leans on context
 * @param outlets   how many distinct outlets carry it
 * @param centrality cosine of its content words to the other documents' ({@link StoryCentroid})
 */
record Candidate(SentenceGroup group, TrimmedSentence shown, int words, List<String> terms,
                 Set<String> concepts, Map<String, Integer> content, int position,
                 double fitness, int outlets, double centrality) {

  static Candidate of(Story story, SentenceGroup group, TrimmedSentence shown, double fitness,
                      ConceptWeights weights) {
    List<Token> tokens = shown.sentence().tokens();
    List<String> terms = new java.util.ArrayList<>();
    Map<String, Integer> content = new HashMap<>();
    for (Token t : tokens.subList(shown.firstToken(), shown.endToken())) {
      if (!ContentWords.isWord(t)) continue;
      String term = ContentWords.term(t);
      terms.add(term);
      if (!ContentWords.isStopword(term)) content.merge(term, 1, Integer::sum);
    }
    int position = group.members().stream().mapToInt(r -> r.sentence()).min().orElse(0);
    return new Candidate(group, shown, shown.wordCount(), List.copyOf(terms),
        new LinkedHashSet<>(weights.conceptsOf(terms)), content, position, fitness,
        (int) group.members().stream().map(r -> r.documentIn(story).source()).distinct().count(), 0);
  }

  Candidate withCentrality(double value) {
    return new Candidate(group, shown, words, terms, concepts, content, position, fitness, outlets,
        value);
  }

  double cosine(Candidate o) {
    double dot = 0;
    for (Map.Entry<String, Integer> e : content.entrySet()) {
      Integer v = o.content.get(e.getKey());
      if (v != null) dot += e.getValue() * v;
    }
    if (dot == 0) return 0;
    return dot / Math.sqrt(norm2() * o.norm2());
  }

  private double norm2() {
    double n = 0;
    for (int v : content.values()) n += (double) v * v;
    return n;
  }
}
