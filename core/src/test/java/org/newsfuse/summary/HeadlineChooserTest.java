package org.newsfuse.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfuse.align.InventedStory;
import org.newsfuse.model.Article;
import org.newsfuse.model.Document;
import org.newsfuse.model.Story;

class HeadlineChooserTest {

  private final Story story = InventedStory.get();

  @Test
  void picksTheMostRepresentativeTitleWithoutTheSiteName() {
    String headline = new HeadlineChooser().headline(story);
    assertThat(headline).isEqualTo("Ferry Marrow Star catches fire in Port Linden harbour");
  }

  @Test
  void withoutTitlesTakesACentralSelfContainedSentence() {
    List<Document> untitled = story.documents().stream().map(d -> {
      Article a = d.article();
      Article bare = new Article(a.id(), a.source(), a.url(), null, a.published(), a.text(),
          a.language(), a.origin());
      return new Document(bare, d.sentences(), d.entities(), d.times(), d.quotes(), d.junk());
    }).toList();
    String headline = new HeadlineChooser().headline(Story.of(story.id(), untitled));
    assertThat(headline).contains("Marrow Star").doesNotStartWith("He ").doesNotContain("?");
  }
}
