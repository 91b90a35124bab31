package org.newsfuse.dedup;

/** One sentence of a story: article id and the sentence's index in its document. */
public record SentenceKey(String article, int sentence) implements Comparable<SentenceKey> {
  @Override
  public int compareTo(SentenceKey o) {
    int c = article.compareTo(o.article);
    return c != 0 ? c : Integer.compare(sentence, o.sentence);
  }
}
