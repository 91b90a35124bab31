package org.newsfuse.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Local search after the greedy pass: swaps one chosen sentence for one or two others, or adds one,
 * while that raises the objective and keeps within the budget. The objective is the one the greedy
 * pass approximates, exactly: the weight of the concepts covered (each once, at the fitness of the
 * fittest sentence covering it) plus each sentence's lead prior. Greedy by gain per word can leave
 * budget unused or pick a short sentence that blocks a better pair; this recovers most of the gap
 * to an exact solution (Gillick and Favre 2009 solve it as an integer program) at a fraction of the
 * cost. Deterministic: candidates are tried in a fixed order and only strict improvements count.
 */
final class SelectionImprover {

  /** Only the best candidates by stand-alone value are tried for swaps in. */
  private static final int POOL = 60;
  private static final int MAX_ROUNDS = 20;

  private final List<Candidate> pool;
  private final int[][] conceptIds;
  private final double[] conceptWeight;
  private final double[] prior;
  private final double[] fitness;
  private final int[] words;
  private final boolean[][] conflict;
  private final double[] best;

  /**
   * @param candidates every usable candidate (those already chosen included)
   * @param chosen     the greedy choice
   * @param redundant  whether two candidates may not both be chosen
   */
  SelectionImprover(List<Candidate> candidates, List<Candidate> chosen, ConceptWeights weights,
                    java.util.function.ToDoubleFunction<Candidate> prior,
                    java.util.function.BiPredicate<Candidate, Candidate> redundant) {
    List<Candidate> ranked = new ArrayList<>(candidates);
    Map<Candidate, Double> alone = new HashMap<>();
    for (Candidate c : ranked) {
      double v = prior.applyAsDouble(c);
      for (String concept : c.concepts()) v += weights.weight(concept);
      alone.put(c, c.fitness() * v / c.words());
    }
    ranked.sort(Comparator.comparingDouble((Candidate c) -> -alone.get(c))
        .thenComparingInt(candidates::indexOf));
    List<Candidate> p = new ArrayList<>(chosen);
    for (Candidate c : ranked) {
      if (p.size() >= POOL + chosen.size()) break;
      if (!p.contains(c)) p.add(c);
    }
    this.pool = p;
    int n = p.size();
    Map<String, Integer> ids = new HashMap<>();
    List<Double> cw = new ArrayList<>();
    conceptIds = new int[n][];
    this.prior = new double[n];
    fitness = new double[n];
    words = new int[n];
    conflict = new boolean[n][n];
    for (int i = 0; i < n; i++) {
      Candidate c = p.get(i);
      int[] a = new int[c.concepts().size()];
      int k = 0;
      for (String concept : c.concepts()) {
        Integer id = ids.get(concept);
        if (id == null) {
          id = ids.size();
          ids.put(concept, id);
          cw.add(weights.weight(concept));
        }
        a[k++] = id;
      }
      conceptIds[i] = a;
      this.prior[i] = c.fitness() * prior.applyAsDouble(c);
      fitness[i] = c.fitness();
      words[i] = c.words();
      for (int j = 0; j < i; j++) {
        conflict[i][j] = conflict[j][i] = redundant.test(c, p.get(j));
      }
    }
    conceptWeight = new double[cw.size()];
    for (int i = 0; i < conceptWeight.length; i++) conceptWeight[i] = cw.get(i);
    best = new double[conceptWeight.length];
  }

  /** The improved choice, within {@code budget} words. */
  List<Candidate> improve(int chosenCount, int budget) {
    List<Integer> set = new ArrayList<>();
    for (int i = 0; i < chosenCount; i++) set.add(i);
    double value = value(set);
    for (int round = 0; round < MAX_ROUNDS; round++) {
      List<Integer> better = null;
      double betterValue = value + 1e-9;
      int used = 0;
      for (int i : set) used += words[i];
      // add one
      for (int a = 0; a < pool.size(); a++) {
        if (set.contains(a) || used + words[a] > budget || conflicts(set, a, -1)) continue;
        List<Integer> t = new ArrayList<>(set);
        t.add(a);
        double v = value(t);
        if (v > betterValue) {
          betterValue = v;
          better = t;
        }
      }
      // swap one out for one or two in
      for (int out = 0; out < set.size(); out++) {
        int r = set.get(out);
        int room = budget - used + words[r];
        for (int a = 0; a < pool.size(); a++) {
          if (set.contains(a) || words[a] > room || conflicts(set, a, r)) continue;
          List<Integer> t = new ArrayList<>(set);
          t.set(out, a);
          double v = value(t);
          if (v > betterValue) {
            betterValue = v;
            better = t;
          }
          for (int b = a + 1; b < pool.size(); b++) {
            if (set.contains(b) || words[a] + words[b] > room || conflict[a][b]
                || conflicts(set, b, r)) {
              continue;
            }
            List<Integer> t2 = new ArrayList<>(t);
            t2.add(b);
            double v2 = value(t2);
            if (v2 > betterValue) {
              betterValue = v2;
              better = t2;
            }
          }
        }
      }
      if (better == null) break;
      set = better;
      value = betterValue;
    }
    List<Candidate> out = new ArrayList<>();
    for (int i : set) out.add(pool.get(i));
    return out;
  }

  private boolean conflicts(List<Integer> set, int a, int except) {
    for (int s : set) {
      if (s != except && conflict[s][a]) return true;
    }
    return false;
  }

  private double value(List<Integer> set) {
    java.util.Arrays.fill(best, 0);
    double v = 0;
    for (int i : set) {
      v += prior[i];
      for (int c : conceptIds[i]) {
        if (fitness[i] > best[c]) best[c] = fitness[i];
      }
    }
    for (int i : set) {
      for (int c : conceptIds[i]) {
        if (best[c] > 0) {
          v += best[c] * conceptWeight[c];
          best[c] = 0;
        }
      }
    }
    return v;
  }
}
