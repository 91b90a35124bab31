package org.newsfuse.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsfuse.ingest.ArticleReader;
import org.newsfuse.model.Article;

class StoryGeneratorTest {
  private static List<Article> fixture;

  @BeforeAll
  static void readFixture() {
    fixture = new ArticleReader().read(List.of(BenchStories.locateFixture())).articles();
    assertThat(fixture).hasSizeGreaterThan(3);
  }

  @Test
  void makesTheRequestedNumberOfArticlesWithDistinctIdsOutletsAndTexts() {
    List<Article> story = new StoryGenerator(fixture, StoryGenerator.DEFAULT_SEED).generate(100);

    assertThat(story).hasSize(100);
    assertThat(story).extracting(Article::id).doesNotHaveDuplicates();
    assertThat(story).extracting(Article::url).doesNotHaveDuplicates();
    assertThat(story).extracting(Article::text).doesNotHaveDuplicates();
    assertThat(story).extracting(Article::source).doesNotHaveDuplicates();
    assertThat(story).allSatisfy(a -> assertThat(a.text()).isNotBlank());
  }

  @Test
  void sameSeedSameStoryOtherSeedOtherStory() {
    List<Article> once = new StoryGenerator(fixture, 7).generate(30);
    List<Article> again = new StoryGenerator(fixture, 7).generate(30);
    List<Article> other = new StoryGenerator(fixture, 8).generate(30);

    assertThat(again).isEqualTo(once);
    assertThat(other).extracting(Article::text).isNotEqualTo(once.stream().map(Article::text).toList());
  }

  @Test
  void mostParagraphsAreReworded() {
    Set<String> original = new HashSet<>();
    for (Article a : fixture) original.addAll(StoryGenerator.paragraphs(a.text()));
    List<Article> story = new StoryGenerator(fixture, StoryGenerator.DEFAULT_SEED).generate(40);

    int paragraphs = 0;
    int verbatim = 0;
    for (Article a : story) {
      for (String p : StoryGenerator.paragraphs(a.text())) {
        paragraphs++;
        if (original.contains(p)) verbatim++;
      }
    }
    assertThat(paragraphs).isGreaterThan(40 * 3);
    assertThat(verbatim).isLessThan(paragraphs / 2);
  }

  @Test
  void articleKeepsItsBaseReportsLeadAndPublicationOrder() {
    List<Article> story = new StoryGenerator(fixture, StoryGenerator.DEFAULT_SEED).generate(
        fixture.size());

    for (int k = 0; k < story.size(); k++) {
      Article base = fixture.get(k);
      Article made = story.get(k);
      assertThat(made.origin()).contains(base.origin());
      assertThat(made.language()).isEqualTo(base.language());
      if (base.published() != null) assertThat(made.published()).isAfterOrEqualTo(base.published());
      String lead = StoryGenerator.paragraphs(base.text()).get(0);
      String madeLead = StoryGenerator.paragraphs(made.text()).get(0);
      // Rewording keeps sentence structure: same length in words.
      assertThat(madeLead.split("\\s+").length).isBetween(lead.split("\\s+").length - 3,
          lead.split("\\s+").length + 3);
    }
  }
}
