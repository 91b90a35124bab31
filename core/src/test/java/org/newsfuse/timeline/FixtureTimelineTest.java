package org.newsfuse.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsfuse.briefing.TimelineEntry;
import org.newsfuse.facts.FixtureStoryAnalysis;
import org.newsfuse.model.TimePrecision;

/** The timeline of the invented fixture story against its planted truth. */
class FixtureTimelineTest {

  @Test
  void theArticleWithoutMetadataGetsItsDatelineDate() {
    Map<String, PublishedTime> times = new PublishedTimeInference().infer(FixtureStoryAnalysis.story());
    assertThat(times.get("daily-beacon").inferred()).isTrue();
    assertThat(times.get("daily-beacon").published()).isEqualTo(Instant.parse("2025-03-11T00:00:00Z"));
    assertThat(times.get("daily-beacon").basis()).isEqualTo("dateline");
    assertThat(times.get("norpress").inferred()).isFalse();
    assertThat(times.get("norpress").published()).isEqualTo(Instant.parse("2025-03-11T10:05:00Z"));
  }

  @Test
  void developmentsInOrderWithTheirTimes() {
    List<TimelineEntry> timeline = new TimelineBuilder().timeline(FixtureStoryAnalysis.alignment());
    if (Boolean.getBoolean("newsfuse.print")) {
      timeline.forEach(e -> System.out.println("TL " + e.time() + " " + e.precision() + " "
          + e.sources().stream().map(s -> s.article()).distinct().toList() + " | " + e.text()));
    }
    assertThat(timeline).isNotEmpty().hasSizeLessThanOrEqualTo(24);
    // in time order: ISO times cut to their precision sort as text
    for (int i = 1; i < timeline.size(); i++) {
      assertThat(timeline.get(i).time()).isGreaterThanOrEqualTo(timeline.get(i - 1).time());
    }
    // the planted developments appear at their times with a source the truth names
    JsonNode truth = FixtureStoryAnalysis.fixture().truth();
    List<String> missed = new ArrayList<>();
    int hits = 0;
    for (JsonNode planted : truth.get("timeline")) {
      Set<String> articles = new HashSet<>();
      planted.get("articles").forEach(a -> articles.add(a.asText()));
      String time = planted.get("time").asText();
      boolean hit = timeline.stream().anyMatch(e -> e.time().equals(time)
          && e.sources().stream().anyMatch(src -> articles.contains(src.article())));
      if (hit) hits++;
      else missed.add(time + " " + planted.get("textContains").asText());
    }
    System.out.println("timeline developments found " + hits + "/" + truth.get("timeline").size()
        + ", missed " + missed);
    assertThat(hits).isGreaterThanOrEqualTo(10);
  }

  @Test
  void liveBlogStampsTimeTheUpdatesThatFollowThem() {
    List<TimelineEntry> timeline = new TimelineBuilder().timeline(FixtureStoryAnalysis.alignment());
    List<String> stamped = timeline.stream()
        .filter(e -> e.sources().stream().anyMatch(s -> s.article().equals("halden-post")))
        .filter(e -> e.precision() == TimePrecision.MINUTE).map(TimelineEntry::time).toList();
    assertThat(stamped).contains("2025-03-11T07:05", "2025-03-11T07:55", "2025-03-11T09:10");
    TimelineEntry first = timeline.stream().filter(e -> e.time().equals("2025-03-11T07:05"))
        .findFirst().orElseThrow();
    assertThat(first.text()).doesNotContain("Update").contains("on fire");
  }
}
