package org.newsfuse.ingest;

import java.time.Instant;

/**
 * An article as a format reader found it, before it gets its outlet fallback and id.
 * Any field but {@code text} and {@code origin} may be null.
 */
record ArticleDraft(String origin, String title, String source, String url, Instant published,
                    String language, String text) {
}
