package org.newsfuse.summary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Chooses summary sentences under a word budget by maximizing the weight of the story concepts they
 * cover (each concept counts once, so repeating a covered fact earns nothing) plus a lead prior.
 * Greedy by gain per word (Lin and Bilmes 2010 show this cost-scaled greedy is near-optimal for
 * such monotone submodular objectives), each candidate weighted by its fitness to stand alone,
 * followed in benchmark mode by a fill step for the words left over.
 */
final class BudgetedSelector {

  private final SummarizerSettings settings;
  private final ConceptWeights weights;

  BudgetedSelector(SummarizerSettings settings, ConceptWeights weights) {
    this.settings = settings;
    this.weights = weights;
  }

  /** The chosen candidates in the order chosen; in overflow mode the last may pass the budget. */
  List<Candidate> select(List<Candidate> candidates, int budget) {
    List<Candidate> chosen = new ArrayList<>();
    Set<String> covered = new HashSet<>();
    boolean[] out = new boolean[candidates.size()];
    int used = 0;
    while (true) {
      int best = -1;
      double bestScore = 0;
      for (int i = 0; i < candidates.size(); i++) {
        if (out[i]) continue;
        Candidate c = candidates.get(i);
        if (used + c.words() > budget) continue;
        if (isRedundant(c, chosen)) {
          out[i] = true;
          continue;
        }
        double score =
            c.fitness() * gain(c, covered) / Math.pow(c.words(), settings.lengthExponent());
        if (score > bestScore + 1e-12) {
          bestScore = score;
          best = i;
        }
      }
      if (best < 0) break;
      Candidate c = candidates.get(best);
      out[best] = true;
      chosen.add(c);
      covered.addAll(c.concepts());
      used += c.words();
    }
    if (settings.overflowLast() && used < budget) {
      Candidate last = bestPrefix(candidates, chosen, covered, budget - used);
      if (last != null) chosen.add(last);
    }
    return chosen;
  }

  double gain(Candidate c, Set<String> covered) {
    double g = 0;
    for (String concept : c.concepts()) {
      if (!covered.contains(concept)) g += weights.weight(concept);
    }
    return g + prior(c);
  }

  /** The lead prior: worth {@code positionWeight} per word for a lead sentence, decaying. */
  private double prior(Candidate c) {
    return settings.positionWeight() * c.words() / (1.0 + c.position()) * support(c)
        + settings.centralityWeight() * c.words() * c.centrality();
  }

  /** Outlets that carry the same sentence vouch for it. */
  private double support(Candidate c) {
    return 1 + settings.supportWeight() * Math.log(c.outlets());
  }

  private boolean isRedundant(Candidate c, List<Candidate> chosen) {
    for (Candidate s : chosen) {
      if (s.group() == c.group() || c.cosine(s) >= settings.redundancyCosine()) return true;
    }
    return false;
  }

  /**
   * The sentence whose first {@code room} words add the most: the benchmark cuts the summary at
   * the budget, so only that prefix counts.
   */
  private Candidate bestPrefix(List<Candidate> candidates, List<Candidate> chosen,
                               Set<String> covered, int room) {
    Candidate best = null;
    double bestGain = 0;
    for (Candidate c : candidates) {
      if (chosen.contains(c) || isRedundant(c, chosen)) continue;
      List<String> prefix = c.terms().subList(0, Math.min(room + 1, c.terms().size()));
      double g = 0;
      Set<String> seen = new HashSet<>();
      for (String concept : weights.conceptsOf(prefix)) {
        if (!covered.contains(concept) && seen.add(concept)) g += weights.weight(concept);
      }
      g += prior(c) * Math.min(room, c.words()) / c.words();
      g *= c.fitness();
      if (g > bestGain + 1e-12) {
        bestGain = g;
        best = c;
      }
    }
    return best;
  }
}
