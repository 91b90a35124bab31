package org.newsfuse.model;

/**
 * A direct quote in one article.
 *
 * @param span        the quoted words, without the quotation marks
 * @param text        the quoted words
 * @param speaker     the speaker's name as resolved in this article, or null when the text does
 *                    not allow a safe attribution
 * @param speakerSpan where the speaker is named (the cue, e.g. "Maria Zakharova" or "he"), or null
 */
public record Quote(Span span, String text, String speaker, Span speakerSpan) {
}
