package org.newsfuse.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The datewise timeline on an invented collection: days chosen by mentions, summaries by centroid. */
class DatewiseTimelineTest {
  private static final LocalDate QUAKE = LocalDate.of(2033, 9, 12);

  @Test
  void aDayManySentencesMentionIsChosenEvenWithoutArticlesPublishedOnIt() {
    List<DatedText> articles = List.of(
        new DatedText("a", QUAKE.minusDays(3), List.of(
            "Seismologists in Varel recorded small tremors under the northern ridge this week .")),
        new DatedText("b", QUAKE.plusDays(1), List.of(
            "The earthquake that struck Varel on 12 September destroyed the old harbour wall .",
            "Rescue teams searched the harbour district through the night for survivors .")),
        new DatedText("c", QUAKE.plusDays(2), List.of(
            "Aid convoys reached Varel two days after the earthquake of September 12 hit the coast .",
            "Engineers said the harbour wall would take a year to rebuild completely .")),
        new DatedText("d", QUAKE.plusDays(4), List.of(
            "Survivors of the September 12 earthquake in Varel moved into temporary shelters .",
            "The mayor of Varel thanked the volunteers who cleared the harbour district roads .")));
    List<DateSummary> timeline = new DatewiseTimeline().build(articles, 1, 1);
    assertThat(timeline).extracting(DateSummary::date).containsExactly(QUAKE);
    // candidates: sentences naming the day, and the openings of the next day's article; not the
    // earlier article about tremors
    assertThat(timeline.get(0).sentences()).singleElement().asString()
        .containsAnyOf("earthquake", "Rescue teams").doesNotContain("tremors");
  }

  @Test
  void summarySentencesAreNotRepeatsAndTheTimelineIsInDateOrder() {
    List<DatedText> articles = List.of(
        new DatedText("a", QUAKE, List.of(
            "A strong earthquake shook the coastal town of Varel early on Monday morning .",
            "A strong earthquake shook the coastal town of Varel early on Monday morning .",
            "The harbour wall of Varel collapsed into the sea after the strong earthquake .")),
        new DatedText("b", QUAKE.plusDays(5), List.of(
            "Schools in Varel reopened five days after the earthquake damaged the harbour .",
            "Parents in Varel welcomed the reopening of the schools near the harbour .")));
    List<DateSummary> timeline = new DatewiseTimeline().build(articles, 2, 2);
    assertThat(timeline).extracting(DateSummary::date).isSorted().hasSize(2);
    assertThat(timeline.get(0).sentences()).doesNotHaveDuplicates();
  }
}
