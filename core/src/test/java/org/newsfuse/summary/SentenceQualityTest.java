package org.newsfuse.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsfuse.analyze.Analyzer;
import org.newsfuse.model.Article;
import org.newsfuse.model.Document;
import org.newsfuse.model.Sentence;
import org.newsfuse.model.Span;
import org.newsfuse.model.Token;

class SentenceQualityTest {

  private static final String CASED = "Crowds gathered on the quay at Port Linden on Tuesday "
      + "evening. Tugs and pilot boats are alongside and people are being lifted off the stern. "
      + "People on the quay shouted \u201cGet them off! Get them off!\u201d as the first boat came "
      + "in. "
      + "Paramedics from Kessel Island treated eleven passengers for smoke inhalation at the pier. "
      + "These crawls are part of an effort to archive pages as they are created and archive the "
      + "pages that they refer to.";
  /** The same kind of text as some web copies give it: lower case after each sentence's start. */
  private static final String LOWERED = "Crowds gathered on the quay at port linden on tuesday "
      + "evening. paramedics from kessel island treated eleven passengers for smoke inhalation. "
      + "The ferry company said the marrow star would stay out of service until june.";

  private static Document cased;
  private static Document lowered;
  private final SentenceQuality quality = new SentenceQuality(8, 80);

  @BeforeAll
  static void analyse() {
    Analyzer analyzer = new Analyzer();
    cased = analyzer.analyze(article("cased", CASED));
    lowered = analyzer.analyze(article("lowered", LOWERED));
  }

  @Test
  void aSentenceCutInsideAQuotationIsNoSentence() {
    // The analyzer rejoins what CoreNLP cuts at a "!" inside a quotation: one whole sentence.
    Sentence whole = find(cased, "as the first boat came in");
    assertThat(whole.text()).startsWith("People on the quay shouted");
    assertThat(quality.fitness(TrimmedSentence.whole(cased, whole), 0.3)).isEqualTo(1.0);
    // Were it cut anyway, the lower-case tail would be no sentence.
    int from = 0;
    while (!whole.tokens().get(from).word().equals("as")) from++;
    List<Token> tailTokens = whole.tokens().subList(from, whole.tokens().size());
    Span tailSpan = new Span(whole.span().article(), tailTokens.get(0).begin(),
        whole.span().end());
    Sentence tail = new Sentence(tailSpan, "as the first boat came in.", tailTokens,
        whole.index());
    assertThat(quality.fitness(TrimmedSentence.whole(cased, tail), 0.3)).as(tail.text())
        .isZero();
  }

  @Test
  void wholeSentencesOfCasedTextStandAlone() {
    Sentence s = find(cased, "Paramedics from Kessel Island");
    assertThat(quality.fitness(TrimmedSentence.whole(cased, s), 0.3)).isEqualTo(1.0);
  }

  @Test
  void webArchiveNoticesAreNoSentences() {
    Sentence s = find(cased, "These crawls are part");
    assertThat(quality.fitness(TrimmedSentence.whole(cased, s), 0.3)).isZero();
  }

  @Test
  void lowerCasedTextIsNotTakenForFragments() {
    Sentence s = find(lowered, "paramedics from kessel island");
    assertThat(quality.fitness(TrimmedSentence.whole(lowered, s), 0.3)).isPositive();
    Sentence first = find(lowered, "Crowds gathered");
    assertThat(quality.fitness(TrimmedSentence.whole(lowered, first), 0.3)).isEqualTo(1.0);
  }

  @Test
  void brandNamesInLowerCaseOpenSentences() {
    assertThat(SentenceQuality.opensLowerCase("eBay Inc. finds itself investigated.")).isFalse();
    assertThat(SentenceQuality.opensLowerCase("\u201cand then it sank,\u201d she said.")).isTrue();
    assertThat(SentenceQuality.opensLowerCase("Ferries stopped.")).isFalse();
  }

  private static Sentence find(Document d, String fragment) {
    List<Sentence> hits = d.sentences().stream().filter(s -> s.text().contains(fragment)).toList();
    assertThat(hits).as("sentence with %s in %s", fragment, d.sentences()).isNotEmpty();
    return hits.get(0);
  }

  private static Article article(String id, String text) {
    return new Article(id, "Invented Wire", null, null, Instant.parse("2031-05-06T09:00:00Z"),
        text, "en", id);
  }
}
