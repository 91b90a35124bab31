package org.newsfuse.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsfuse.analyze.Analyzer;
import org.newsfuse.briefing.Disagreement;
import org.newsfuse.entities.EntityMerger;
import org.newsfuse.model.Article;
import org.newsfuse.model.Document;
import org.newsfuse.model.Story;

/**
 * How disagreements read: a version shown by the wording most of its outlets share, points naming
 * people as the story's merged entities spell them (invented three-outlet story).
 */
class VersionTextTest {
  private static Story story;
  private static List<Disagreement> found;

  @BeforeAll
  static void analyse() {
    Analyzer analyzer = new Analyzer();
    List<Document> docs = List.of(
        analyzer.analyze(new Article("a", "Harbour Gazette", null, null, null,
            "The cargo ship Nordlys ran aground off Skarvik on Monday morning. Nine crew members "
                + "were rushed to Skarvik County Hospital with burns. Captain Lena Marsk was still "
                + "missing on Monday night. The grounding was caused by an engine failure, the "
                + "Gazette understands.",
            "en", "a")),
        analyzer.analyze(new Article("b", "Skarvik Post", null, null, null,
            "The cargo ship Nordlys ran aground off Skarvik on Monday morning. Six crew members "
                + "were taken to Skarvik County Hospital, most of them with minor injuries. Captain "
                + "Lena Mrask was rescued by a lifeboat, the coastguard said.",
            "en", "b")),
        analyzer.analyze(new Article("c", "Coast Daily", null, null, null,
            "The cargo ship Nordlys ran aground off Skarvik early on Monday. Six crew members "
                + "were taken to Skarvik County Hospital, most of them with minor injuries. Captain "
                + "Lena Marsk was rescued by a lifeboat, the coastguard said.",
            "en", "c")),
        analyzer.analyze(new Article("d", "Nord Wire", null, null, null,
            "The cargo ship Nordlys ran aground off Skarvik on Monday. Six crew members were taken "
                + "to Skarvik County Hospital, most of them with minor injuries. Captain Lena Marsk "
                + "was rescued by a lifeboat, the shipping company said.",
            "en", "d")),
        analyzer.analyze(new Article("e", "Island Radio", null, null, null,
            "A cargo ship ran aground off Skarvik on Monday. Injured crew members were taken to "
                + "Varde Hospital on the island, the coastguard said.",
            "en", "e")));
    story = Story.of("grounding", docs);
    found = new DisagreementFinder().disagreements(StatementAlignment.of(story),
        new EntityMerger().index(story));
  }

  @Test
  void aVersionIsShownByTheWordingMostOfItsOutletsShare() {
    assertThat(found).anySatisfy(d -> {
      assertThat(d.point()).containsIgnoringCase("hospital");
      Disagreement.Version county = d.versions().stream()
          .filter(v -> v.value().contains("County")).findFirst().orElseThrow();
      assertThat(county.outlets()).contains("Harbour Gazette", "Skarvik Post");
      assertThat(county.text()).startsWith("Six crew members were taken");
    });
  }

  @Test
  void pointsSpellNamesAsTheMergedEntityDoes() {
    assertThat(found).anySatisfy(d -> {
      assertThat(d.kind()).isEqualTo("OUTCOME");
      assertThat(d.point()).isEqualTo("fate of Lena Marsk");
    });
    assertThat(found).noneSatisfy(d -> assertThat(d.point()).contains("Mrask"));
  }
}
