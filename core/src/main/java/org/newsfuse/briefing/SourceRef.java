package org.newsfuse.briefing;

import org.newsfuse.model.Span;

/**
 * Provenance of one briefing line: characters [begin, end) of the text of article {@code article},
 * published by {@code outlet}.
 */
public record SourceRef(String article, String outlet, int begin, int end)
    implements Comparable<SourceRef> {

  public static SourceRef of(Span span, String outlet) {
    return new SourceRef(span.article(), outlet, span.begin(), span.end());
  }

  public Span span() {
    return new Span(article, begin, end);
  }

  @Override
  public int compareTo(SourceRef o) {
    int c = article.compareTo(o.article);
    if (c != 0) return c;
    c = Integer.compare(begin, o.begin);
    return c != 0 ? c : Integer.compare(end, o.end);
  }
}
