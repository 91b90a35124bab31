package org.newsfuse.eval.timeline;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** Date selection: exact-date precision, recall and F1 of the predicted dates (news-tls evaluate_dates). */
public final class DateSelection {
  private DateSelection() {
  }

  public static Prf score(Set<LocalDate> predicted, Set<LocalDate> gold) {
    Set<LocalDate> shared = new HashSet<>(predicted);
    shared.retainAll(gold);
    double p = predicted.isEmpty() ? 0 : (double) shared.size() / predicted.size();
    double r = gold.isEmpty() ? 0 : (double) shared.size() / gold.size();
    return Prf.of(p, r);
  }
}
