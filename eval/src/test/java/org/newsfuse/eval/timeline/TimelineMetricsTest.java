package org.newsfuse.eval.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsfuse.eval.rouge.RougeScorer;
import org.newsfuse.eval.rouge.RougeSettings;

/** Date F1 and aligned ROUGE on small timelines whose scores were worked out by hand. */
class TimelineMetricsTest {
  private static final LocalDate JAN1 = LocalDate.of(2020, 1, 1);
  private static final AlignedRouge ALIGNED = new AlignedRouge(
      new RougeScorer(RougeSettings.ofMaxN(2).withRougeL(false).withStemming(true).withBootstrap(95, 1)));

  private static DatedSummary entry(int dayOfJanuary, String... sentences) {
    return new DatedSummary(JAN1.withDayOfMonth(dayOfJanuary), List.of(sentences));
  }

  @Test
  void dateSelectionCountsExactDates() {
    Prf prf = DateSelection.score(Set.of(JAN1, JAN1.plusDays(1), JAN1.plusDays(2)),
        Set.of(JAN1.plusDays(1), JAN1.plusDays(2), JAN1.plusDays(3), JAN1.plusDays(4)));
    assertThat(prf.precision()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(prf.recall()).isCloseTo(0.5, within(1e-12));
    assertThat(prf.f1()).isCloseTo(4.0 / 7, within(1e-12));
  }

  @Test
  void alignsEachDateToItsCheapestCounterpartAndDiscountsByDistance() {
    List<DatedSummary> gold = List.of(entry(1, "Storm hits coast ."), entry(5, "Rescue teams arrive ."));
    // Jan 4 aligns with Jan 5 (same words: cost 0) and its hits count half (1 / (1 day + 1))
    List<DatedSummary> predicted = List.of(entry(1, "Storm hits coast ."), entry(4, "Rescue teams arrive ."));
    Prf r1 = ALIGNED.score(predicted, gold, 1);
    assertThat(r1.precision()).isCloseTo((3 + 1.5) / 6, within(1e-12));
    assertThat(r1.recall()).isCloseTo((3 + 1.5) / 6, within(1e-12));
    Prf r2 = ALIGNED.score(predicted, gold, 2);
    assertThat(r2.f1()).isCloseTo((2 + 1.0) / 4, within(1e-12));
  }

  @Test
  void severalPredictedDatesMayAlignToOneGoldDate() {
    List<DatedSummary> gold = List.of(entry(1, "Storm hits coast ."));
    List<DatedSummary> predicted = List.of(entry(1, "Storm hits coast ."), entry(2, "Storm hits coast ."));
    Prf r1 = ALIGNED.score(predicted, gold, 1);
    assertThat(r1.precision()).isCloseTo(4.5 / 6, within(1e-12));
    assertThat(r1.recall()).isCloseTo(1.0, within(1e-12));
    assertThat(r1.f1()).isCloseTo(2 * 0.75 / 1.75, within(1e-12));
  }

  @Test
  void emptyPredictionScoresZero() {
    Prf r1 = ALIGNED.score(List.of(), List.of(entry(1, "Storm hits coast .")), 1);
    assertThat(r1).isEqualTo(new Prf(0, 0, 0));
  }

  @Test
  void approximateRougeIsUnigramF1OnRawTokens() {
    // 2 of 3 predicted tokens match, 2 of 4 reference tokens: P 2/3, R 1/2
    assertThat(AlignedRouge.approximateRouge1(List.of("a b c"), List.of("a b d e")))
        .isCloseTo(4.0 / 7, within(1e-12));
  }

  @Test
  void sentencesPerDateIsTheGoldMeanRoundedHalfToEven() {
    assertThat(TimelineEvaluator.averageSummaryLength(List.of(entry(1, "a"), entry(2, "a", "b")))).isEqualTo(2);
    assertThat(TimelineEvaluator.averageSummaryLength(List.of(entry(1, "a", "b"), entry(2, "a", "b", "c"))))
        .isEqualTo(2);
    assertThat(TimelineEvaluator.averageSummaryLength(List.of(entry(1, "a"), entry(2, "a"), entry(3, "a", "b", "c"))))
        .isEqualTo(2);
  }

  @Test
  void averagesPrecisionAndRecallBeforeF1() {
    Prf avg = Prf.average(List.of(Prf.of(1.0, 0.0), Prf.of(0.0, 1.0)));
    assertThat(avg.precision()).isEqualTo(0.5);
    assertThat(avg.recall()).isEqualTo(0.5);
    assertThat(avg.f1()).isEqualTo(0.5);
  }
}
