package org.newsfuse.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsfuse.embed.SentenceEmbedder;
import org.newsfuse.nlp.CoreNlpPipeline;

class ModelPreloaderTest {
  @Test
  void preloadsTheSharedModelsOnce() {
    ModelPreloader.preloadAll();
    SentenceEmbedder embedder = SentenceEmbedder.shared();
    var pipeline = CoreNlpPipeline.get();
    ModelPreloader.preloadAll();
    assertThat(SentenceEmbedder.shared()).isSameAs(embedder);
    assertThat(CoreNlpPipeline.get()).isSameAs(pipeline);
    assertThat(embedder.embed("Rescuers reached the ferry at dawn.")).hasSize(384);
  }
}
