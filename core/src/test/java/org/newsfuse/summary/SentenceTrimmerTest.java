package org.newsfuse.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsfuse.analyze.Analyzer;
import org.newsfuse.model.Article;
import org.newsfuse.model.Document;
import org.newsfuse.model.Sentence;

class SentenceTrimmerTest {

  private static Analyzer analyzer;

  @Test
  void dropsATrailingAttributionAndKeepsTheClaim() {
    SentenceTrimmer attributions = new SentenceTrimmer(false, true);
    Document d = analyse("The Marrow Star caught fire in Port Linden harbour on Tuesday morning "
        + "with 212 passengers aboard, harbour officials said. Nobody was hurt.");
    TrimmedSentence t = attributions.trim(d, d.sentences().get(0));
    assertThat(t.text()).isEqualTo("The Marrow Star caught fire in Port Linden harbour on Tuesday "
        + "morning with 212 passengers aboard.");
    assertThat(d.article().text().substring(t.span().begin(), t.span().end()) + ".")
        .isEqualTo(t.text());
  }

  @Test
  void keepsTheSpeakerOfAQuotation() {
    SentenceTrimmer attributions = new SentenceTrimmer(false, true);
    String quote = "\"We went down three decks in zero visibility to reach the seat of the fire,\" "
        + "the spokeswoman said.";
    Document d = analyse(quote + " Nobody was hurt.");
    assertThat(attributions.trim(d, d.sentences().get(0)).text()).isEqualTo(quote);
  }
  private final SentenceTrimmer trimmer = new SentenceTrimmer(false);

  @BeforeAll
  static void load() {
    analyzer = new Analyzer();
  }

  @Test
  void dropsAWebCopysLowerCaseDateline() {
    TrimmedSentence t = first("Port linden ( norpress ) \u2014 the ferry marrow star caught fire in "
        + "the harbour on tuesday, forcing 212 passengers ashore. the fire is out.");
    assertThat(t.text()).startsWith("the ferry marrow star caught fire");
    assertThat(t.text()).endsWith("ashore.");
  }

  @Test
  void dropsPageFurnitureGluedToTheFirstSentence() {
    TrimmedSentence t = first("Advertisement Continue reading the main story PORT LINDEN \u2014 "
        + "The ferry Marrow Star caught fire in the harbour on Tuesday, Port Linden officials "
        + "said. Nobody was hurt, Kessel Island police said.");
    assertThat(t.text()).startsWith("The ferry Marrow Star caught fire");
  }

  @Test
  void dropsAPhotoCaptionGluedInFront() {
    TrimmedSentence t = first("Captain tomas reinholt ( photo: provided by the harbour authority ) "
        + "the captain of the marrow star stayed aboard to close the fire doors, officials said. "
        + "he was rescued by a pilot boat.");
    assertThat(t.text()).startsWith("the captain of the marrow star");
  }

  @Test
  void keepsACasedSentenceWhoseDashIsItsOwn() {
    String text = "Smoke \u2014 thick and black \u2014 rose over Port Linden harbour on Tuesday "
        + "as Kessel Island firefighters reached the Marrow Star.";
    TrimmedSentence t = first(text + " Harbour officials in Port Linden closed the quay.");
    assertThat(t.text()).isEqualTo(text);
  }

  @Test
  void keptSpanIsTheShownText() {
    Document d = analyse("Hong kong \u2014 ferry services to kessel island resumed on wednesday "
        + "after the fire. tickets bought for tuesday stay valid.");
    Sentence s = d.sentences().get(0);
    TrimmedSentence t = trimmer.trim(d, s);
    assertThat(d.article().text().substring(t.span().begin(), t.span().end()))
        .isEqualTo(t.text());
    assertThat(t.text()).startsWith("ferry services");
  }

  private TrimmedSentence first(String text) {
    Document d = analyse(text);
    return trimmer.trim(d, d.sentences().get(0));
  }

  private static Document analyse(String text) {
    return analyzer.analyze(new Article("t", "Invented Wire", null, null,
        Instant.parse("2031-05-06T09:00:00Z"), text, "en", "t"));
  }
}
