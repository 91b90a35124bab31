package org.newsfuse.analyze;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.newsfuse.model.Article;
import org.newsfuse.model.Document;
import org.newsfuse.model.Sentence;
import org.newsfuse.model.Span;
import org.newsfuse.model.Token;
import org.newsfuse.nlp.CoreNlpPipeline;

/** Turns an {@link Article} into a {@link Document}: sentences and tokens with offsets. */
public final class Analyzer {

  public Document analyze(Article article) {
    String text = article.text();
    Annotation ann = new Annotation(text);
    CoreNlpPipeline.get().annotate(ann);
    List<Sentence> sentences = new ArrayList<>();
    for (CoreMap s : ann.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<Token> tokens = new ArrayList<>();
      for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
        String lemma = t.lemma() == null ? t.word().toLowerCase() : t.lemma().toLowerCase();
        tokens.add(new Token(t.beginPosition(), t.endPosition(), t.originalText(), lemma,
            t.tag() == null ? "" : t.tag(), t.ner() == null ? "O" : t.ner()));
      }
      if (tokens.isEmpty()) continue;
      int begin = tokens.get(0).begin();
      int end = tokens.get(tokens.size() - 1).end();
      String shown = text.substring(begin, end).replaceAll("\\s+", " ").strip();
      sentences.add(new Sentence(new Span(article.id(), begin, end), shown, tokens,
          sentences.size()));
    }
    return new Document(article, sentences, List.of(), List.of(), List.of(), List.of());
  }
}
