package org.newsfuse.timeline;

import java.time.LocalDateTime;
import org.newsfuse.model.Document;
import org.newsfuse.model.Sentence;
import org.newsfuse.model.TimePrecision;

/** One sentence of one article placed at a time: a candidate timeline development. */
record TimedEvent(int order, Document document, Sentence sentence, LocalDateTime time,
                  TimePrecision precision) {

  /** The time cut to its precision, as ISO-8601: "2025-03-11", "2025-03-11T15:00". */
  String key() {
    return TimeKeys.cut(time, precision);
  }
}
