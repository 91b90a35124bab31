package org.newsfuse.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code examples/harbour-ferry-fire/truth.json} honest: every string it plants must really
 * be in the named article, and the structure the other tests rely on (kinds, counts, order) must
 * hold. If an article text is edited, this test says which truth entry drifted.
 */
class FixtureTruthTest {
  private static final Set<String> DISAGREEMENT_KINDS =
      Set.of("NUMBER", "OUTCOME", "WHO", "WHERE", "HEDGE");
  private static final Map<String, Character> OPENING_MARK = Map.of(
      "straight-double", '"', "curly-double", '“', "straight-single", '\'',
      "curly-single", '‘', "guillemets", '«');

  private static FixtureStory story;
  private static JsonNode truth;

  @BeforeAll
  static void load() {
    story = FixtureStory.load(FixtureStory.HARBOUR_FERRY_FIRE);
    truth = story.truth();
  }

  @Test
  void articlesAgreeWithTheMetadataInTheirFiles() throws IOException {
    SoftAssertions soft = new SoftAssertions();
    assertThat(truth.get("articles")).hasSizeGreaterThanOrEqualTo(7);
    Set<String> files = new TreeSet<>();
    for (JsonNode a : truth.get("articles")) {
      String id = a.get("id").asText();
      files.add(a.get("file").asText());
      String raw = Files.readString(story.file(id), StandardCharsets.UTF_8);
      String outlet = a.get("outlet").asText();
      Instant published = a.get("published").isNull() ? null
          : Instant.parse(a.get("published").asText());
      int words = story.text(id).trim().split("\\s+").length;
      soft.assertThat(words).as("%s word count", id).isBetween(250, 650);
      switch (a.get("format").asText()) {
        case "text+frontmatter", "markdown+frontmatter" -> {
          soft.assertThat(FixtureStory.frontMatterValue(raw, "source")).as(id).isEqualTo(outlet);
          soft.assertThat(FixtureStory.frontMatterValue(raw, "title")).as(id)
              .isEqualTo(a.get("title").asText());
          soft.assertThat(Instant.parse(FixtureStory.frontMatterValue(raw, "published")))
              .as(id).isEqualTo(published);
        }
        case "jsonl" -> {
          JsonNode line = new ObjectMapper()
              .readTree(raw.split("\n")[a.get("index").asInt()]);
          soft.assertThat(line.get("source").asText()).as(id).isEqualTo(outlet);
          soft.assertThat(line.get("title").asText()).as(id).isEqualTo(a.get("title").asText());
          soft.assertThat(OffsetDateTime.parse(line.get("published").asText()).toInstant())
              .as(id).isEqualTo(published);
        }
        case "html" -> {
          Document page = Jsoup.parse(raw);
          soft.assertThat(page.selectFirst("meta[property=og:site_name]").attr("content"))
              .as(id).isEqualTo(outlet);
          soft.assertThat(page.selectFirst("meta[property=og:title]").attr("content"))
              .as(id).isEqualTo(a.get("title").asText());
          soft.assertThat(Instant.parse(page.selectFirst("meta[property=article:published_time]")
              .attr("content"))).as(id).isEqualTo(published);
          soft.assertThat(page.selectFirst("script[type=application/ld+json]").data())
              .as(id).contains("\"NewsArticle\"", a.get("published").asText());
        }
        case "rss" -> {
          Document feed = Jsoup.parse(raw, "", Parser.xmlParser());
          Element item = feed.select("item").get(a.get("index").asInt());
          soft.assertThat(feed.selectFirst("channel > title").text()).as(id).isEqualTo(outlet);
          soft.assertThat(item.selectFirst("title").text()).as(id)
              .isEqualTo(a.get("title").asText());
          soft.assertThat(ZonedDateTime.parse(item.selectFirst("pubDate").text(),
              DateTimeFormatter.RFC_1123_DATE_TIME).toInstant()).as(id).isEqualTo(published);
        }
        case "text" -> {
          // No metadata at all: the outlet comes from the file name, the date from the dateline.
          soft.assertThat(published).as(id).isNull();
          soft.assertThat(a.get("file").asText()).as(id).isEqualTo(outlet + ".txt");
          soft.assertThat(raw).as(id).doesNotStartWith("---")
              .contains(a.get("inferredFrom").asText());
          LocalDate.parse(a.get("inferredDate").asText());
        }
        default -> soft.fail("unknown format for " + id);
      }
    }
    soft.assertThat(files).as("six input files").hasSize(6);
    soft.assertAll();
  }

