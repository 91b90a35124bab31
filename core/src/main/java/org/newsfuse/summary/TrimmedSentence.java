package org.newsfuse.summary;

import org.newsfuse.model.Document;
import org.newsfuse.model.Sentence;
import org.newsfuse.model.Span;

/**
 * A sentence with a light trim applied (a leading dateline, caption or adverbial, a trailing
 * attribution dropped): the kept span, the text to show for it, and the kept tokens.
 *
 * @param document  the document it is from
 * @param sentence  the whole sentence
 * @param span      the kept characters of the article text
 * @param text      what a reader sees: the text of the kept span (white space collapsed), with a
 *                  full stop when a trailing attribution was dropped
 * @param firstToken index into {@code sentence.tokens()} of the first kept token
 * @param endToken   index into {@code sentence.tokens()} after the last kept token
 */
record TrimmedSentence(Document document, Sentence sentence, Span span, String text,
                       int firstToken, int endToken) {

  static TrimmedSentence whole(Document document, Sentence sentence) {
    return new TrimmedSentence(document, sentence, sentence.span(), sentence.text(), 0,
        sentence.tokens().size());
  }

  /** Words as a reader (and ROUGE's length limit) counts them: runs of non-space characters. */
  int wordCount() {
    return WordCount.of(text);
  }
}
