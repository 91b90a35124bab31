package org.newsfuse.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsfuse.analyze.Analyzer;
import org.newsfuse.briefing.Disagreement;
import org.newsfuse.briefing.Fact;
import org.newsfuse.model.Article;
import org.newsfuse.model.Document;
import org.newsfuse.model.Story;

/** A small invented three-outlet story, end to end through the real Analyzer. */
class InventedStoryTest {
  private static StatementAlignment alignment;

  @BeforeAll
  static void analyse() {
    Analyzer analyzer = new Analyzer();
    List<Document> docs = List.of(
        analyzer.analyze(new Article("a", "Valley Wire", null, null, null,
            "A tram derailed in central Lorvik on Friday evening. Fourteen people were injured "
                + "in the crash, the city council said. The tram was carrying 212 passengers. "
                + "It was too early to say what caused the derailment, the council added.",
            "en", "a")),
        analyzer.analyze(new Article("b", "Lorvik Times", null, null, null,
            "A city tram came off the rails in central Lorvik on Friday evening. 17 people were "
                + "injured, according to the fire brigade. More than 200 passengers were aboard. "
                + "The derailment was caused by a broken rail, a transport official said.",
            "en", "b")),
        analyzer.analyze(new Article("c", "North Echo", null, null, null,
            "A tram derailed in the centre of Lorvik on Friday evening. 14 people were injured in "
                + "the crash, the council said. Services on the line were suspended until Monday.",
            "en", "c")));
    alignment = StatementAlignment.of(Story.of("tram", docs));
  }

  @Test
  void disputedCountIsShownWithBothVersionsAndCompatibleCountsAreNot() {
    List<Disagreement> found = new DisagreementFinder().disagreements(alignment);
    assertThat(found).anySatisfy(d -> {
      assertThat(d.kind()).isEqualTo("NUMBER");
      assertThat(d.point()).isEqualTo("number injured");
      assertThat(d.versions()).hasSize(2);
      assertThat(d.versions().get(0).outlets()).containsExactly("Valley Wire", "North Echo");
      assertThat(d.versions().get(1).outlets()).containsExactly("Lorvik Times");
    });
    assertThat(found).noneSatisfy(d -> assertThat(d.point()).contains("passenger"));
    assertThat(found).anySatisfy(d -> {
      assertThat(d.kind()).isEqualTo("HEDGE");
      assertThat(d.point()).isEqualTo("cause of the derailment");
    });
  }

  @Test
  void theDerailmentIsAFactOfThreeIndependentOutlets() {
    List<Fact> facts = new FactFinder().facts(alignment);
    assertThat(facts.get(0).independentSources()).isEqualTo(3);
    assertThat(facts.get(0).text()).contains("Lorvik");
    assertThat(facts.get(0).sources()).hasSize(3);
    assertThat(facts).allSatisfy(f -> assertThat(f.independentSources()).isBetween(1, 3));
  }
}
