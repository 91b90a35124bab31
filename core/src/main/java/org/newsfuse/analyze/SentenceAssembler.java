package org.newsfuse.analyze;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.newsfuse.model.Sentence;
import org.newsfuse.model.Span;
import org.newsfuse.model.Token;
import org.newsfuse.text.CleanText;

/**
 * Builds our sentences from CoreNLP's. Junk between two tokens (a stamp, an embedded post, a
 * caption) ends a sentence even where CoreNLP saw none: the prose on either side of it was never
 * one sentence. Pieces without a word are dropped.
 */
final class SentenceAssembler {
  private final String articleId;
  private final String text;
  private final CleanText clean;
  private final List<Sentence> sentences = new ArrayList<>();

  SentenceAssembler(String articleId, String text, CleanText clean) {
    this.articleId = articleId;
    this.text = text;
    this.clean = clean;
  }

  void add(List<CoreLabel> tokens) {
    List<Token> piece = new ArrayList<>();
    int previousEnd = -1;
    for (CoreLabel t : tokens) {
      int begin = t.beginPosition();
      int end = t.endPosition();
      if (previousEnd >= 0 && clean.hasJunkWithin(previousEnd, begin)) {
        flush(piece);
        piece = new ArrayList<>();
      }
      String word = text.substring(begin, end);
      String lemma = t.lemma() == null ? word.toLowerCase() : t.lemma().toLowerCase();
      piece.add(new Token(begin, end, word, lemma, t.tag() == null ? "" : t.tag(),
          t.ner() == null ? "O" : t.ner()));
      previousEnd = end;
    }
    flush(piece);
  }

  private void flush(List<Token> piece) {
    boolean hasWord = false;
    for (Token t : piece) {
      if (Character.isLetterOrDigit(t.word().codePointAt(0))) hasWord = true;
    }
    if (!hasWord) return;
    int begin = piece.get(0).begin();
    int end = piece.get(piece.size() - 1).end();
    String shown = clean.blanked().substring(begin, end).replaceAll("\\s+", " ").strip();
    sentences.add(new Sentence(new Span(articleId, begin, end), shown, piece, sentences.size()));
  }

  List<Sentence> sentences() {
    return sentences;
  }

  /** Index of the sentence whose span holds offset {@code at}, or -1. */
  static int indexAt(List<Sentence> sentences, int at) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Span s = sentences.get(mid).span();
      if (at < s.begin()) hi = mid - 1;
      else if (at >= s.end()) lo = mid + 1;
      else return mid;
    }
    return -1;
  }
}
