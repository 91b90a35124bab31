package org.newsfuse.briefing;

import java.util.List;
import org.newsfuse.model.TimePrecision;

/**
 * One development of the story at one time.
 *
 * @param time ISO-8601 local date or date-time, cut to {@code precision} ("2031-03-14",
 *             "2031-03-14T11:40")
 */
public record TimelineEntry(String time, TimePrecision precision, String text,
                            List<SourceRef> sources) {
  public TimelineEntry {
    sources = List.copyOf(sources);
  }
}
