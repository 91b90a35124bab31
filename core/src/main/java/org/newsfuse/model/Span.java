package org.newsfuse.model;

/**
 * The unit of provenance: the characters [begin, end) of {@code Article.text} of the article
 * with id {@code article}.
 */
public record Span(String article, int begin, int end) implements Comparable<Span> {
  public Span {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad span [" + begin + ", " + end + ") in " + article);
    }
  }

  public int length() {
    return end - begin;
  }

  public boolean contains(Span other) {
    return article.equals(other.article) && begin <= other.begin && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return article.equals(other.article) && begin < other.end && other.begin < end;
  }

  public String textIn(String articleText) {
    return articleText.substring(begin, end);
  }

  @Override
  public int compareTo(Span o) {
    int c = article.compareTo(o.article);
    if (c != 0) return c;
    c = Integer.compare(begin, o.begin);
    return c != 0 ? c : Integer.compare(end, o.end);
  }
}