  @Test
  void sourceGroupsCoverEveryArticleOnce() {
    List<String> grouped = new ArrayList<>();
    truth.get("sourceGroups").forEach(g -> g.forEach(id -> grouped.add(id.asText())));
    assertThat(grouped).containsExactlyInAnyOrderElementsOf(story.articleIds());
  }

  @Test
  void centralFactsAreCarriedByAtLeastThreeIndependentSources() {
    SoftAssertions soft = new SoftAssertions();
    assertThat(truth.get("centralFacts")).hasSizeGreaterThanOrEqualTo(6);
    for (JsonNode fact : truth.get("centralFacts")) {
      String id = fact.get("id").asText();
      List<String> articles = strings(fact.get("articles"));
      soft.assertThat(fact.get("independentSources").asInt()).as(id)
          .isEqualTo(sourceGroupsOf(articles).size())
          .isGreaterThanOrEqualTo(3);
      for (String article : articles) {
        for (String keyword : strings(fact.get("keywords"))) {
          soft.assertThat(story.text(article).toLowerCase(Locale.ROOT)).as("%s keyword in %s", id,
              article).contains(keyword.toLowerCase(Locale.ROOT));
        }
      }
      checkEvidence(soft, id, fact.get("evidence"));
      checkOutlets(soft, id, fact);
    }
    soft.assertAll();
  }

  @Test
  void wireCopyIsRepeatedWithSmallEdits() {
    JsonNode wire = truth.get("wireCopy");
    String original = story.text(wire.get("original").asText());
    SoftAssertions soft = new SoftAssertions();
    for (JsonNode repeatedBy : wire.get("repeatedBy")) {
      String copy = story.text(repeatedBy.asText());
      soft.assertThat(sourceGroupsOf(List.of(wire.get("original").asText(), repeatedBy.asText())))
          .as("wire and its repeat are one source").hasSize(1);
      soft.assertThat(copy).contains(wire.get("sharedSentence").asText())
          .contains(wire.at("/changedSentence/repeated").asText())
          .doesNotContain(wire.at("/changedSentence/original").asText());
      soft.assertThat(original).contains(wire.get("sharedSentence").asText())
          .contains(wire.at("/changedSentence/original").asText());
      for (String added : strings(wire.get("addedInRepeat"))) {
        soft.assertThat(copy).contains(added);
        soft.assertThat(original).doesNotContain(added);
      }
      for (String dropped : strings(wire.get("droppedInRepeat"))) {
        soft.assertThat(original).contains(dropped);
        soft.assertThat(copy).doesNotContain(dropped);
      }
      // "small edits": most of the wire's paragraphs survive verbatim in the repeat
      long kept = original.lines().filter(l -> !l.isBlank()).filter(copy::contains).count();
      long all = original.lines().filter(l -> !l.isBlank()).count();
      soft.assertThat(kept).as("paragraphs kept verbatim").isGreaterThanOrEqualTo(all - 3);
    }
    soft.assertAll();
  }

