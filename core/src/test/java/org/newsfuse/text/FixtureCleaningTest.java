package org.newsfuse.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsfuse.examples.FixtureStory;

/** The cleaner against the planted junk and the planted facts of the fixture story. */
class FixtureCleaningTest {
  private static final TextCleaner CLEANER = new TextCleaner();
  private static FixtureStory story;

  @BeforeAll
  static void load() {
    story = FixtureStory.load(FixtureStory.HARBOUR_FERRY_FIRE);
  }

  @Test
  void everyPlantedJunkStringIsBlanked() {
    List<String> missed = new ArrayList<>();
    for (JsonNode j : story.truth().get("junk")) {
      String article = j.get("article").asText();
      String junk = j.get("text").asText();
      String text = story.text(article);
      int at = text.indexOf(junk);
      assertThat(at).as("%s in %s", junk, article).isNotNegative();
      CleanText clean = CLEANER.clean(text);
      for (int i = at; i < at + junk.length(); i++) {
        if (!Character.isWhitespace(text.charAt(i)) && !clean.isJunk(i)) {
          missed.add(article + ": " + junk);
          break;
        }
      }
    }
    assertThat(missed).isEmpty();
  }

  @Test
  void liveBlogStampsAreFoundInOrder() {
    JsonNode stamps = story.truth().get("liveBlogStamps");
    CleanText clean = CLEANER.clean(story.text(stamps.get("article").asText()));
    List<String> expected = new ArrayList<>();
    stamps.get("stamps").forEach(s -> expected.add(s.asText()));
    assertThat(clean.stamps()).extracting(Stamp::text).containsExactlyElementsOf(expected);
  }

  @Test
  void theDailyBeaconDatelineGivesItsDate() {
    Dateline d = CLEANER.clean(story.text("daily-beacon")).dateline();
    assertThat(d).isNotNull();
    assertThat(d.place()).isEqualTo("PORT HALDEN");
    assertThat(d.date()).isEqualTo("Tuesday 11 March 2025");
  }

  /** Cleaning must never eat the planted facts, disagreements or quotes. */
  @Test
  void plantedEvidenceSurvivesCleaning() {
    List<String> eaten = new ArrayList<>();
    for (JsonNode fact : story.truth().get("centralFacts")) check(fact.get("evidence"), eaten);
    for (JsonNode d : story.truth().get("disagreements")) {
      for (JsonNode v : d.get("versions")) check(v.get("evidence"), eaten);
    }
    for (JsonNode q : story.truth().get("quotes")) {
      for (JsonNode a : q.get("articles")) {
        String text = story.text(a.asText());
        String quote = q.get("textContains").asText();
        if (text.contains(quote)) checkOne(a.asText(), quote, eaten);
      }
    }
    assertThat(eaten).isEmpty();
  }

  private static void check(JsonNode evidence, List<String> eaten) {
    if (evidence == null) return;
    Iterator<Map.Entry<String, JsonNode>> it = evidence.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      checkOne(e.getKey(), e.getValue().asText(), eaten);
    }
  }

  private static void checkOne(String article, String evidence, List<String> eaten) {
    String text = story.text(article);
    int at = text.indexOf(evidence);
    if (at < 0) return;
    CleanText clean = CLEANER.clean(text);
    for (int i = at; i < at + evidence.length(); i++) {
      if (clean.isJunk(i)) {
        eaten.add(article + ": " + evidence);
        return;
      }
    }
  }
}
