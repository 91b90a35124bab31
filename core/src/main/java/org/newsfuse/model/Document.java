package org.newsfuse.model;

import java.util.List;

/**
 * An analysed article: the article plus its annotations, all as spans into {@code Article.text}.
 *
 * @param junk spans the cleaner removed (captions, embeds, credits, boilerplate, stamps)
 */
public record Document(Article article, List<Sentence> sentences, List<EntityMention> entities,
                       List<TimeExpression> times, List<Quote> quotes, List<Span> junk) {
  public Document {
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    times = List.copyOf(times);
    quotes = List.copyOf(quotes);
    junk = List.copyOf(junk);
  }

  public String id() {
    return article.id();
  }

  public String source() {
    return article.source();
  }
}
