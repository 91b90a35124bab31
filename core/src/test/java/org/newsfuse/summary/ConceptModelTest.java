package org.newsfuse.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConceptModelTest {

  @Test
  void theBundledModelFitsTodaysFeatures() {
    ConceptModel m = ConceptModel.bundled();
    assertThat(m.features()).isEqualTo(ConceptFeatures.NAMES);
    assertThat(m.trainedOn()).contains("duc2003").contains("multinews-dev");
  }

  @Test
  void probabilityIsTheLogisticOfTheWeightedSum() {
    ConceptModel m = new ConceptModel(List.of("a", "b"), new double[] {2, -1}, 0.5, "test");
    assertThat(m.probability(new double[] {0, 0})).isCloseTo(1 / (1 + Math.exp(-0.5)),
        org.assertj.core.data.Offset.offset(1e-12));
    assertThat(m.probability(new double[] {1, 0})).isGreaterThan(m.probability(new double[] {0, 1}));
  }

  @Test
  void roundTripsThroughJson() throws IOException {
    ConceptModel m = ConceptModel.bundled();
    ConceptModel back = ConceptModel.fromJson(
        new ByteArrayInputStream(m.toJson().getBytes(StandardCharsets.UTF_8)));
    assertThat(back.weights()).containsExactly(m.weights());
    assertThat(back.bias()).isEqualTo(m.bias());
  }

  @Test
  void rejectsAModelForOtherFeatures() {
    String json = new ConceptModel(List.of("a"), new double[] {1}, 0, "old").toJson();
    assertThatThrownBy(() -> ConceptModel.fromJson(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IOException.class).hasMessageContaining("do not match");
  }

  @Test
  void countingOnlySettingsTakeNoModel() {
    Summarizer counting = new Summarizer(SummarizerSettings.defaults().withLearnedConcepts(0));
    assertThatThrownBy(() -> counting.withConceptModel(ConceptModel.bundled()))
        .isInstanceOf(IllegalStateException.class);
  }
}
