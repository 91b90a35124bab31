package org.newsfuse.eval.rougecheck;

import java.util.List;
import java.util.Optional;

/**
 * Published DUC 2004 task 2 figures: Kai Hong, John M. Conroy, Benoit Favre, Alex Kulesza, Hui Lin and
 * Ani Nenkova, "A Repository of State of the Art and Competitive Baseline Summaries for Generic News
 * Summarization", LREC 2014 (SumRepo), Table 1: ROUGE-1.5.5 recall with {@code -n 2 -m -l 100}
 * against the four human references, stop words kept.
 */
public final class HongEtAl2014 {
  private static final List<PublishedScore> SCORES = List.of(
      new PublishedScore("LexRank", 35.95, 7.47),
      new PublishedScore("Centroid", 36.41, 7.97),
      new PublishedScore("FreqSum", 35.30, 8.11),
      new PublishedScore("GreedyKL", 37.98, 8.53),
      new PublishedScore("CLASSY04", 37.62, 8.96),
      new PublishedScore("Submodular", 39.18, 9.35),
      new PublishedScore("DPP", 39.79, 9.62),
      new PublishedScore("RegSum", 38.57, 9.75),
      new PublishedScore("ICSISumm", 38.41, 9.78));

  private HongEtAl2014() {
  }

  public static List<PublishedScore> scores() {
    return SCORES;
  }

  public static Optional<PublishedScore> of(String system) {
    return SCORES.stream().filter(s -> s.system().equals(system)).findFirst();
  }
}
