package org.newsfuse.eval.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** newsfuse's datewise timeline through the evaluation interface. */
class DatewiseTimelineSystemTest {
  private static final LocalDate DAY = LocalDate.of(2031, 5, 4);

  @Test
  void picksTheDaysTheCollectionTalksAboutAndSummarizesEach() {
    List<DatedArticle> articles = List.of(
        new DatedArticle("a", DAY, "The dam at Orvik burst on Sunday , flooding the lower valley .\n"
            + "Rescuers evacuated three villages near the river overnight ."),
        new DatedArticle("b", DAY.plusDays(2), "Two days after the dam burst on 4 May , water levels "
            + "in the lower valley began to fall .\nEngineers inspected the broken wall of the dam ."),
        new DatedArticle("c", DAY.plusDays(2), "Officials said the dam burst on May 4 was caused by "
            + "heavy rain in the hills above Orvik ."),
        new DatedArticle("d", DAY.plusDays(9), "A memorial service for the flood victims was held "
            + "in Orvik on Tuesday in the rebuilt town hall ."));
    List<DatedSummary> timeline = new DatewiseTimelineSystem().build(articles,
        new Query("orvik", List.of("dam")), 2, 1);
    assertThat(timeline).extracting(DatedSummary::date).containsExactly(DAY, DAY.plusDays(2));
    assertThat(timeline).allSatisfy(d -> assertThat(d.sentences()).hasSize(1));
    assertThat(timeline.get(0).sentences().get(0)).contains("dam");
  }

  @Test
  void scoresOnTimeline17WhenPresent() {
    Path root = null;
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolveSibling("shared").resolve("eval").resolve("timeline17");
      if (Files.isDirectory(candidate)) {
        root = candidate;
        break;
      }
    }
    assumeTrue(root != null, "shared/eval/timeline17 not present");
    Timeline17Reader reader = new Timeline17Reader();
    double f1 = 0;
    double r1 = 0;
    double r2 = 0;
    List<Path> topics = reader.topicDirs(root);
    for (Path topicDir : topics) {
      TopicResult result = new TimelineEvaluator().evaluate(reader.read(topicDir),
          new DatewiseTimelineSystem());
      System.out.printf("T17 %-22s dateF1 %.3f AR1 %.3f AR2 %.3f%n", result.topic(),
          result.dates().f1(), result.alignedRouge1().f1(), result.alignedRouge2().f1());
      f1 += result.dates().f1();
      r1 += result.alignedRouge1().f1();
      r2 += result.alignedRouge2().f1();
    }
    System.out.printf("T17 mean dateF1 %.3f AR1 %.3f AR2 %.3f%n", f1 / topics.size(),
        r1 / topics.size(), r2 / topics.size());
    assertThat(f1 / topics.size()).isGreaterThan(0.2);
  }
}
