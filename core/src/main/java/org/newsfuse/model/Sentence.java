package org.newsfuse.model;

import java.util.List;

/**
 * One sentence of a document.
 *
 * <p>A quotation of several sentences ("“He fired. We ran,” a witness said.") leaves each of its
 * sentences with unbalanced quotation marks; {@link #startsInQuote} says that a sentence begins
 * inside a quotation opened earlier, so readers of a sentence need not guess, and
 * {@link #quotedTokens} marks the tokens inside quotation marks.
 *
 * @param span          where it is in the article
 * @param text          the sentence as a reader should see it: the article text of the span with
 *                      junk removed and white space collapsed
 * @param tokens        its tokens (offsets into the article text)
 * @param index         position of the sentence in its document, from 0
 * @param startsInQuote whether the sentence begins inside a quotation that an earlier sentence
 *                      of the same paragraph opened
 */
public record Sentence(Span span, String text, List<Token> tokens, int index,
                       boolean startsInQuote) {
  public Sentence {
    tokens = List.copyOf(tokens);
  }

  /** A sentence that does not begin inside a quotation. */
  public Sentence(Span span, String text, List<Token> tokens, int index) {
    this(span, text, tokens, index, false);
  }

  public int wordCount() {
    int n = 0;
    for (Token t : tokens) {
      if (Character.isLetterOrDigit(t.word().codePointAt(0))) n++;
    }
    return n;
  }

  /** For each token, whether it stands inside quotation marks (the marks themselves do not). */
  public boolean[] quotedTokens() {
    boolean[] quoted = new boolean[tokens.size()];
    // A quotation carried over from the sentence before is of the kind whose closing mark
    // comes first: ”/"/» or a single ’ closing it.
    boolean carriedSingle = startsInQuote && firstClosingIsSingle();
    boolean inDouble = startsInQuote && !carriedSingle;
    boolean inSingle = carriedSingle;
    for (int i = 0; i < tokens.size(); i++) {
      QuoteMarks.Kind k = QuoteMarks.kind(tokens, i, inDouble, inSingle);
      boolean dbl = QuoteMarks.isDouble(tokens.get(i).word());
      if (k == QuoteMarks.Kind.OPEN) {
        if (dbl) inDouble = true;
        else inSingle = true;
      } else if (k == QuoteMarks.Kind.CLOSE) {
        if (dbl) inDouble = false;
        else inSingle = false;
      } else {
        quoted[i] = inDouble || inSingle;
      }
    }
    return quoted;
  }

  private boolean firstClosingIsSingle() {
    for (int i = 0; i < tokens.size(); i++) {
      if (QuoteMarks.kind(tokens, i, true, false) == QuoteMarks.Kind.CLOSE) return false;
      if (QuoteMarks.kind(tokens, i, false, true) == QuoteMarks.Kind.CLOSE) return true;
    }
    return false;
  }
}
