package org.newsfuse.eval.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsfuse.analyze.Analyzer;
import org.newsfuse.model.Article;
import org.newsfuse.model.Story;

class SentenceOracleTest {

  private static final String REFERENCE =
      "The council of Westmere approved the tram line to the university on Tuesday.";
  private static Story story;

  @BeforeAll
  static void analyse() {
    Analyzer analyzer = new Analyzer();
    story = Story.of("tram", List.of(
        analyzer.analyze(new Article("a1", "Westmere Courier", null, null, null,
            "Rain is expected in Westmere all week. " + REFERENCE
                + " Local shops reported a quiet weekend.", null, null)),
        analyzer.analyze(new Article("a2", "Valley Post", null, null, null,
            "The tram line will cost 400 million euros. The mayor welcomed the vote.",
            null, null))));
  }

  @Test
  void forF1PicksTheSentenceTheReferenceIsAndStops() {
    SentenceOracle oracle = new SentenceOracle(Map.of("tram", List.of(List.of(REFERENCE))),
        RougeMeasure.F1);
    // Any further sentence would lower precision more than it raises recall.
    assertThat(oracle.summarize(story, 100)).containsExactly(REFERENCE);
  }

  @Test
  void forRecallStartsWithItAndFillsTheBudget() {
    SentenceOracle oracle = new SentenceOracle(
        Map.of("tram", List.of(List.of(REFERENCE + " It will cost 400 million euros."))),
        RougeMeasure.RECALL);
    List<String> summary = oracle.summarize(story, 40);
    assertThat(summary.get(0)).isEqualTo(REFERENCE);
    assertThat(summary).contains("The tram line will cost 400 million euros.")
        .doesNotContain("Rain is expected in Westmere all week.");
  }

  @Test
  void aStoryWithoutReferencesIsAnError() {
    SentenceOracle oracle = new SentenceOracle(Map.of(), RougeMeasure.RECALL);
    assertThatThrownBy(() -> oracle.summarize(story, 40))
        .hasMessageContaining("no references for tram");
  }
}
