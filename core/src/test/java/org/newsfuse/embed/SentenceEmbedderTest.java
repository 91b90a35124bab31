package org.newsfuse.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceEmbedderTest {
  private final SentenceEmbedder embedder = SentenceEmbedder.shared();
  /** A second model instance without a cache: every call really runs the model. */
  private static final SentenceEmbedder UNCACHED = new SentenceEmbedder(1, 0);

  @Test
  void vectorsHave384UnitLengthDimensions() {
    float[] v = embedder.embed("The harbour ferry ran aground on a sandbank at dawn.");
    assertThat(v).hasSize(384);
    double norm = 0;
    for (float x : v) norm += x * x;
    assertThat(Math.sqrt(norm)).isCloseTo(1.0, within(1e-4));
  }

  @Test
  void paraphrasesAreCloserThanUnrelatedSentences() {
    float[][] v = embedder.embed(List.of(
        "The ferry ran aground near the harbour early on Tuesday.",
        "On Tuesday morning a ferry got stuck on the seabed close to the port.",
        "The central bank raised interest rates by half a point.",
        "Inflation figures pushed the bank to lift borrowing costs."));
    double ferries = SentenceEmbedder.cosine(v[0], v[1]);
    double banks = SentenceEmbedder.cosine(v[2], v[3]);
    assertThat(ferries).isGreaterThan(SentenceEmbedder.cosine(v[0], v[2]) + 0.1)
        .isGreaterThan(SentenceEmbedder.cosine(v[1], v[3]) + 0.1);
    assertThat(banks).isGreaterThan(SentenceEmbedder.cosine(v[3], v[0]) + 0.1);
  }

  @Test
  void orderIsPreservedAndRepeatsShareOneVector() {
    List<String> texts = List.of("Rescuers reached the ship.", "A storm closed the airport.",
        "Rescuers reached the ship.");
    float[][] v = embedder.embed(texts);
    assertThat(v[0]).isSameAs(v[2]);
    assertThat(SentenceEmbedder.cosine(v[0], v[1])).isLessThan(0.95);
    assertThat(embedder.embed("A storm closed the airport.")).isSameAs(v[1]);
  }

  @Test
  void deterministicAcrossFreshModels() {
    SentenceEmbedder fresh = UNCACHED;
    String text = "Divers found the missing crew member alive under the hull.";
    assertThat(fresh.embed(text)).containsExactly(embedder.embed(text));
  }

  @Test
  void aTextsVectorDoesNotDependOnTheOtherTextsOfTheCall() {
    SentenceEmbedder uncached = UNCACHED;
    List<String> texts = List.of("Short one.",
        "A much longer sentence about the ferry that ran aground in the fog, with all the detail "
            + "a reporter could add about the weather, the tide and the crew on board.",
        "Medium length sentence about the coast guard response.");
    float[][] batched = uncached.embed(texts);
    for (int i = 0; i < texts.size(); i++) {
      float[] single = uncached.embed(texts.get(i));
      for (int d = 0; d < single.length; d++) {
        assertThat(batched[i][d]).isCloseTo(single[d], within(1e-5f));
      }
      assertThat(batched[i]).isNotSameAs(single);
    }
  }

  @Test
  void concurrentCallersGetTheSameVectors() throws Exception {
    SentenceEmbedder fresh = UNCACHED;
    List<String> texts = List.of("The bridge reopened after repairs.", "Two ministers resigned.",
        "Fog delayed flights out of the capital.");
    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      var a = pool.submit(() -> fresh.embed(texts));
      var b = pool.submit(() -> fresh.embed(List.of(texts.get(2), texts.get(1), texts.get(0))));
      float[][] va = a.get();
      float[][] vb = b.get();
      for (int i = 0; i < texts.size(); i++) {
        assertThat(va[i]).containsExactly(vb[texts.size() - 1 - i]);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void cosineOfIdenticalAndOrthogonal() {
    assertThat(SentenceEmbedder.cosine(new float[] {1, 0}, new float[] {2, 0})).isEqualTo(1.0);
    assertThat(SentenceEmbedder.cosine(new float[] {1, 0}, new float[] {0, 3})).isEqualTo(0.0);
  }
}
