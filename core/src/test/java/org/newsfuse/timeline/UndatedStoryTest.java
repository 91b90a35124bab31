package org.newsfuse.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsfuse.NewsFuse;
import org.newsfuse.model.Article;
import org.newsfuse.model.Document;
import org.newsfuse.model.Story;
import org.newsfuse.model.TimeExpression;

/**
 * A story none of whose articles gives a publication time: the live blog is dated by the byline of
 * a post it embedded, the other article by the story, and both are analysed against that day.
 */
class UndatedStoryTest {
  private static final String LIVE_BLOG = """
      Update, 09:10 GMT: Divers have reached the sunken pontoon at Grevholm marina.

      Update, 09:40 GMT: A reader sent this picture from the breakwater: the pontoon \
      half under water pic.twitter.com/Zq81Lk — Ines Marr (@inesmarr) April 8, 2031

      Update, 10:05 GMT: The marina says all boats on the pontoon were empty.
      """;
  private static final String REPORT = """
      A floating pontoon sank at Grevholm marina on Tuesday after a storm tore its moorings loose, \
      the harbour office said. Nobody was aboard the boats tied to it. Salvage crews will try to \
      raise it on Thursday, the office said.
      """;

  private static List<Document> documents;

  @BeforeAll
  static void analyse() {
    documents = NewsFuse.builder().threads(1).build().analyze(List.of(
        new Article("blog", "Grevholm Live", null, null, null, LIVE_BLOG, "en", "blog.txt"),
        new Article("report", "Coast Weekly", null, null, null, REPORT, "en", "report.txt")),
        null);
  }

  @Test
  void embeddedPostsDateTheBlogAndTheBlogDatesTheStory() {
    Map<String, PublishedTime> days = new PublishedTimeInference()
        .infer(Story.of("s", documents));
    assertThat(days.get("blog").basis()).isEqualTo("embedded posts");
    assertThat(days.get("blog").published()).hasToString("2031-04-08T00:00:00Z");
    assertThat(days.get("report").basis()).isEqualTo("other articles");
    assertThat(days.get("report").published()).hasToString("2031-04-08T00:00:00Z");
    assertThat(days.values()).allMatch(PublishedTime::inferred);
  }

  @Test
  void stampsFallOnTheInferredDay() {
    List<String> stamps = documents.get(0).times().stream().filter(TimeExpression::stamp)
        .map(t -> String.valueOf(t.resolved())).toList();
    assertThat(stamps).containsExactly("2031-04-08T09:10", "2031-04-08T09:40",
        "2031-04-08T10:05");
  }

  @Test
  void relativeDaysResolveAgainstTheInferredDay() {
    // 8 April 2031 is a Tuesday: "on Tuesday" is that day, "on Thursday" two days later.
    List<String> days = documents.get(1).times().stream().filter(t -> t.resolved() != null)
        .map(t -> t.resolved().toLocalDate().toString()).toList();
    assertThat(days).contains("2031-04-08", "2031-04-10");
  }
}
