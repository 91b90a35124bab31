package org.newsfuse.entities;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Picks the role to show for an entity from every role phrase the texts give it: each phrase
 * counts for itself and for every longer phrase containing all its words, so "ambassador" (5
 * times) and "Russian ambassador to Turkey" (once) elect the complete phrase.
 */
final class RoleChoice {
  private static final int MAX_WORDS = 8;

  private RoleChoice() {
  }

  static String best(List<String> roles) {
    Map<String, String> shownByKey = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String r : roles) {
      String key = NameFolder.fold(r).replaceAll("\\s+", " ").strip();
      if (key.isEmpty() || key.split(" ").length > MAX_WORDS) continue;
      shownByKey.putIfAbsent(key, r);
      counts.merge(key, 1, Integer::sum);
    }
    String best = null;
    int bestScore = -1;
    for (String key : new TreeSet<>(counts.keySet())) {
      Set<String> words = new HashSet<>(List.of(key.split(" ")));
      int score = 0;
      for (Map.Entry<String, Integer> e : counts.entrySet()) {
        if (words.containsAll(List.of(e.getKey().split(" ")))) {
          score += e.getValue();
        }
      }
      if (score > bestScore || score == bestScore && best != null
          && key.split(" ").length > best.split(" ").length) {
        best = key;
        bestScore = score;
      }
    }
    return best == null ? null : shownByKey.get(best);
  }
}