  @Test
  void everyDisagreementKindIsPlantedAndVersionsAreExclusive() {
    SoftAssertions soft = new SoftAssertions();
    Set<String> kinds = new TreeSet<>();
    for (JsonNode d : truth.get("disagreements")) {
      String id = d.get("id").asText();
      kinds.add(d.get("kind").asText());
      soft.assertThat(DISAGREEMENT_KINDS).as(id).contains(d.get("kind").asText());
      soft.assertThat(d.get("versions")).as(id).hasSizeGreaterThanOrEqualTo(2);
      for (JsonNode v : d.get("versions")) {
        checkEvidence(soft, id, v.get("evidence"));
        checkOutlets(soft, id, v);
        String marker = v.get("mustContain").isNull() ? null : v.get("mustContain").asText();
        for (String article : strings(v.get("articles"))) {
          if (marker != null) {
            soft.assertThat(story.text(article)).as("%s marker in %s", id, article)
                .contains(marker);
          }
          for (JsonNode other : d.get("versions")) {
            if (other != v && !other.get("mustContain").isNull()) {
              soft.assertThat(story.text(article))
                  .as("%s: %s must not also carry the other version", id, article)
                  .doesNotContain(other.get("mustContain").asText());
            }
          }
        }
      }
    }
    soft.assertThat(kinds).isEqualTo(DISAGREEMENT_KINDS);
    soft.assertAll();
  }

  @Test
  void nonDisagreementsAreInTheirArticles() {
    SoftAssertions soft = new SoftAssertions();
    assertThat(truth.get("nonDisagreements")).isNotEmpty();
    for (JsonNode n : truth.get("nonDisagreements")) {
      checkEvidence(soft, n.get("id").asText(), n.get("evidence"));
    }
    soft.assertAll();
  }

