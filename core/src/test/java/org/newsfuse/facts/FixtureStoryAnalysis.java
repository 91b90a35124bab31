package org.newsfuse.facts;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.newsfuse.analyze.Analyzer;
import org.newsfuse.examples.FixtureStory;
import org.newsfuse.model.Article;
import org.newsfuse.model.Document;
import org.newsfuse.model.Story;

/** The invented fixture story, analysed once per test JVM through the real Analyzer. */
public final class FixtureStoryAnalysis {
  private static Story story;
  private static StatementAlignment alignment;

  private FixtureStoryAnalysis() {
  }

  public static synchronized Story story() {
    if (story == null) {
      FixtureStory fixture = FixtureStory.load(FixtureStory.HARBOUR_FERRY_FIRE);
      List<Document> docs = new ArrayList<>();
      Analyzer analyzer = new Analyzer();
      for (String id : fixture.articleIds()) {
        JsonNode a = fixture.article(id);
        Instant published = a.hasNonNull("published") ? Instant.parse(a.get("published").asText())
            : null;
        String title = a.hasNonNull("title") ? a.get("title").asText() : null;
        docs.add(analyzer.analyze(new Article(id, a.get("outlet").asText(), null, title,
            published, fixture.text(id), "en", a.get("file").asText())));
      }
      story = Story.of(FixtureStory.HARBOUR_FERRY_FIRE, docs);
    }
    return story;
  }

  public static synchronized StatementAlignment alignment() {
    if (alignment == null) alignment = StatementAlignment.of(story());
    return alignment;
  }

  public static FixtureStory fixture() {
    return FixtureStory.load(FixtureStory.HARBOUR_FERRY_FIRE);
  }
}
