package org.newsfuse.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsfuse.NewsFuse;
import org.newsfuse.examples.FixtureStory;
import org.newsfuse.ingest.ArticleReader;
import org.newsfuse.ingest.IngestResult;
import org.newsfuse.model.Article;
import org.newsfuse.render.HtmlRenderer;
import org.newsfuse.render.JsonRenderer;
import org.newsfuse.render.MarkdownRenderer;

/**
 * The whole path — ingest, analyze, brief, render — on the project's invented story, checked
 * against its planted truth (examples/truth/harbour-ferry-fire.json).
 */
class FixtureBriefingTest {
  private static FixtureStory story;
  private static List<Article> articles;
  private static Map<String, Article> byId;
  private static Briefing briefing;

  @BeforeAll
  static void briefTheFixture() {
    story = FixtureStory.load(FixtureStory.HARBOUR_FERRY_FIRE);
    IngestResult read = new ArticleReader().read(List.of(story.dir()));
    assertThat(read.problems()).as("the example story reads cleanly").isEmpty();
    articles = read.articles();
    byId = new HashMap<>();
    for (Article a : articles) byId.put(a.id(), a);
    briefing = NewsFuse.builder().words(100).threads(2).build().brief(articles);
  }

  @Test
  void everySourceOfEveryLinePointsIntoItsArticle() {
    List<SourceRef> all = allSources(briefing);
    assertThat(all).isNotEmpty();
    for (SourceRef s : all) {
      Article a = byId.get(s.article());
      assertThat(a).as("article %s exists", s.article()).isNotNull();
      assertThat(s.outlet()).isEqualTo(a.source());
      assertThat(s.begin()).isGreaterThanOrEqualTo(0).isLessThan(s.end());
      assertThat(s.end()).isLessThanOrEqualTo(a.text().length());
    }
  }

  @Test
  void summarySentencesAreTheWordsOfTheirSources() {
    assertThat(briefing.summary()).isNotEmpty();
    for (SummarySentence s : briefing.summary()) {
      // Every summary sentence is, word for word, (a trimmed part of) its first source sentence.
      SourceRef first = s.sources().get(0);
      String source = words(byId.get(first.article()).text().substring(first.begin(), first.end()));
      assertThat(source).as("source span of \"%s\"", s.text()).contains(words(s.text()));
    }
  }

  @Test
  void summaryKeepsTheWordBudget() {
    int words = 0;
    for (SummarySentence s : briefing.summary()) words += s.text().split("\\s+").length;
    assertThat(words).isLessThanOrEqualTo(100);
  }

  @Test
  void summaryCoversThePlantedCentralFacts() {
    String summary = summaryText().toLowerCase(Locale.ROOT);
    List<String> covered = new ArrayList<>();
    for (JsonNode fact : story.truth().get("centralFacts")) {
      JsonNode keywords = fact.get("keywords");
      if (keywords.isEmpty()) continue;
      boolean all = true;
      for (JsonNode k : keywords) all &= summary.contains(k.asText().toLowerCase(Locale.ROOT));
      if (all) covered.add(fact.get("id").asText());
    }
    assertThat(covered).as("central facts in: %s", summary).hasSizeGreaterThanOrEqualTo(6)
        .contains("ferry-name", "place", "fire-broke-out");
  }

  @Test
  void noJunkReachesTheBriefing() throws IOException {
    String json = render(new JsonRenderer());
    for (JsonNode junk : story.truth().get("junk")) {
      String text = junk.get("text").asText();
      assertThat(json).as("junk %s", junk.get("kind")).doesNotContain(jsonEscaped(text));
    }
    for (String boilerplate : List.of("pic.twitter", "Sign up", "Share this", "Read more",
        "WARNING", ".jpg", "@")) {
      assertThat(summaryText()).doesNotContain(boilerplate);
    }
  }

  @Test
  void summaryHasNoTwoSentencesSayingTheSameThing() {
    List<SummarySentence> summary = briefing.summary();
    for (int i = 0; i < summary.size(); i++) {
      for (int j = i + 1; j < summary.size(); j++) {
        assertThat(overlap(summary.get(i).text(), summary.get(j).text()))
            .as("%s / %s", summary.get(i).text(), summary.get(j).text()).isLessThan(0.6);
      }
    }
  }

  @Test
  void wireCopyCountsAsOneSourceAndShowsEveryOutlet() {
    Set<String> wire = Set.of(outletOf("norpress"), outletOf("coastline-today"));
    boolean sawWireFact = false;
    for (Fact f : briefing.facts()) {
      if (f.outlets().containsAll(wire)) {
        sawWireFact = true;
        assertThat(f.independentSources()).as(f.text()).isLessThan(f.outlets().size());
      }
    }
    assertThat(sawWireFact).isTrue();
  }

