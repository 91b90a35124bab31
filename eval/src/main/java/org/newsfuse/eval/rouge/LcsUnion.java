package org.newsfuse.eval.rouge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Summary-level ROUGE-L hits as in the script's {@code lcs}: for each model unit, the union of the
 * positions on an LCS with every peer unit (traced back with the script's tie-breaking), and each
 * union position counted only while both the model's and the peer's unigram budgets for that word last,
 * so that ROUGE-L never exceeds ROUGE-1.
 */
final class LcsUnion {
  private LcsUnion() {
  }

  /** The number of LCS hits; {@code modelUnigrams}/{@code peerUnigrams} are the clipping budgets. */
  static int hits(List<List<String>> modelUnits, List<List<String>> peerUnits,
      GramCounts modelUnigrams, GramCounts peerUnigrams) {
    Map<String, Integer> modelBudget = new HashMap<>(modelUnigrams.counts());
    Map<String, Integer> peerBudget = new HashMap<>(peerUnigrams.counts());
    int hits = 0;
    for (List<String> model : modelUnits) {
      boolean[] hitMask = new boolean[model.size()];
      for (List<String> peer : peerUnits) {
        markLcs(model, peer, hitMask);
      }
      for (int j = 0; j < model.size(); j++) {
        if (!hitMask[j]) {
          continue;
        }
        String word = model.get(j);
        if (modelBudget.getOrDefault(word, 0) > 0 && peerBudget.getOrDefault(word, 0) > 0) {
          hits++;
          modelBudget.merge(word, -1, Integer::sum);
          peerBudget.merge(word, -1, Integer::sum);
        }
      }
    }
    return hits;
  }

  private static void markLcs(List<String> model, List<String> peer, boolean[] hitMask) {
    int m = model.size();
    int n = peer.size();
    if (m == 0) {
      return;
    }
    int[][] length = new int[m + 1][n + 1];
    byte[][] move = new byte[m + 1][n + 1];
    final byte diagonal = 1;
    final byte up = 2;
    final byte left = 3;
    for (int i = 1; i <= m; i++) {
      for (int j = 1; j <= n; j++) {
        if (model.get(i - 1).equals(peer.get(j - 1))) {
          length[i][j] = length[i - 1][j - 1] + 1;
          move[i][j] = diagonal;
        } else if (length[i - 1][j] >= length[i][j - 1]) {
          length[i][j] = length[i - 1][j];
          move[i][j] = up;
        } else {
          length[i][j] = length[i][j - 1];
          move[i][j] = left;
        }
      }
    }
    int i = m;
    int j = n;
    while (i != 0 && j != 0) {
      if (move[i][j] == diagonal) {
        i--;
        j--;
        hitMask[i] = true;
      } else if (move[i][j] == up) {
        i--;
      } else {
        j--;
      }
    }
  }
}
