package org.newsfuse.eval.timeline;

import java.util.List;

/**
 * Published Timeline17 results (all 17 topics) from Demian Gholipour Ghalandari and Georgiana Ifrim,
 * "Examining the State-of-the-Art in News Timeline Summarization", ACL 2020, results table for T17:
 * alignment-based ROUGE F1 (tilse align+ m:1) and date-selection F1.
 *
 * <p>Caution: transcribed without access to the paper in an offline session; check against the
 * paper before citing. Our shared/eval copy has only 9 of the 17 topics, so figures are indicative.
 */
public final class GhalandariIfrim2020 {
  private static final List<PublishedTimelineScore> SCORES = List.of(
      new PublishedTimelineScore("Tran et al. 2013 (date-wise, supervised)", 0.517, 0.094, 0.022),
      new PublishedTimelineScore("Martschat & Markert 2018 (TLSConstraints)", 0.544, 0.105, 0.030),
      new PublishedTimelineScore("CLUST (news-tls)", 0.407, 0.082, 0.020),
      new PublishedTimelineScore("DATEWISE (news-tls)", 0.544, 0.120, 0.035));

  private GhalandariIfrim2020() {
  }

  public static List<PublishedTimelineScore> scores() {
    return SCORES;
  }
}
