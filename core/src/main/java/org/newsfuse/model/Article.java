package org.newsfuse.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One news report as read from its source. {@code text} is the article body exactly as extracted;
 * every {@link Span} in newsfuse indexes into it, so it is never rewritten after ingest.
 *
 * @param id        stable id: the same input always gets the same id
 * @param source    the outlet ("Harbour Herald"), from metadata or else the file name
 * @param url       canonical url, or null
 * @param title     headline, or null
 * @param published publication time, or null when the input does not say
 * @param text      the article body
 * @param language  ISO 639-1 code ("en")
 * @param origin    where it was read from (file path, "path#line 3", "stdin"), for messages
 */
public record Article(String id, String source, String url, String title, Instant published,
                      String text, String language, String origin) {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    if (language == null) language = "en";
    if (origin == null) origin = id;
  }
}
