package org.newsfuse.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsfuse.model.Article;
import org.newsfuse.model.Document;
import org.newsfuse.model.EntityMention;
import org.newsfuse.model.EntityType;
import org.newsfuse.model.Sentence;
import org.newsfuse.model.Span;
import org.newsfuse.model.TimeExpression;
import org.newsfuse.model.TimePrecision;
import org.newsfuse.model.Token;

/** One shared analysis of an invented live-blog style report (CoreNLP loads once per class). */
class AnalyzerTest {
  static final String TEXT = "PORTMERE, March 3 (Reuters) - The ferry Maribel ran aground on "
      + "Tuesday near Portmere, the Norland Coastguard said.\n\n"
      + "Captain Ona Veldt told reporters that the engines failed at 7.10am. Officials from the "
      + "Baltic Shipping Company arrived yesterday.\n\n"
      + "Maribel aground off the coast2.jpgThe ferry Maribel aground\n\n"
      + "Update, 11:40 GMT: Divers from the navy reached the hull. A video showed the damage: "
      + "Water pours into the hold pic.twitter.com/Ab12 — Port Desk (@portdesk) March 3, 2021\n"
      + "Ona Veldt said the crew would stay on board until Friday.";
  static final Instant PUBLISHED = Instant.parse("2021-03-03T15:00:00Z");
  static final Analyzer ANALYZER = new Analyzer();
  static Document doc;

  @BeforeAll
  static void analyse() {
    doc = ANALYZER.analyze(new Article("a1", "Test Wire", null, "t", PUBLISHED, TEXT, "en", "t"));
  }

  @Test
  void sentenceSpansIndexTheArticleTextAndSkipJunk() {
    List<String> texts = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      texts.add(s.text());
      String raw = TEXT.substring(s.span().begin(), s.span().end()).replaceAll("\\s+", " ");
      assertThat(raw).contains(s.text().split(" ")[0]);
      for (Token t : s.tokens()) {
        assertThat(TEXT.substring(t.begin(), t.end())).isEqualTo(t.word());
      }
      assertThat(s.index()).isEqualTo(texts.size() - 1);
    }
    assertThat(texts).containsExactly(
        "The ferry Maribel ran aground on Tuesday near Portmere, the Norland Coastguard said.",
        "Captain Ona Veldt told reporters that the engines failed at 7.10am.",
        "Officials from the Baltic Shipping Company arrived yesterday.",
        "Divers from the navy reached the hull.",
        "A video showed the damage",
        "Ona Veldt said the crew would stay on board until Friday.");
    assertThat(String.join(" ", texts)).doesNotContain("jpg", "twitter", "@", "Update", "Reuters",
        "PORTMERE", "Water pours");
  }

  @Test
  void junkIsRecordedAsSpans() {
    List<String> junk = new ArrayList<>();
    for (Span s : doc.junk()) junk.add(s.textIn(TEXT));
    assertThat(junk).contains("PORTMERE, March 3 (Reuters) -", "Update, 11:40 GMT:");
    assertThat(junk).anyMatch(j -> j.contains("coast2.jpg"));
    assertThat(junk).anyMatch(j -> j.contains("pic.twitter.com/Ab12"));
  }

  @Test
  void namedEntitiesOfAllThreeKinds() {
    assertThat(doc.entities()).extracting(EntityMention::text, EntityMention::type).contains(
        org.assertj.core.groups.Tuple.tuple("Ona Veldt", EntityType.PERSON),
        org.assertj.core.groups.Tuple.tuple("Baltic Shipping Company", EntityType.ORGANIZATION),
        org.assertj.core.groups.Tuple.tuple("Portmere", EntityType.LOCATION));
    for (EntityMention m : doc.entities()) {
      assertThat(m.span().textIn(TEXT)).isEqualTo(m.text());
      assertThat(doc.sentences().get(m.sentenceIndex()).span().contains(m.span())).isTrue();
    }
  }

  @Test
  void relativeTimesResolveAgainstThePublicationDate() {
    assertThat(time("Tuesday").resolved()).isEqualTo(LocalDateTime.of(2021, 3, 2, 0, 0));
    assertThat(time("Tuesday").precision()).isEqualTo(TimePrecision.DAY);
    assertThat(time("yesterday").resolved()).isEqualTo(LocalDateTime.of(2021, 3, 2, 0, 0));
    assertThat(time("7.10am").resolved()).isEqualTo(LocalDateTime.of(2021, 3, 3, 7, 10));
    assertThat(time("7.10am").precision()).isEqualTo(TimePrecision.MINUTE);
    assertThat(time("Tuesday").sentenceIndex()).isZero();
    assertThat(time("7.10am").sentenceIndex()).isEqualTo(1);
  }

  @Test
  void stampsAndDatelineAreDated() {
    TimeExpression stamp = doc.times().stream().filter(TimeExpression::stamp).findFirst()
        .orElseThrow();
    assertThat(stamp.text()).isEqualTo("Update, 11:40 GMT:");
    assertThat(stamp.resolved()).isEqualTo(LocalDateTime.of(2021, 3, 3, 11, 40));
    assertThat(stamp.sentenceIndex()).isEqualTo(-1);
    TimeExpression dateline = time("March 3");
    assertThat(dateline.resolved()).isEqualTo(LocalDateTime.of(2021, 3, 3, 0, 0));
    assertThat(doc.times()).isSortedAccordingTo((a, b) -> a.span().compareTo(b.span()));
  }

  @Test
  void withoutPublicationDateRelativeTimesStayUnresolved() {
    Article undated = new Article("a2", "Test Wire", null, null, null,
        "The ferry sank on Tuesday. It was raised on 4 May 2020.", "en", "t");
    Document d = ANALYZER.analyze(undated);
    assertThat(d.times()).extracting(TimeExpression::text).containsExactly("Tuesday",
        "4 May 2020");
    assertThat(d.times().get(0).resolved()).isNull();
    assertThat(d.times().get(1).resolved()).isEqualTo(LocalDateTime.of(2020, 5, 4, 0, 0));
    Document withReference = ANALYZER.analyze(undated, LocalDate.of(2021, 3, 3));
    assertThat(withReference.times().get(0).resolved()).isEqualTo(LocalDateTime.of(2021, 3, 2, 0, 0));
  }

  @Test
  void emptyAndAllJunkTextsGiveEmptyDocuments() {
    for (String text : List.of("", "   \n\n ", "Share this article\nAdvertisement\n")) {
      Document d = ANALYZER.analyze(new Article("e", "W", null, null, PUBLISHED, text, "en", "t"));
      assertThat(d.sentences()).isEmpty();
      assertThat(d.entities()).isEmpty();
    }
  }

  @Test
  void analyzeAllKeepsInputOrder() {
    List<Article> batch = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      batch.add(new Article("b" + i, "W", null, null, PUBLISHED,
          "Report number " + i + " says the ferry is afloat.", "en", "t"));
    }
    List<Integer> seen = new ArrayList<>();
    List<Document> docs = ANALYZER.analyzeAll(batch, 2, (done, total) -> {
      synchronized (seen) {
        seen.add(done);
      }
    });
    assertThat(docs).extracting(Document::id).containsExactly("b0", "b1", "b2", "b3");
    assertThat(seen).containsExactlyInAnyOrder(1, 2, 3, 4);
  }

  private static TimeExpression time(String text) {
    return doc.times().stream().filter(t -> t.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no time '" + text + "' in " + doc.times()));
  }
}
