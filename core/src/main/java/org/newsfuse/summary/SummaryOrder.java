package org.newsfuse.summary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsfuse.align.SentenceRef;
import org.newsfuse.model.Story;

/**
 * Reading order for summary sentences: by when the story first reported them (the earliest
 * publication among the documents that carry the sentence), then by position in that document.
 * Undated documents sort after dated ones, in story order.
 */
final class SummaryOrder {

  private SummaryOrder() {
  }

  /**
   * @param keepLastInPlace true when the last candidate runs past the budget and must stay last,
   *                        where a length limit cuts it
   */
  static List<Candidate> order(Story story, List<Candidate> chosen, boolean keepLastInPlace) {
    List<Candidate> sorted = new ArrayList<>(chosen);
    Candidate last = null;
    if (keepLastInPlace && !sorted.isEmpty()) last = sorted.remove(sorted.size() - 1);
    sorted.sort(Comparator.comparing((Candidate c) -> firstReport(story, c),
        (a, b) -> compareReports(story, a, b)));
    if (last != null) sorted.add(last);
    return sorted;
  }

  /** The member of the candidate's group from the earliest (then first-listed) document. */
  private static SentenceRef firstReport(Story story, Candidate c) {
    SentenceRef best = null;
    for (SentenceRef r : c.group().members()) {
      if (best == null || compareReports(story, r, best) < 0) best = r;
    }
    return best;
  }

  private static int compareReports(Story story, SentenceRef a, SentenceRef b) {
    Instant pa = a.documentIn(story).article().published();
    Instant pb = b.documentIn(story).article().published();
    if (pa != null && pb != null && !pa.equals(pb)) return pa.compareTo(pb);
    if (pa != null && pb == null) return -1;
    if (pa == null && pb != null) return 1;
    double ra = relativePosition(story, a);
    double rb = relativePosition(story, b);
    if (ra != rb) return Double.compare(ra, rb);
    return a.compareTo(b);
  }

  private static double relativePosition(Story story, SentenceRef r) {
    int n = r.documentIn(story).sentences().size();
    return n == 0 ? 0 : r.sentence() / (double) n;
  }
}
