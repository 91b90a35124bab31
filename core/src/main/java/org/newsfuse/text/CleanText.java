package org.newsfuse.text;

import java.util.List;

/**
 * The result of cleaning one text.
 *
 * @param junk     disjoint junk ranges in text order
 * @param stamps   live-blog time stamps in text order (their ranges are also in {@code junk})
 * @param dateline the opening dateline, or null (its range is also in {@code junk})
 * @param blanked  the text with every junk character replaced by a space (line breaks kept), so
 *                 it has the same length and offsets as the original
 */
public record CleanText(List<Junk> junk, List<Stamp> stamps, Dateline dateline, String blanked) {
  public CleanText {
    junk = List.copyOf(junk);
    stamps = List.copyOf(stamps);
  }

  /** True when character {@code i} of the text lies in a junk range. */
  public boolean isJunk(int i) {
    int lo = 0;
    int hi = junk.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Junk j = junk.get(mid);
      if (i < j.begin()) hi = mid - 1;
      else if (i >= j.end()) lo = mid + 1;
      else return true;
    }
    return false;
  }

  /** True when some junk range lies wholly within [begin, end). */
  public boolean hasJunkWithin(int begin, int end) {
    for (Junk j : junk) {
      if (j.begin() >= end) return false;
      if (j.begin() >= begin && j.end() <= end && j.end() > j.begin()) return true;
    }
    return false;
  }
}
