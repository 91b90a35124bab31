package org.newsfuse.entities;

import java.util.ArrayList;
import java.util.List;
import org.newsfuse.model.Document;
import org.newsfuse.model.Sentence;
import org.newsfuse.model.Span;
import org.newsfuse.model.Token;

/**
 * The tokens of a document as one flat list in text order, with the sentence of each, so patterns
 * can look left and right of a span across sentence boundaries.
 */
public final class DocumentTokens {
  private final Document document;
  private final List<Token> tokens = new ArrayList<>();
  private final List<Integer> sentenceOf = new ArrayList<>();

  public DocumentTokens(Document document) {
    this.document = document;
    for (Sentence s : document.sentences()) {
      for (Token t : s.tokens()) {
        tokens.add(t);
        sentenceOf.add(s.index());
      }
    }
  }

  public Document document() {
    return document;
  }

  public String text() {
    return document.article().text();
  }

  public int size() {
    return tokens.size();
  }

  public Token get(int i) {
    return tokens.get(i);
  }

  public int sentence(int i) {
    return sentenceOf.get(i);
  }

  /** Index of the first token that ends after {@code offset}, or {@link #size()}. */
  public int firstEndingAfter(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).end() <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Index of the last token that begins before {@code offset}, or -1. */
  public int lastBeginningBefore(int offset) {
    return firstBeginningAtOrAfter(offset) - 1;
  }

  public int firstBeginningAtOrAfter(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).begin() < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Token index range [first, last] inside {@code span}, or null when none. */
  public int[] range(Span span) {
    int first = firstBeginningAtOrAfter(span.begin());
    int last = lastBeginningBefore(span.end());
    if (first >= tokens.size() || last < first) return null;
    return new int[] {first, last};
  }

  /** Article text from the start of token {@code first} to the end of token {@code last}. */
  public String textOf(int first, int last) {
    return text().substring(tokens.get(first).begin(), tokens.get(last).end())
        .replaceAll("\\s+", " ");
  }

  public Span spanOf(int first, int last) {
    return new Span(document.id(), tokens.get(first).begin(), tokens.get(last).end());
  }
}
