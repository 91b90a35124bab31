package org.newsfuse.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfuse.embed.SentenceEmbedder;
import org.newsfuse.model.Story;

class EmbeddingAlignmentTest {

  @Test
  void embeddingsOnlyAddGroupsToTheLexicalAlignment() {
    Story story = InventedStory.get();
    List<SentenceGroup> lexical = new SentenceAligner().align(story);
    List<SentenceGroup> semantic =
        new SentenceAligner(new EmbeddingSimilarity(SentenceEmbedder.shared())).align(story);
    assertThat(semantic.size()).isLessThanOrEqualTo(lexical.size());
    for (SentenceGroup g : lexical) {
      assertThat(semantic).anySatisfy(s -> assertThat(s.members()).containsAll(g.members()));
    }
  }
}
