package org.newsfuse.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newsfuse.dedup.UnionFind;
import org.newsfuse.model.Document;
import org.newsfuse.model.Story;

/**
 * Groups the sentences of a story that say the same thing across documents: identical or
 * near-identical wire copy (high overlap of content lemmas), one outlet's shortened edit of another's
 * sentence (the shorter is almost contained in the longer), and, when a {@link SentenceSimilarity}
 * is given, close paraphrases (moderate lexical overlap confirmed by embedding cosine).
 *
 * <p>Equivalence is closed transitively (union-find), so a group is the connected component of the
 * "says the same" relation. The result is deterministic: groups and members are in document order.
 */
public final class SentenceAligner {

  /** Jaccard overlap of content-lemma sets above which two sentences are the same copy. */
  static final double SAME_COPY_JACCARD = 0.6;
  /** Share of the shorter sentence's content lemmas found in the longer one for an edited copy. */
  static final double EDITED_COPY_CONTAINMENT = 0.85;
  /** Lexical overlap a pair needs before embeddings are asked whether it is a paraphrase. */
  static final double PARAPHRASE_MIN_JACCARD = 0.3;
  /** Embedding cosine above which a lexically related pair is a paraphrase. */
  static final double PARAPHRASE_COSINE = 0.9;
  /** Sentences with fewer content lemmas are too short to align safely. */
  static final int MIN_CONTENT_WORDS = 4;
  /** Sentences with fewer content lemmas must match as whole copies, not as contained edits. */
  static final int MIN_CONTAINED_WORDS = 6;

  private final SentenceSimilarity similarity;

  /** A lexical-only aligner: wire copy and edited copies, no paraphrases. */
  public SentenceAligner() {
    this(null);
  }

  /**
   * @param similarity embedding similarity used to confirm paraphrases, or null for lexical only
   */
  public SentenceAligner(SentenceSimilarity similarity) {
    this.similarity = similarity;
  }

  public List<SentenceGroup> align(Story story) {
    List<SentenceRef> refs = new ArrayList<>();
    List<Set<String>> words = new ArrayList<>();
    List<Document> docs = story.documents();
    for (int d = 0; d < docs.size(); d++) {
      for (int s = 0; s < docs.get(d).sentences().size(); s++) {
        refs.add(new SentenceRef(d, s));
        words.add(new HashSet<>(ContentWords.of(docs.get(d).sentences().get(s))));
      }
    }
    int n = refs.size();
    UnionFind groups = new UnionFind(n);
    List<int[]> paraphraseCandidates = new ArrayList<>();
    Map<String, List<Integer>> postings = index(words);
    int[] shared = new int[n];
    List<Integer> touched = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (words.get(i).size() < MIN_CONTENT_WORDS) continue;
      for (String w : words.get(i)) {
        for (int j : postings.get(w)) {
          if (j <= i || refs.get(j).document() == refs.get(i).document()) continue;
          if (shared[j]++ == 0) touched.add(j);
        }
      }
      for (int j : touched) {
        int overlap = shared[j];
        shared[j] = 0;
        int a = words.get(i).size();
        int b = words.get(j).size();
        if (b < MIN_CONTENT_WORDS) continue;
        double jaccard = overlap / (double) (a + b - overlap);
        int shorter = Math.min(a, b);
        boolean sameCopy = jaccard >= SAME_COPY_JACCARD;
        boolean editedCopy = shorter >= MIN_CONTAINED_WORDS
            && overlap >= EDITED_COPY_CONTAINMENT * shorter;
        if (sameCopy || editedCopy) {
          groups.union(i, j);
        } else if (similarity != null && jaccard >= PARAPHRASE_MIN_JACCARD) {
          paraphraseCandidates.add(new int[] {i, j});
        }
      }
      touched.clear();
    }
    if (!paraphraseCandidates.isEmpty()) {
      confirmParaphrases(story, refs, paraphraseCandidates, groups);
    }
    return collect(refs, words, groups);
  }

  private void confirmParaphrases(Story story, List<SentenceRef> refs, List<int[]> pairs,
                                  UnionFind groups) {
    List<SentenceRef> asked = new ArrayList<>();
    for (int[] p : pairs) {
      asked.add(refs.get(p[0]));
      asked.add(refs.get(p[1]));
    }
    Map<SentenceRef, float[]> vectors = similarity.embed(story, asked);
    for (int[] p : pairs) {
      float[] a = vectors.get(refs.get(p[0]));
      float[] b = vectors.get(refs.get(p[1]));
      if (a != null && b != null && SentenceSimilarity.cosine(a, b) >= PARAPHRASE_COSINE) {
        groups.union(p[0], p[1]);
      }
    }
  }

  private static Map<String, List<Integer>> index(List<Set<String>> words) {
    Map<String, List<Integer>> postings = new HashMap<>();
    for (int i = 0; i < words.size(); i++) {
      for (String w : words.get(i)) {
        postings.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
      }
    }
    return postings;
  }

  private static List<SentenceGroup> collect(List<SentenceRef> refs, List<Set<String>> words,
                                             UnionFind groups) {
    Map<Integer, List<Integer>> byRoot = new TreeMap<>();
    for (int i = 0; i < refs.size(); i++) {
      byRoot.computeIfAbsent(groups.find(i), k -> new ArrayList<>()).add(i);
    }
    List<SentenceGroup> out = new ArrayList<>(byRoot.size());
    for (List<Integer> members : byRoot.values()) {
      List<SentenceRef> memberRefs = new ArrayList<>();
      for (int m : members) memberRefs.add(refs.get(m));
      out.add(new SentenceGroup(refs.get(mostTypical(members, words)), memberRefs));
    }
    out.sort(Comparator.comparing(g -> g.members().get(0)));
    return out;
  }

  /** The member most similar to all the others; ties go to the earliest. */
  private static int mostTypical(List<Integer> members, List<Set<String>> words) {
    if (members.size() <= 2) return members.get(0);
    int best = members.get(0);
    double bestScore = -1;
    for (int a : members) {
      double score = 0;
      for (int b : members) {
        if (a != b) score += jaccard(words.get(a), words.get(b));
      }
      if (score > bestScore + 1e-12) {
        bestScore = score;
        best = a;
      }
    }
    return best;
  }

  static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) return 0;
    int overlap = 0;
    for (String w : a) {
      if (b.contains(w)) overlap++;
    }
    return overlap / (double) (a.size() + b.size() - overlap);
  }
}
