package org.newsfuse.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfuse.analyze.Analyzer;
import org.newsfuse.facts.FixtureStoryAnalysis;
import org.newsfuse.model.Article;
import org.newsfuse.model.Document;
import org.newsfuse.model.Story;

class DuplicateDetectorTest {
  private static final String WIRE = "GRENVIK, June 2 (Tidewire) - A landslide blocked the coast "
      + "road north of Grenvik early on Monday, cutting off three villages, county officials said. "
      + "No one was hurt, but 40 residents spent the night in the school hall. Engineers said the "
      + "road could reopen by Friday if the slope held. \"We are moving earth as fast as we can,\" "
      + "road chief Hanne Lid said. The county has asked the army for two heavy diggers.";
  private static final String REPEAT = "GRENVIK, June 2 (Tidewire) - A landslide blocked the coast "
      + "road north of Grenvik early on Monday, cutting off three villages, county officials said. "
      + "No one was hurt, but 40 residents spent the night in the school hall. Engineers said the "
      + "road could reopen by Friday if the slope held. \"We are moving earth as fast as we can,\" "
      + "road chief Hanne Lid said. Bus services to the villages were suspended.";
  private static final String OWN = "Villagers north of Grenvik say they were given no warning "
      + "before Monday's landslide. Marta Eng, who runs the shop in Nordvik, said the hillside had "
      + "been cracking for weeks. The county says it inspected the slope in April.";

  private static Document doc(String id, String outlet, String text) {
    return new Analyzer().analyze(new Article(id, outlet, null, null, null, text, "en", id));
  }

  @Test
  void wireCopyRepeatedWithSmallEditsIsOneGroup() {
    List<Document> docs = List.of(doc("w", "Tidewire", WIRE), doc("r", "Coast Daily", REPEAT),
        doc("o", "Nordvik Post", OWN));
    List<DuplicateGroup> groups = new DuplicateDetector().groups(docs);
    assertThat(groups).singleElement().satisfies(g -> {
      assertThat(g.articles()).containsExactly("w", "r");
      assertThat(g.outlets()).containsExactly("Tidewire", "Coast Daily");
      assertThat(g.similarity()).isGreaterThan(0.7);
    });
  }

  @Test
  void copiedSentenceCountsOnceAndTheOwnReportAddsASource() {
    List<Document> docs = List.of(doc("w", "Tidewire", WIRE), doc("r", "Coast Daily", REPEAT),
        doc("o", "Nordvik Post", OWN));
    SourceIndependence independence = SourceIndependence.of(Story.of("s", docs));
    SourceSupport support = independence.support(List.of(new SentenceKey("w", 1),
        new SentenceKey("r", 1), new SentenceKey("o", 0)));
    assertThat(support.independentSources()).isEqualTo(2);
    assertThat(support.sharedOrigins()).containsExactly(List.of("Tidewire", "Coast Daily"));
  }

  @Test
  void theFixtureWireAndItsRepeatAreTheOnlyDuplicates() {
    Story story = FixtureStoryAnalysis.story();
    List<DuplicateGroup> groups = new DuplicateDetector().groups(story.documents());
    assertThat(groups).singleElement().satisfies(
        g -> assertThat(g.articles()).containsExactly("norpress", "coastline-today"));
  }
}
