package org.newsfuse.eval.rouge;

import java.util.List;

/**
 * The averages of one measure (e.g. ROUGE-2) over all units, with intervals, and the per-unit scores.
 */
public record RougeScore(String measure, ScoreInterval recall, ScoreInterval precision, ScoreInterval f1,
    List<UnitScore> units) {

  public RougeScore {
    units = List.copyOf(units);
  }
}
