package org.newsfuse.eval.rouge;

import java.util.List;
import java.util.NoSuchElementException;

/** All measures of one scoring run, in the script's order: ROUGE-1..N, ROUGE-L, ROUGE-S/SU. */
public record RougeResult(List<RougeScore> scores) {

  public RougeResult {
    scores = List.copyOf(scores);
  }

  /** The score of a measure by its printed name, e.g. "ROUGE-1", "ROUGE-L", "ROUGE-SU4". */
  public RougeScore get(String measure) {
    return scores.stream().filter(s -> s.measure().equals(measure)).findFirst()
        .orElseThrow(() -> new NoSuchElementException("measure not computed: " + measure));
  }
}
