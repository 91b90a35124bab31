package org.newsfuse.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfuse.align.InventedStory;
import org.newsfuse.analyze.Analyzer;
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

  @Test
  void withoutTitlesTakesADeclarativeSentenceOfTheStoryVerbatim() {
    Story untitled = ParaphrasedLeadsStory.get();
    String headline = new HeadlineChooser().headline(untitled);
    assertThat(untitled.documents()).anyMatch(d -> d.article().text().contains(headline));
    assertThat(headline.split("\\s+").length).isBetween(8, 25);
    assertThat(headline).doesNotContain("?", "\"").doesNotStartWith("According");
  }

  @Test
  void quotesAttributionsAndQuestionsDoNotReadAsHeadlines() {
    Analyzer analyzer = new Analyzer();
    String text = "A video showed the driver shouting: \"Keep the gates open, all of you!\"\n\n"
        + "Police said the driver had been arrested near the harbour on Friday night.\n\n"
        + "According to the mayor, the bridge will reopen to traffic in three weeks.\n\n"
        + "Was the bridge inspected before the storm hit the town last night?\n\n"
        + "The storm tore the roof off the Brannock town hall on Friday night, leaving the "
        + "building open to the rain.\n\n"
        + "Storm damaged hall.";
    Document doc = analyzer.analyze(new Article("storm-1", "Brannock Echo", null, null, null,
        text, "en", "storm-1"));
    List<Boolean> reads = doc.sentences().stream()
        .map(s -> HeadlineSentence.readsAsHeadline(TrimmedSentence.whole(doc, s))).toList();
    assertThat(reads).containsExactly(false, false, false, false, true, false);
  }
}
