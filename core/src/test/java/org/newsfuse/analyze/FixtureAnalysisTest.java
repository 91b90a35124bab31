package org.newsfuse.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsfuse.examples.FixtureStory;
import org.newsfuse.model.Article;
import org.newsfuse.model.Document;
import org.newsfuse.model.EntityMention;
import org.newsfuse.model.EntityType;
import org.newsfuse.model.Sentence;
import org.newsfuse.model.TimeExpression;
import org.newsfuse.model.TimePrecision;

/** The analyser on the fixture's tabloid and live blog, against their planted truth. */
class FixtureAnalysisTest {
  private static FixtureStory story;
  private static Document beacon;
  private static Document liveBlog;
  private static Document wire;

  @BeforeAll
  static void analyse() {
    story = FixtureStory.load(FixtureStory.HARBOUR_FERRY_FIRE);
    List<Document> docs = AnalyzerTest.ANALYZER.analyzeAll(
        List.of(article("daily-beacon"), article("halden-post"), article("norpress")), 2,
        AnalysisProgress.NONE);
    beacon = docs.get(0);
    liveBlog = docs.get(1);
    wire = docs.get(2);
  }

  private static Article article(String id) {
    JsonNode a = story.article(id);
    JsonNode published = a.get("published");
    return new Article(id, a.get("outlet").asText(), null, null,
        published == null || published.isNull() ? null : Instant.parse(published.asText()),
        story.text(id), "en", id);
  }

  @Test
  void noSentenceHoldsJunk() {
    for (Document d : List.of(beacon, liveBlog)) {
      for (JsonNode j : story.truth().get("junk")) {
        if (!j.get("article").asText().equals(d.id())) continue;
        for (Sentence s : d.sentences()) {
          assertThat(s.text()).doesNotContain(j.get("text").asText());
        }
      }
      for (Sentence s : d.sentences()) {
        assertThat(s.text()).doesNotContain("pic.twitter", "@", "Update,", ".jpg");
      }
    }
  }

  @Test
  void theTabloidIsDatedByItsDatelineAndItsDottedTimeIsRead() {
    TimeExpression alarm = beacon.times().stream().filter(t -> t.text().startsWith("7.10am"))
        .findFirst().orElseThrow(() -> new AssertionError(beacon.times().toString()));
    assertThat(alarm.resolved()).isEqualTo(LocalDateTime.of(2025, 3, 11, 7, 10));
    assertThat(alarm.precision()).isEqualTo(TimePrecision.MINUTE);
  }

  @Test
  void theWiresPeoplePlacesAndOrganisations() {
    assertThat(wire.entities()).extracting(EntityMention::text, EntityMention::type).contains(
        tuple("Port Halden", EntityType.LOCATION),
        tuple("Elena Dragović", EntityType.PERSON),
        tuple("Halden Harbour Authority", EntityType.ORGANIZATION),
        tuple("National Maritime Safety Board", EntityType.ORGANIZATION));
    assertThat(wire.entities()).extracting(EntityMention::text).doesNotContain("Halden");
  }

  @Test
  void timesWithAZoneResolveToTheMinute() {
    TimeExpression alarm = wire.times().stream().filter(t -> t.text().contains("06:40"))
        .findFirst().orElseThrow(() -> new AssertionError(wire.times().toString()));
    assertThat(alarm.resolved()).isEqualTo(LocalDateTime.of(2025, 3, 11, 6, 40));
    assertThat(wire.times()).filteredOn(t -> t.text().equals("last week"))
        .allMatch(t -> t.resolved() == null);
  }

  @Test
  void aShipNamedDawnIsNoTime() {
    for (Document d : List.of(beacon, liveBlog)) {
      assertThat(d.times()).extracting(TimeExpression::text).noneMatch(t -> t.contains("Dawn"));
    }
  }

  @Test
  void liveBlogStampsDateTheUpdates() {
    List<TimeExpression> stamps = liveBlog.times().stream().filter(TimeExpression::stamp).toList();
    assertThat(stamps).hasSize(story.truth().get("liveBlogStamps").get("stamps").size());
    assertThat(stamps.get(0).resolved()).isEqualTo(LocalDateTime.of(2025, 3, 11, 7, 5));
    assertThat(stamps.get(stamps.size() - 1).resolved())
        .isEqualTo(LocalDateTime.of(2025, 3, 11, 11, 10));
  }
}
