package org.newsfuse.entities;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsfuse.analyze.Analyzer;
import org.newsfuse.briefing.Entity;
import org.newsfuse.briefing.QuoteEntry;
import org.newsfuse.briefing.SourceRef;
import org.newsfuse.examples.FixtureStory;
import org.newsfuse.model.Article;
import org.newsfuse.model.Document;
import org.newsfuse.model.EntityType;
import org.newsfuse.model.Quote;
import org.newsfuse.model.Story;
import org.newsfuse.quotes.QuoteCollector;
import org.newsfuse.quotes.QuoteFinder;

/**
 * Entities and quotes of two stories analysed by the real {@link Analyzer}: a small invented
 * bridge story written for these checks, and the fixture story with its planted truth.
 */
class StoryEntitiesAndQuotesTest {
  private static final Set<String> NOT_NAMES = Set.of("he", "she", "it", "they", "we", "i",
      "the", "a", "this", "that", "his", "her", "mr", "ms");

  private static Story bridge;
  private static EntityIndex bridgeIndex;
  private static FixtureStory fixture;
  private static Story ferry;
  private static EntityIndex ferryIndex;

  @BeforeAll
  static void analyse() {
    Analyzer analyzer = new Analyzer();
    bridge = Story.of("bridge", List.of(
        analyzer.analyze(article("alpha", "Alpha Wire", """
            A footbridge over the Tessa river in Varnholm collapsed on Friday, injuring six \
            people. City engineer Jana Novák said the structure had been inspected in May.

            "We will find out exactly why this bridge failed," Ms Novák said.

            Mayor Oskar Lindahl visited the site in the afternoon. "This should never have \
            happened in our city," he told reporters. The bridge was known locally as the \
            "Old Lady" and the council's "review process" had approved it.""")),
        analyzer.analyze(article("beta", "Beta News", """
            A pedestrian bridge collapsed in Varnholm on Friday. "We will find out exactly why \
            the bridge failed," said Jana Novak, the city engineer. Novak said six people were \
            hurt.

            According to Oskar Lindahl, the mayor, "this should never have happened in our \
            city". Lindahl's office said repairs would begin next week.

            'I heard a crack and then everyone was in the water,' said a walker who did not \
            give his name.""")),
        analyzer.analyze(article("gamma", "Gamma Times", """
            Six people were injured when a footbridge fell into the Tessa river in Varnholm.

            Mayor Oskar Lindahl said: “This should never have happened in our city. Every \
            bridge will be checked.”

            The city’s engineer, Jana Novák, said she had ordered an inspection of all \
            crossings. “We owe people answers and we will give them,” she said.

            Paul Lindahl, the mayor's brother, said he was shocked."""))));
    bridgeIndex = new EntityMerger().index(bridge);

    fixture = FixtureStory.load(FixtureStory.HARBOUR_FERRY_FIRE);
    List<Document> docs = new ArrayList<>();
    for (String id : fixture.articleIds()) {
      JsonNode a = fixture.article(id);
      String title = a.get("title").isNull() ? null : a.get("title").asText();
      docs.add(analyzer.analyze(new Article(id, a.get("outlet").asText(), null, title, null,
          fixture.text(id), "en", id)));
    }
    ferry = Story.of("ferry", docs);
    ferryIndex = new EntityMerger().index(ferry);
  }

  private static Article article(String id, String outlet, String text) {
    return new Article(id, outlet, null, null, null, text, "en", id);
  }

  @Test
  void spellingsTitlesAndSurnamesOfOnePersonMergeIntoOneEntry() {
    Entity novak = bridgeIndex.resolve("Novak").orElseThrow();
    assertThat(novak.name()).isEqualTo("Jana Novák");
    assertThat(novak.type()).isEqualTo(EntityType.PERSON);
    assertThat(novak.aliases()).contains("Jana Novak");
    assertThat(novak.outlets()).containsExactly("Alpha Wire", "Beta News", "Gamma Times");
    assertThat(novak.role()).containsIgnoringCase("engineer");
    assertThat(bridgeIndex.resolve("Ms Novák")).contains(novak);
    assertThat(bridgeIndex.gender(novak)).isEqualTo(Gender.FEMALE);

    Entity mayor = bridgeIndex.resolve("Oskar Lindahl").orElseThrow();
    assertThat(mayor.role()).containsIgnoringCase("mayor");
    Entity brother = bridgeIndex.resolve("Paul Lindahl").orElseThrow();
    assertThat(brother).isNotEqualTo(mayor);
    // "Lindahl's office" in Beta News: the only Lindahl named in that article is the mayor.
    assertThat(mayor.mentions()).anyMatch(r -> r.article().equals("beta")
        && bridge.documents().get(1).article().text().startsWith("Lindahl", r.begin()));
    // Story-wide "Lindahl" alone is ambiguous between the two.
    assertThat(bridgeIndex.resolve("Lindahl")).isEmpty();
  }

  @Test
  void noPronounsOrCommonWordsBecomeEntities() {
    for (Story s : List.of(bridge, ferry)) {
      for (Entity e : new EntityMerger().entities(s)) {
        assertThat(NOT_NAMES).doesNotContain(e.name().toLowerCase(Locale.ROOT));
        assertThat(Character.isUpperCase(e.name().codePointAt(0))).as(e.name()).isTrue();
      }
    }
  }

