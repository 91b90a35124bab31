package org.newsfuse.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfuse.model.Story;

class SentenceAlignerTest {

  private final Story story = InventedStory.get();
  private final List<SentenceGroup> groups = new SentenceAligner().align(story);

  @Test
  void everySentenceIsInExactlyOneGroup() {
    List<SentenceRef> seen = new ArrayList<>();
    for (SentenceGroup g : groups) seen.addAll(g.members());
    int total = story.documents().stream().mapToInt(d -> d.sentences().size()).sum();
    assertThat(seen).hasSize(total).doesNotHaveDuplicates();
  }

  @Test
  void wireCopyIsOneGroupDespiteTheDateline() {
    SentenceGroup wire = groupContaining("forcing 212 passengers to evacuate");
    assertThat(wire.members()).extracting(r -> r.documentIn(story).source())
        .containsExactlyInAnyOrder("Norpress", "Coastline Today");
  }

  @Test
  void editedCopyJoinsItsOriginal() {
    SentenceGroup engine = groupContaining("started in the engine room");
    assertThat(engine.documentCount()).isEqualTo(2);
    assertThat(engine.members()).extracting(r -> r.documentIn(story).source())
        .containsExactlyInAnyOrder("Norpress", "Kessel Island Gazette");
  }

  @Test
  void differentSentencesStayApart() {
    SentenceGroup wire = groupContaining("forcing 212 passengers to evacuate");
    SentenceGroup beacon = groupContaining("had all been evacuated");
    assertThat(wire).isNotEqualTo(beacon);
    assertThat(groupContaining("built in 1994").size()).isEqualTo(1);
  }

  @Test
  void alignmentIsDeterministic() {
    assertThat(new SentenceAligner().align(story)).isEqualTo(groups);
  }

  @Test
  void representativeIsAMemberAndMembersAreSorted() {
    for (SentenceGroup g : groups) {
      assertThat(g.members()).contains(g.representative()).isSorted();
    }
  }

  private SentenceGroup groupContaining(String words) {
    for (SentenceGroup g : groups) {
      if (g.representative().in(story).text().contains(words)) return g;
      for (SentenceRef r : g.members()) {
        if (r.in(story).text().contains(words)) return g;
      }
    }
    throw new AssertionError("no sentence contains " + words);
  }
}
