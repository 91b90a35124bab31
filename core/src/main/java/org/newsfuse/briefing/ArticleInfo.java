package org.newsfuse.briefing;

import java.time.Instant;
import org.newsfuse.model.Article;

/**
 * An article of the story as the briefing lists it.
 *
 * @param publishedInferred true when {@code published} was not given by the article but inferred
 *                          from its own datelines or from the story's other articles
 */
public record ArticleInfo(String id, String source, String title, String url, Instant published,
                          boolean publishedInferred) {
  public static ArticleInfo of(Article a) {
    return new ArticleInfo(a.id(), a.source(), a.title(), a.url(), a.published(), false);
  }
}
