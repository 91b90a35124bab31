package org.newsfuse.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsfuse.align.InventedStory;

class ConceptFeaturesTest {

  private final Map<String, double[]> features = ConceptFeatures.of(InventedStory.get());

  private double feature(String concept, String name) {
    assertThat(features).containsKey(concept);
    return features.get(concept)[ConceptFeatures.NAMES.indexOf(name)];
  }

  @Test
  void describesHowWidelyAndHowEarlyAConceptIsReported() {
    // The ferry's name is in the first sentence of every report.
    assertThat(feature("marrow star", "docFraction")).isEqualTo(1.0);
    assertThat(feature("marrow star", "leadDocs")).isEqualTo(1.0);
    assertThat(feature("marrow star", "earliest")).isEqualTo(1.0);
    // The engine room: two of four reports, third and second sentence.
    assertThat(feature("engine room", "docFraction")).isEqualTo(0.5);
    assertThat(feature("engine room", "leadDocs")).isZero();
    assertThat(feature("engine room", "earliest")).isEqualTo(0.5);
    // The sirens are one outlet's detail, third sentence.
    assertThat(feature("warning siren", "docFraction")).isEqualTo(0.25);
    assertThat(feature("warning siren", "singleDoc")).isEqualTo(1.0);
    assertThat(feature("warning siren", "earliest")).isEqualTo(1.0 / 3);
  }

  @Test
  void describesWhatKindOfWordsAConceptIsMadeOf() {
    assertThat(feature("marrow star", "properNoun")).isEqualTo(1.0);
    assertThat(feature("212 passenger", "number")).isEqualTo(1.0);
    assertThat(feature("warning siren", "properNoun")).isZero();
    assertThat(feature("1:siren", "unigram")).isEqualTo(1.0);
  }

  @Test
  void wordPairsHaveNoUnigramInteractions() {
    int base = ConceptFeatures.BASE.size();
    for (Map.Entry<String, double[]> e : features.entrySet()) {
      double[] x = e.getValue();
      assertThat(x).hasSize(ConceptFeatures.NAMES.size());
      boolean unigram = e.getKey().startsWith(ConceptWeights.UNIGRAM);
      for (int i = base; i < x.length; i++) {
        assertThat(x[i]).as(e.getKey() + " " + ConceptFeatures.NAMES.get(i))
            .isEqualTo(unigram ? x[i - base + 1] : 0.0);
      }
    }
  }

  @Test
  void theBundledModelRatesAWidelyReportedLeadConceptAboveAOneOutletDetail() {
    ConceptModel model = ConceptModel.bundled();
    assertThat(model.probability(features.get("marrow star")))
        .isGreaterThan(2 * model.probability(features.get("warning siren")));
  }
}
