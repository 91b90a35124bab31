package org.newsfuse.model;

/** A named entity as written in one place of one article. */
public record EntityMention(Span span, String text, EntityType type, int sentenceIndex) {
}
