package org.newsfuse.model;

import java.util.List;

/**
 * One sentence of a document.
 *
 * @param span   where it is in the article
 * @param text   the sentence as a reader should see it: the article text of the span with junk
 *               removed and white space collapsed
 * @param tokens its tokens (offsets into the article text)
 * @param index  position of the sentence in its document, from 0
 */
public record Sentence(Span span, String text, List<Token> tokens, int index) {
  public Sentence {
    tokens = List.copyOf(tokens);
  }

  public int wordCount() {
    int n = 0;
    for (Token t : tokens) {
      if (Character.isLetterOrDigit(t.word().codePointAt(0))) n++;
    }
    return n;
  }
}
