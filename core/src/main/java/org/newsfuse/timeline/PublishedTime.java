package org.newsfuse.timeline;

import java.time.Instant;
import org.newsfuse.model.TimePrecision;

/**
 * When an article was published, as given or as inferred.
 *
 * @param published the time, or null when nothing in the story allows a guess
 * @param inferred  true when the article did not give it (the briefing marks it as inferred)
 * @param precision how much of {@code published} is meaningful: MINUTE when given, DAY when
 *                  inferred from a dateline or dated mentions
 * @param basis     how it was found: "metadata", "dateline", "dated mentions", "embedded posts", "other articles"
 */
public record PublishedTime(Instant published, boolean inferred, TimePrecision precision,
                            String basis) {
}
