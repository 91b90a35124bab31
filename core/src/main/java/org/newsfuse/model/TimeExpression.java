package org.newsfuse.model;

import java.time.LocalDateTime;

/**
 * A time expression found in an article and normalised against the article's published time.
 *
 * @param span          where it is written
 * @param text          as written ("on Monday", "11:40 EST")
 * @param timex         the TIMEX3 value SUTime gave ("2016-12-19", "2016-12-19T11:40"), or null
 * @param resolved      the normalised start as a local date-time, or null when it has none
 * @param precision     how much of {@code resolved} is meaningful, or null when unresolved
 * @param stamp         true for a live-blog time stamp ("Update, 11:40 EST:")
 * @param sentenceIndex the sentence it is in, or -1 for a stamp outside any sentence
 */
public record TimeExpression(Span span, String text, String timex, LocalDateTime resolved,
                             TimePrecision precision, boolean stamp, int sentenceIndex) {
}