  @Test
  void quotesAreAttributedThroughNamesPronounsAndAccordingTo() {
    Map<String, Quote> byText = new java.util.TreeMap<>();
    for (Document d : bridge.documents()) {
      for (Quote q : new QuoteFinder().find(d, bridgeIndex)) byText.put(d.id() + ":" + q.text(), q);
    }
    assertThat(speaker(byText, "alpha:We will find out")).isEqualTo("Jana Novák");
    assertThat(speaker(byText, "alpha:This should never")).isEqualTo("Oskar Lindahl");
    assertThat(speaker(byText, "beta:We will find out")).isEqualTo("Jana Novák");
    assertThat(speaker(byText, "beta:this should never")).isEqualTo("Oskar Lindahl");
    assertThat(speaker(byText, "gamma:This should never")).isEqualTo("Oskar Lindahl");
    assertThat(speaker(byText, "gamma:We owe people")).isEqualTo("Jana Novák");
    // "said a walker": an indefinite description is nobody the text names.
    assertThat(byText).containsKey(key(byText, "beta:I heard a crack"));
    assertThat(speaker(byText, "beta:I heard a crack")).isNull();
    // Scare quotes and names in quotation marks are not quotes.
    assertThat(byText.keySet()).noneMatch(k -> k.contains("Old Lady"))
        .noneMatch(k -> k.contains("review process"));
  }

  @Test
  void theSameQuoteInSeveralOutletsIsOneEntry() {
    List<QuoteEntry> entries = new QuoteCollector().quotes(bridge, bridgeIndex);
    QuoteEntry never = entries.stream().filter(e -> e.text().contains("should never"))
        .reduce((a, b) -> {
          throw new AssertionError("two entries: " + a + " / " + b);
        }).orElseThrow();
    assertThat(never.speaker()).isEqualTo("Oskar Lindahl");
    assertThat(never.sources()).extracting(SourceRef::outlet)
        .contains("Alpha Wire", "Beta News", "Gamma Times");
    assertThat(entries.get(0)).isEqualTo(never);
    assertThat(new QuoteCollector().quotes(bridge, bridgeIndex)).isEqualTo(entries);
  }

  @Test
  void fixtureEntitiesMatchThePlantedTruth() {
    SoftAssertions soft = new SoftAssertions();
    for (JsonNode e : fixture.truth().get("entities")) {
      String type = e.get("type").asText();
      if (!type.equals("PERSON")) continue;
      String canonical = e.get("canonical").asText();
      Optional<Entity> found = ferryIndex.resolve(canonical);
      soft.assertThat(found).as(canonical).isPresent();
      if (found.isEmpty()) continue;
      Entity entity = found.get();
      soft.assertThat(entity.name()).as(canonical).isEqualTo(canonical);
      soft.assertThat(entity.type()).as(canonical).isEqualTo(EntityType.PERSON);
      for (Iterator<String> it = e.get("variants").fieldNames(); it.hasNext(); ) {
        String variant = it.next();
        soft.assertThat(ferryIndex.resolve(variant)).as(canonical + " <- " + variant)
            .contains(entity);
      }
      if (e.hasNonNull("role") && entity.role() != null) {
        String head = e.get("role").asText().split("[,]")[0];
        head = RoleFinder.head(head.replaceAll("\\s+", " ").strip());
        soft.assertThat(entity.role().toLowerCase(Locale.ROOT)).as(canonical + " role")
            .contains(head);
      } else if (e.hasNonNull("role")) {
        soft.fail(canonical + " has no role");
      }
    }
    soft.assertAll();
  }

  @Test
  void fixtureQuotesHaveTheirPlantedSpeakersAndMergeAcrossOutlets() {
    List<QuoteEntry> entries = new QuoteCollector().quotes(ferry, ferryIndex);
    SoftAssertions soft = new SoftAssertions();
    for (JsonNode q : fixture.truth().get("quotes")) {
      String words = q.get("textContains").asText();
      List<QuoteEntry> holding = entries.stream().filter(e -> e.text().contains(words)
          || words.contains(e.text())).toList();
      soft.assertThat(holding).as(q.get("id").asText()).hasSize(1);
      if (holding.size() != 1) continue;
      QuoteEntry entry = holding.get(0);
      String speaker = q.get("speaker").isNull() ? null : q.get("speaker").asText();
      soft.assertThat(entry.speaker()).as(q.get("id").asText()).isEqualTo(speaker);
      Set<String> outlets = new TreeSet<>();
      entry.sources().forEach(s -> outlets.add(s.outlet()));
      for (JsonNode o : q.get("outlets")) {
        String outlet = o.asText();
        String name = outletName(outlet);
        soft.assertThat(outlets).as(q.get("id").asText()).contains(name);
      }
    }
    soft.assertAll();
  }

  private static String outletName(String truthOutlet) {
    for (JsonNode a : fixture.truth().get("articles")) {
      if (a.get("outlet").asText().equals(truthOutlet)) return truthOutlet;
    }
    return truthOutlet;
  }

  private static String speaker(Map<String, Quote> byText, String prefix) {
    return byText.get(key(byText, prefix)).speaker();
  }

  private static String key(Map<String, Quote> byText, String prefix) {
    return byText.keySet().stream().filter(k -> k.startsWith(prefix)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote " + prefix + " in " + byText.keySet()));
  }
}
