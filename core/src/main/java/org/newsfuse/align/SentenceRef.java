package org.newsfuse.align;

import org.newsfuse.model.Document;
import org.newsfuse.model.Sentence;
import org.newsfuse.model.Story;

/**
 * One sentence of a story: sentence {@code sentence} of document {@code document} (both indexes
 * into {@link Story#documents()} and {@link Document#sentences()}).
 */
public record SentenceRef(int document, int sentence) implements Comparable<SentenceRef> {

  public Sentence in(Story story) {
    return story.documents().get(document).sentences().get(sentence);
  }

  public Document documentIn(Story story) {
    return story.documents().get(document);
  }

  @Override
  public int compareTo(SentenceRef o) {
    int c = Integer.compare(document, o.document);
    return c != 0 ? c : Integer.compare(sentence, o.sentence);
  }
}