  @Test
  void entityVariantsAndRolesAreInTheirArticles() {
    SoftAssertions soft = new SoftAssertions();
    for (JsonNode e : truth.get("entities")) {
      String name = e.get("canonical").asText();
      Set<String> union = new LinkedHashSet<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = e.get("variants").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> variant = it.next();
        for (String article : strings(variant.getValue())) {
          union.add(article);
          soft.assertThat(story.text(article)).as("%s variant in %s", name, article)
              .contains(variant.getKey());
        }
      }
      soft.assertThat(strings(e.get("articles"))).as(name).containsExactlyInAnyOrderElementsOf(union);
      soft.assertThat(strings(e.get("acceptableTypes"))).as(name).contains(e.get("type").asText());
      if (e.has("roleEvidence")) {
        checkEvidence(soft, name, e.get("roleEvidence"));
      }
      checkOutlets(soft, name, e);
    }
    soft.assertAll();
  }

  @Test
  void quotesAreInTheirArticlesWithTheRecordedQuoteMarks() {
    SoftAssertions soft = new SoftAssertions();
    Set<String> styles = new TreeSet<>();
    boolean unattributed = false;
    for (JsonNode q : truth.get("quotes")) {
      String id = q.get("id").asText();
      String words = q.get("textContains").asText();
      unattributed |= q.get("speaker").isNull();
      for (String article : strings(q.get("articles"))) {
        String text = story.text(article);
        int at = text.indexOf(words);
        soft.assertThat(at).as("%s in %s", id, article).isGreaterThan(0);
        String style = q.at("/style/" + article).asText();
        styles.add(style);
        soft.assertThat(OPENING_MARK).as(id).containsKey(style);
        if (at > 0 && OPENING_MARK.containsKey(style)) {
          soft.assertThat(text.charAt(at - 1)).as("%s opening mark in %s", id, article)
              .isEqualTo(OPENING_MARK.get(style));
        }
        soft.assertThat(q.at("/pattern/" + article).isTextual()).as(id).isTrue();
      }
      checkEvidence(soft, id, q.get("evidence"));
      if (q.has("alsoEmbeddedIn")) {
        checkEvidence(soft, id, q.get("alsoEmbeddedIn"));
      }
      if (q.has("secondParagraphContains")) {
        String text = story.text(q.get("articles").get(0).asText());
        soft.assertThat(text).contains(q.get("secondParagraphContains").asText());
      }
      checkOutlets(soft, id, q);
    }
    soft.assertThat(styles).isEqualTo(OPENING_MARK.keySet());
    soft.assertThat(unattributed).as("one quote with no safe speaker").isTrue();
    soft.assertAll();
  }

  @Test
  void timelineIsOrderedAndInItsArticles() {
    SoftAssertions soft = new SoftAssertions();
    String previous = "";
    for (JsonNode t : truth.get("timeline")) {
      String time = t.get("time").asText();
      String label = time + " " + t.get("textContains").asText();
      if (time.length() == 10) {
        LocalDate.parse(time);
      } else {
        LocalDateTime.parse(time);
      }
      soft.assertThat(t.get("precision").asText()).as(label).isIn("DAY", "HOUR", "MINUTE");
      soft.assertThat(time.compareTo(previous)).as("%s in order", label).isGreaterThanOrEqualTo(0);
      previous = time;
      checkEvidence(soft, label, t.get("evidence"));
      if (t.has("vagueAlso")) {
        checkEvidence(soft, label, t.get("vagueAlso"));
      }
      checkOutlets(soft, label, t);
    }
    soft.assertAll();
  }

  @Test
  void junkTimeTrapsAndLiveStampsAreInTheirArticles() {
    SoftAssertions soft = new SoftAssertions();
    for (JsonNode j : truth.get("junk")) {
      soft.assertThat(story.text(j.get("article").asText())).as(j.get("kind").asText())
          .contains(j.get("text").asText());
    }
    for (JsonNode trap : truth.get("timeTraps")) {
      if (trap.has("article")) {
        soft.assertThat(story.text(trap.get("article").asText())).contains(trap.get("text").asText());
      }
    }
    JsonNode stamps = truth.get("liveBlogStamps");
    for (String stamp : strings(stamps.get("stamps"))) {
      soft.assertThat(story.text(stamps.get("article").asText())).contains(stamp);
    }
    soft.assertAll();
  }

  @Test
  void htmlClutterIsWhereTheTruthSaysItIs() throws IOException {
    JsonNode clutter = truth.get("htmlClutter");
    String id = clutter.get("article").asText();
    String page = Jsoup.parse(Files.readString(story.file(id), StandardCharsets.UTF_8)).text();
    SoftAssertions soft = new SoftAssertions();
    for (String s : strings(clutter.get("strings"))) {
      soft.assertThat(page).contains(s);
      soft.assertThat(story.text(id)).doesNotContain(s);
    }
    for (String s : strings(clutter.get("inArticleClutter"))) {
      soft.assertThat(story.text(id)).contains(s);
    }
    for (String s : strings(clutter.get("bodyExtras"))) {
      soft.assertThat(story.text(id)).contains(s);
    }
    soft.assertAll();
  }

  private static void checkEvidence(SoftAssertions soft, String what, JsonNode evidence) {
    for (Iterator<Map.Entry<String, JsonNode>> it = evidence.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      soft.assertThat(story.text(e.getKey())).as("%s evidence in %s", what, e.getKey())
          .contains(e.getValue().asText());
    }
  }

  /** {@code outlets} is derived from {@code articles}; keep them in step. */
  private static void checkOutlets(SoftAssertions soft, String what, JsonNode entry) {
    Set<String> expected = new LinkedHashSet<>();
    for (String article : strings(entry.get("articles"))) {
      expected.add(story.article(article).get("outlet").asText());
    }
    soft.assertThat(strings(entry.get("outlets"))).as("%s outlets", what)
        .containsExactlyElementsOf(expected);
  }

  private static Set<String> sourceGroupsOf(List<String> articles) {
    Set<String> groups = new TreeSet<>();
    truth.get("sourceGroups").fields().forEachRemaining(g -> {
      for (JsonNode id : g.getValue()) {
        if (articles.contains(id.asText())) {
          groups.add(g.getKey());
        }
      }
    });
    return groups;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
