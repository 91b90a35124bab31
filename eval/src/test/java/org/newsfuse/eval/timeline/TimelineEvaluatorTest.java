package org.newsfuse.eval.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The evaluation protocol and the baseline, on an invented collection and (when present) Timeline17. */
class TimelineEvaluatorTest {
  private static final LocalDate DAY = LocalDate.of(2021, 3, 1);

  private static List<DatedArticle> invented() {
    List<DatedArticle> articles = new ArrayList<>();
    articles.add(new DatedArticle("a1", DAY, "The river burst its banks near the old mill on Monday .\n"
        + "Residents of the lower town were moved to the school gym overnight .\nShort line ."));
    articles.add(new DatedArticle("a2", DAY, "Flood water reached the old mill and the lower town on Monday .\n"
        + "The mayor asked residents to stay away from the river banks ."));
    articles.add(new DatedArticle("a3", DAY.plusDays(2), "Engineers began repairing the river wall near the mill .\n"
        + "The school gym closed as residents returned to the lower town ."));
    articles.add(new DatedArticle("a4", DAY.plusDays(9), "An inquiry into the flood opened at the town hall today ."));
    return articles;
  }

  @Test
  void baselinePicksTheBusiestDatesAndCentralSentencesDeterministically() {
    PublicationDateBaseline baseline = new PublicationDateBaseline();
    Query query = new Query("flood", List.of("flood"));
    List<DatedSummary> first = baseline.build(invented(), query, 2, 1);
    assertThat(first).extracting(DatedSummary::date).containsExactly(DAY, DAY.plusDays(2));
    assertThat(first).allSatisfy(e -> assertThat(e.sentences()).hasSize(1));
    assertThat(first.get(0).sentences().get(0)).doesNotContain("Short line");
    assertThat(baseline.build(invented(), query, 2, 1)).isEqualTo(first);
  }

  @Test
  void runsOncePerGoldTimelineOnArticlesWithinItsSpan() {
    List<DatedSummary> gold = List.of(
        new DatedSummary(DAY, List.of("The river burst its banks near the old mill on Monday .")),
        new DatedSummary(DAY.plusDays(2), List.of("Engineers began repairing the river wall near the mill .")));
    TimelineTopic topic = new TimelineTopic("flood", new Query("flood", List.of()), invented(), List.of(gold));
    List<LocalDate> seenDates = new ArrayList<>();
    TimelineSystem copiesGold = new TimelineSystem() {
      @Override
      public String name() {
        return "gold copy";
      }

      @Override
      public List<DatedSummary> build(List<DatedArticle> articles, Query query, int numDates, int perDate) {
        articles.forEach(a -> seenDates.add(a.date()));
        assertThat(numDates).isEqualTo(2);
        assertThat(perDate).isEqualTo(1);
        return gold;
      }
    };
    TopicResult result = new TimelineEvaluator().evaluate(topic, copiesGold);
    assertThat(seenDates).doesNotContain(DAY.plusDays(9));
    assertThat(result.dates().f1()).isEqualTo(1.0);
    assertThat(result.alignedRouge1().f1()).isEqualTo(1.0);
    assertThat(result.alignedRouge2().f1()).isEqualTo(1.0);
  }

  @Test
  void baselineScoresOnTimeline17WhenPresent() {
    Path dir = Path.of("").toAbsolutePath();
    Path topicDir = null;
    while (dir != null && dir.getParent() != null) {
      Path candidate = dir.resolveSibling("shared").resolve("eval").resolve("timeline17").resolve("H1N1_guardian");
      if (Files.isDirectory(candidate)) {
        topicDir = candidate;
        break;
      }
      dir = dir.getParent();
    }
    assumeTrue(topicDir != null, "shared/eval/timeline17 not present");
    TimelineTopic topic = new Timeline17Reader().read(topicDir);
    TopicResult result = new TimelineEvaluator().evaluate(topic, new PublicationDateBaseline());
    assertThat(result.timelines()).hasSize(topic.goldTimelines().size());
    assertThat(result.dates().f1()).isBetween(0.0, 1.0);
    assertThat(result.alignedRouge1().f1()).isGreaterThan(0.05).isLessThan(0.6);
    assertThat(result.alignedRouge2().f1()).isGreaterThan(0.0).isLessThan(result.alignedRouge1().f1());
  }
}
