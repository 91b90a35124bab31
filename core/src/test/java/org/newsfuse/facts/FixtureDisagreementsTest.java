package org.newsfuse.facts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsfuse.briefing.Disagreement;
import org.newsfuse.briefing.Fact;
import org.newsfuse.briefing.SourceRef;

/** Facts and disagreements of the invented fixture story against its planted truth. */
class FixtureDisagreementsTest {
  private static JsonNode truth;
  private static List<Disagreement> found;
  private static List<Fact> facts;

  @BeforeAll
  static void run() {
    truth = FixtureStoryAnalysis.fixture().truth();
    StatementAlignment alignment = FixtureStoryAnalysis.alignment();
    found = new DisagreementFinder().disagreements(alignment);
    facts = new FactFinder().facts(alignment);
    if (Boolean.getBoolean("newsfuse.print")) {
      found.forEach(d -> {
        System.out.println("DISPUTE " + d.kind() + " " + d.point());
        d.versions().forEach(v -> System.out.println("   " + v.value() + " " + v.outlets()
            + " | " + v.text()));
      });
      facts.forEach(f -> System.out.println("FACT " + f.independentSources() + " " + f.outlets()
          + " " + f.sharedOrigin() + " | " + f.text()));
    }
  }

  private static Set<String> articles(Disagreement.Version v) {
    Set<String> ids = new HashSet<>();
    for (SourceRef s : v.sources()) ids.add(s.article());
    return ids;
  }

  @Test
  void everyPlantedDisagreementIsFoundWithItsVersionsAndOutlets() {
    for (JsonNode planted : truth.get("disagreements")) {
      String id = planted.get("id").asText();
      String kind = planted.get("kind").asText();
      assertThat(found).as(id).anySatisfy(d -> {
        assertThat(d.kind()).isEqualTo(kind);
        for (JsonNode version : planted.get("versions")) {
          Set<String> expected = new HashSet<>();
          version.get("articles").forEach(a -> expected.add(a.asText()));
          // one found version carries most of this planted version's articles, and no article
          // of another planted version
          assertThat(d.versions()).as(id + " " + version.get("value").asText()).anySatisfy(v -> {
            Set<String> got = articles(v);
            Set<String> common = new HashSet<>(got);
            common.retainAll(expected);
            assertThat(common.size() * 2).isGreaterThanOrEqualTo(expected.size());
            for (JsonNode other : planted.get("versions")) {
              if (other == version) continue;
              other.get("articles").forEach(a -> assertThat(got).doesNotContain(a.asText()));
            }
          });
        }
      });
    }
  }

  @Test
  void agreementsAreNotFlagged() {
    for (JsonNode ok : truth.get("nonDisagreements")) {
      Map<String, String> evidence = new HashMap<>();
      ok.get("evidence").fields().forEachRemaining(e -> evidence.put(e.getKey(), e.getValue().asText()));
      for (Disagreement d : found) {
        Set<Integer> sides = new HashSet<>();
        for (int i = 0; i < d.versions().size(); i++) {
          Disagreement.Version v = d.versions().get(i);
          for (Map.Entry<String, String> e : evidence.entrySet()) {
            // the disputed value is what must not differ; the sentence around it may hold more
            String value = v.value().replaceFirst("^at (about |around )?", "");
            if (articles(v).contains(e.getKey()) && (value.contains(e.getValue())
                || e.getValue().contains(value))) {
              sides.add(i);
            }
          }
        }
        assertThat(sides).as(ok.get("id").asText() + " split by " + d.point()).hasSizeLessThan(2);
      }
    }
  }

  @Test
  void factsCountWireCopyOnce() {
    Map<String, String> group = new HashMap<>();
    truth.get("sourceGroups").fields().forEachRemaining(
        e -> e.getValue().forEach(a -> group.put(a.asText(), e.getKey())));
    assertThat(facts).isNotEmpty().hasSizeLessThanOrEqualTo(12);
    for (Fact f : facts) {
      Set<String> groups = new HashSet<>();
      f.sources().forEach(s -> groups.add(group.get(s.article())));
      assertThat(f.independentSources()).as(f.text()).isBetween(1, groups.size());
      boolean wire = f.sources().stream().anyMatch(s -> s.article().equals("norpress"))
          && f.sources().stream().anyMatch(s -> s.article().equals("coastline-today"));
      if (wire) {
        assertThat(f.sharedOrigin()).as(f.text()).anySatisfy(
            o -> assertThat(o).contains("Norpress", "Coastline Today"));
      }
    }
    // facts backed by several independent outlets come first
    List<Integer> support = new ArrayList<>();
    facts.forEach(f -> support.add(f.independentSources()));
    assertThat(support).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
    assertThat(facts.get(0).independentSources()).isGreaterThanOrEqualTo(4);
  }

  @Test
  void centralFactsAreAmongTheFacts() {
    int hits = 0;
    List<String> missed = new ArrayList<>();
    Map<String, String> texts = new HashMap<>();
    FixtureStoryAnalysis.story().documents().forEach(d -> texts.put(d.id(), d.article().text()));
    for (JsonNode central : truth.get("centralFacts")) {
      JsonNode evidence = central.get("evidence");
      // a fact states it when at least two of its source sentences hold the planted evidence
      boolean hit = facts.stream().anyMatch(f -> f.sources().stream().filter(src ->
          evidence.has(src.article()) && texts.get(src.article()).substring(src.begin(), src.end())
              .contains(evidence.get(src.article()).asText())).count() >= 2);
      if (hit) hits++;
      else missed.add(central.get("id").asText());
    }
    System.out.println("central facts found " + hits + "/" + truth.get("centralFacts").size()
        + ", missed " + missed);
    assertThat(hits).isGreaterThanOrEqualTo(9);
  }
}