  @Test
  void everyPlantedKindOfDisagreementIsShown() {
    assertThat(briefing.disagreements()).extracting(Disagreement::kind)
        .contains("NUMBER", "OUTCOME", "WHO", "WHERE", "HEDGE");
    for (Disagreement d : briefing.disagreements()) {
      assertThat(d.versions()).as(d.point()).hasSizeGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void timelineRunsInTimeOrder() {
    assertThat(briefing.timeline()).hasSizeGreaterThanOrEqualTo(5);
    List<String> times = briefing.timeline().stream().map(TimelineEntry::time).toList();
    assertThat(times).isSortedAccordingTo(String::compareTo);
    assertThat(times).anyMatch(t -> t.startsWith("2025-03-11T06:40"));
  }

  @Test
  void articleWithoutPublishedTimeGetsAnInferredOne() {
    ArticleInfo beacon = briefing.articles().stream()
        .filter(a -> a.id().startsWith("daily-beacon")).findFirst().orElseThrow();
    assertThat(beacon.publishedInferred()).isTrue();
    assertThat(beacon.published()).isNotNull();
    assertThat(beacon.published().toString()).startsWith("2025-03-11");
    assertThat(briefing.articles()).filteredOn(a -> !a.id().startsWith("daily-beacon"))
        .allMatch(a -> !a.publishedInferred());
  }

  @Test
  void sameInputGivesTheSameBytes() throws IOException {
    Briefing again = NewsFuse.builder().words(100).threads(1).build().brief(articles);
    StringWriter a = new StringWriter();
    StringWriter b = new StringWriter();
    new JsonRenderer().render(briefing, a);
    new JsonRenderer().render(again, b);
    assertThat(b.toString()).isEqualTo(a.toString());
  }

  @Test
  void jsonFollowsThePublishedSchema() throws IOException {
    Path schemaFile = FixtureStory.examplesDir().getParent().resolve("docs/briefing.schema.json");
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(Files.readString(schemaFile));
    JsonNode json = JsonRenderer.mapper().readTree(render(new JsonRenderer()));
    Set<ValidationMessage> errors = schema.validate(json);
    assertThat(errors).isEmpty();
    assertThat(json.get("summary").get(0).fieldNames()).toIterable()
        .containsExactly("text", "sources");
  }

  @Test
  void markdownAndHtmlShowEverySection() throws IOException {
    String md = render(new MarkdownRenderer());
    assertThat(md).startsWith("# " + briefing.headline()).contains("## Summary", "## Sources");
    String html = render(new HtmlRenderer());
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<section id=\"summary\">")
        .contains("data-article=\"" + briefing.summary().get(0).sources().get(0).article());
    assertThat(html).doesNotContain("<script");
  }

  private static String outletOf(String truthId) {
    for (JsonNode a : story.truth().get("articles")) {
      if (a.get("id").asText().equals(truthId)) return a.get("outlet").asText();
    }
    throw new IllegalArgumentException(truthId);
  }

  private static String summaryText() {
    StringBuilder sb = new StringBuilder();
    for (SummarySentence s : briefing.summary()) sb.append(s.text()).append('\n');
    return sb.toString();
  }

  private static String render(org.newsfuse.render.BriefingRenderer r) throws IOException {
    StringWriter w = new StringWriter();
    r.render(briefing, w);
    return w.toString();
  }

  private static String words(String s) {
    return s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip().toLowerCase(Locale.ROOT);
  }

  private static String jsonEscaped(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  private static double overlap(String a, String b) {
    Set<String> x = new HashSet<>(Arrays.asList(words(a).split(" ")));
    Set<String> y = new HashSet<>(Arrays.asList(words(b).split(" ")));
    long common = x.stream().filter(y::contains).count();
    return (double) common / Math.min(x.size(), y.size());
  }

  static List<SourceRef> allSources(Briefing b) {
    List<SourceRef> all = new ArrayList<>();
    b.summary().forEach(s -> all.addAll(s.sources()));
    b.facts().forEach(f -> all.addAll(f.sources()));
    b.disagreements().forEach(d -> d.versions().forEach(v -> all.addAll(v.sources())));
    b.timeline().forEach(t -> all.addAll(t.sources()));
    b.entities().forEach(e -> all.addAll(e.mentions()));
    b.quotes().forEach(q -> all.addAll(q.sources()));
    return all;
  }
}
