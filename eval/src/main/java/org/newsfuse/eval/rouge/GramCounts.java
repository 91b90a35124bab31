package org.newsfuse.eval.rouge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A multiset of n-grams (or skip-bigrams) with its total, as the script's gram hashes with "_cn_". */
record GramCounts(Map<String, Integer> counts, int total) {

  static GramCounts ngrams(List<String> tokens, int n) {
    Map<String, Integer> counts = new HashMap<>();
    int total = 0;
    for (int i = 0; i + n <= tokens.size(); i++) {
      counts.merge(String.join(" ", tokens.subList(i, i + n)), 1, Integer::sum);
      total++;
    }
    return new GramCounts(counts, total);
  }

  /**
   * Skip-bigrams with at most {@code maxGap} words between the pair (negative: unlimited); with
   * {@code withUnigrams} (ROUGE-SU) each token is counted too, except the last one, exactly as the
   * script's loop does.
   */
  static GramCounts skipBigrams(List<String> tokens, int maxGap, boolean withUnigrams) {
    Map<String, Integer> counts = new HashMap<>();
    int total = 0;
    int last = tokens.size() - 1;
    for (int i = 0; i < last; i++) {
      if (withUnigrams) {
        counts.merge(tokens.get(i), 1, Integer::sum);
        total++;
      }
      for (int j = i + 1; j <= last && (maxGap < 0 || j <= i + maxGap + 1); j++) {
        counts.merge(tokens.get(i) + " " + tokens.get(j), 1, Integer::sum);
        total++;
      }
    }
    return new GramCounts(counts, total);
  }

  /** Clipped matches: each gram counts at most as often as it occurs in both. */
  int hits(GramCounts peer) {
    int hits = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      Integer inPeer = peer.counts.get(e.getKey());
      if (inPeer != null) {
        hits += Math.min(inPeer, e.getValue());
      }
    }
    return hits;
  }
}
