package org.newsfuse.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
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
    assertThat(timeline).isNotEmpty();
    for (int i = 1; i < timeline.size(); i++) {
      assertThat(timeline.get(i).time().substring(0, 10))
          .isGreaterThanOrEqualTo(timeline.get(i - 1).time().substring(0, 10));
    }
  }
}
