package org.newsfuse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsfuse.examples.FixtureStory;
import org.newsfuse.model.Article;

/**
 * The project's invented example story read through the real reader: every article found with the
 * outlet, title, time and url its truth file records, page furniture left out, and every evidence
 * string the later stages rely on still present in the ingested text.
 */
class ExampleStoryIngestTest {
  private static final Pattern HTML_TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z][a-zA-Z0-9]*[^>]*>");
  private static final Pattern HTML_ENTITY = Pattern.compile("&(?:[a-zA-Z]{2,8}|#\\d{2,6}|#x[0-9a-fA-F]{2,5});");

  private static FixtureStory story;
  private static IngestResult result;
  private static Map<String, Article> byTruthId;

  @BeforeAll
  static void readStory() {
    story = FixtureStory.load(FixtureStory.HARBOUR_FERRY_FIRE);
    // the story folder also holds its answer key, which is not news
    ArticleReader reader = new ArticleReader(IngestOptions.defaults().withExclude("TRUTH.md", "truth.json"));
    result = reader.read(List.of(story.dir()));
    byTruthId = new LinkedHashMap<>();
    for (JsonNode truth : story.truth().get("articles")) {
      String origin = story.dir().resolve(truth.get("file").asText()).toString();
      if (truth.has("index")) {
        int number = truth.get("index").asInt() + 1;
        origin += truth.get("format").asText().equals("jsonl") ? "#line " + number : "#item " + number;
      }
      String wanted = origin;
      result.articles().stream().filter(a -> a.origin().equals(wanted)).findFirst()
          .ifPresent(a -> byTruthId.put(truth.get("id").asText(), a));
    }
  }

  @Test
  void everyArticleIsReadWithoutProblems() {
    assertThat(result.problems()).isEmpty();
    assertThat(result.articles()).hasSize(story.articleIds().size());
    assertThat(byTruthId.keySet()).containsExactlyElementsOf(story.articleIds());
    assertThat(result.articles()).extracting(Article::id).doesNotHaveDuplicates();
  }

  @Test
  void outletTitleTimeAndUrlMatchTheTruth() {
    SoftAssertions soft = new SoftAssertions();
    for (String id : story.articleIds()) {
      JsonNode truth = story.article(id);
      Article a = byTruthId.get(id);
      soft.assertThat(a).as(id).isNotNull();
      if (a == null) continue;
      soft.assertThat(a.source()).as(id + " outlet").isEqualTo(expectedOutlet(truth));
      soft.assertThat(a.title()).as(id + " title").isEqualTo(textOrNull(truth.get("title")));
      String published = textOrNull(truth.get("published"));
      soft.assertThat(a.published()).as(id + " published")
          .isEqualTo(published == null ? null : Instant.parse(published));
      soft.assertThat(a.url()).as(id + " url").isEqualTo(textOrNull(truth.get("url")));
    }
    soft.assertAll();
  }

  @Test
  void theOnlyArticleWithoutMetadataIsThePlainTextOne() {
    List<String> withoutTime = new ArrayList<>();
    byTruthId.forEach((id, a) -> {
      if (a.published() == null) withoutTime.add(id);
    });
    assertThat(withoutTime).containsExactly("daily-beacon");
    assertThat(byTruthId.get("daily-beacon").title()).isNull();
  }

  @Test
  void noMarkupOrPageFurnitureLeaksIntoTexts() {
    SoftAssertions soft = new SoftAssertions();
    byTruthId.forEach((id, a) -> {
      soft.assertThat(HTML_TAG.matcher(a.text()).find()).as(id + " has an HTML tag").isFalse();
      soft.assertThat(HTML_ENTITY.matcher(a.text()).find()).as(id + " has an HTML entity").isFalse();
      soft.assertThat(a.text()).as(id).doesNotContain("\r", "\n\n\n", "<![CDATA[", "---\ntitle:");
      soft.assertThat(a.text().split("\n\n").length).as(id + " paragraphs").isGreaterThan(3);
    });
    JsonNode clutter = story.truth().get("htmlClutter");
    Article page = byTruthId.get(clutter.get("article").asText());
    for (String field : List.of("strings", "inArticleClutter")) {
      for (JsonNode s : clutter.get(field)) soft.assertThat(page.text()).as(field).doesNotContain(s.asText());
    }
    soft.assertAll();
  }

  @Test
  void everyEvidenceStringOfTheTruthIsInTheIngestedText() {
    Map<String, List<String>> evidence = new LinkedHashMap<>();
    collectEvidence(story.truth(), evidence);
    assertThat(evidence).isNotEmpty();
    SoftAssertions soft = new SoftAssertions();
    evidence.forEach((id, strings) -> {
      Article a = byTruthId.get(id);
      for (String s : strings) soft.assertThat(a.text()).as(id).contains(s);
    });
    soft.assertAll();
  }

  /** truth.json states evidence as {"evidence": {"<article id>": "exact words", ...}} wherever it has any. */
  private static void collectEvidence(JsonNode node, Map<String, List<String>> out) {
    if (node.isObject()) {
      JsonNode evidence = node.get("evidence");
      if (evidence != null && evidence.isObject()) {
        evidence.fields().forEachRemaining(e -> {
          if (e.getValue().isTextual()) out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue().asText());
        });
      }
    }
    node.forEach(child -> collectEvidence(child, out));
  }

  /**
   * truth.json records a file-derived outlet by the file's stem ("daily-beacon"); ingest shows such
   * names the way the README promises ("Daily Beacon").
   */
  private static String expectedOutlet(JsonNode truth) {
    String outlet = truth.get("outlet").asText();
    String file = truth.get("file").asText();
    return file.startsWith(outlet + ".") ? OutletNameFromFile.outletFor(file) : outlet;
  }

  private static String textOrNull(JsonNode n) {
    return n == null || n.isNull() ? null : n.asText();
  }
}
