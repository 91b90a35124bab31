package org.newsfuse.eval.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.newsfuse.eval.rougecheck.Duc2004RougeCheckTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummarizeBenchmarkTest {

  @TempDir
  static Path dataset;
  private static BenchmarkReport report;
  private static String problems;

  @BeforeAll
  static void runOnATinyDataset() throws IOException {
    cluster("c1", List.of(
        "HARBOURTON (Norpress) -- A storm flooded the old quarter of Harbourton on Monday, "
            + "forcing 300 residents from their homes.\n\nThe river rose two metres overnight "
            + "after three days of rain.\n\nEmergency crews used boats to reach stranded families.",
        "A storm flooded the old quarter of Harbourton on Monday, forcing 300 residents from "
            + "their homes.\n\nThe mayor opened two schools as shelters for the evacuated "
            + "families.\n\nThe river rose two metres overnight after three days of rain.",
        "Shelters in Harbourton took in hundreds of residents after the river flooded the old "
            + "quarter.\n\nForecasters expect the water to fall by Thursday."),
        List.of("A storm flooded Harbourton's old quarter, forcing 300 residents from their homes. "
            + "The river rose two metres after three days of rain.",
            "Flooding in Harbourton displaced 300 residents; schools became shelters."), true);
    cluster("c2", List.of(
        "The city council of Westmere approved a new tram line on Tuesday after a long debate."
            + "\n\nThe line will link the station with the university by 2030.",
        "Westmere's council voted for the tram line that will connect the station and the "
            + "university.\n\nConstruction is expected to cost 400 million euros."),
        List.of("Westmere approved a tram line linking the station and the university, costing "
            + "400 million euros."), false);
    Path broken = dataset.resolve("c3-empty/docs");
    Files.createDirectories(broken);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    report = new SummarizeBenchmark(new PrintStream(err, true, StandardCharsets.UTF_8))
        .run(dataset, 30, RougeMeasure.RECALL, 0, SummarizeBenchmark.standardSystems());
    problems = err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void scoresEverySystemOnEveryReadableCluster() {
    assertThat(report.clusters()).isEqualTo(2);
    assertThat(report.systems()).extracting(SystemResult::name)
        .containsExactly("newsfuse", "newsfuse-counted", "lead", "first-words", "lexrank");
    for (SystemResult s : report.systems()) {
      assertThat(s.rouge1().recall()).isBetween(0.0, 100.0).isPositive();
      assertThat(s.rouge1().low()).isLessThanOrEqualTo(s.rouge1().recall());
      assertThat(s.rouge1().high()).isGreaterThanOrEqualTo(s.rouge1().recall());
      assertThat(s.rouge2().recall()).isLessThanOrEqualTo(s.rouge1().recall());
      assertThat(s.peakMemoryMb()).isPositive();
    }
  }

  @Test
  void theOracleKnowsTheReferencesAndScoresAtLeastAsHigh() throws IOException {
    BenchmarkReport withOracle = new SummarizeBenchmark(
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
        .run(dataset, 30, RougeMeasure.RECALL, 0, List.of(new NewsfuseSystem()), true);
    assertThat(withOracle.systems()).extracting(SystemResult::name)
        .containsExactly("newsfuse", "oracle-concepts", "oracle-concepts-no-priors",
            "oracle-sentences");
    double system = withOracle.systems().get(0).rouge2().recall();
    assertThat(withOracle.systems().get(2).rouge2().recall()).isGreaterThanOrEqualTo(system);
    SystemResult sentences = withOracle.systems().get(3);
    assertThat(sentences.rouge1().recall() + sentences.rouge2().recall())
        .isGreaterThanOrEqualTo(withOracle.systems().get(0).rouge1().recall() + system);
  }

  @Test
  void reportsAnUnreadableClusterInOneLine() {
    assertThat(problems).contains("c3-empty").contains("skipped");
    assertThat(problems.lines().filter(l -> l.contains("c3-empty"))).hasSize(1);
  }

  @Test
  void tableHasOneRowPerSystemWithIntervals() {
    String table = BenchmarkFormat.table(report);
    assertThat(table).contains("2 clusters").contains("-l 30").contains("recall");
    assertThat(table.lines().filter(l -> l.startsWith("newsfuse"))).hasSize(2)
        .allMatch(l -> l.matches(
            "newsfuse(-counted)?\\s+\\d+\\.\\d\\d \\[\\d+\\.\\d\\d-\\d+\\.\\d\\d\\].*"));
  }

  @Test
  void jsonCarriesEveryFigure() throws IOException {
    JsonNode root = new ObjectMapper().readTree(BenchmarkFormat.json(report));
    assertThat(root.get("dataset").asText()).isEqualTo(dataset.getFileName().toString());
    assertThat(root.get("clusters").asInt()).isEqualTo(2);
    assertThat(root.get("words").asInt()).isEqualTo(30);
    assertThat(root.get("systems")).hasSize(5);
    for (JsonNode s : root.get("systems")) {
      for (String m : List.of("rouge1", "rouge2", "rougeL", "rougeSU4")) {
        for (String f : List.of("recall", "precision", "f1", "low", "high")) {
          assertThat(s.get(m).has(f)).as(m + "." + f).isTrue();
        }
      }
      assertThat(s.has("secondsPerCluster")).isTrue();
      assertThat(s.has("peakMemoryMb")).isTrue();
    }
  }

  @Test
  void newsfuseBeatsTheLeadOnSharedDevData() throws IOException {
    Optional<Path> eval = Duc2004RougeCheckTest.sharedEval();
    Assumptions.assumeTrue(eval.isPresent(), "shared evaluation data not present");
    Path duc = eval.get().resolve("duc2003");
    Assumptions.assumeTrue(Files.isDirectory(duc), "shared DUC 2003 data not present");
    BenchmarkReport r = new SummarizeBenchmark(System.err).run(duc, 100, RougeMeasure.RECALL, 3,
        List.of(new NewsfuseSystem(), new LeadBaseline()));
    assertThat(r.clusters()).isEqualTo(3);
    assertThat(r.systems().get(0).rouge1().recall())
        .isGreaterThan(r.systems().get(1).rouge1().recall());
  }

  private static void cluster(String id, List<String> docs, List<String> refs, boolean meta)
      throws IOException {
    Path c = dataset.resolve(id);
    Files.createDirectories(c.resolve("docs"));
    Files.createDirectories(c.resolve("refs"));
    StringBuilder json = new StringBuilder("{\"docs\": [");
    for (int i = 0; i < docs.size(); i++) {
      String name = String.format("doc%02d.txt", i);
      Files.writeString(c.resolve("docs").resolve(name), docs.get(i));
      json.append(i > 0 ? "," : "").append("{\"file\": \"docs/").append(name)
          .append("\", \"date\": \"2031-01-0").append(i + 1).append("\", \"source\": \"AG")
          .append(i).append("\"}");
    }
    if (meta) Files.writeString(c.resolve("meta.json"), json.append("]}").toString());
    for (int i = 0; i < refs.size(); i++) {
      Files.writeString(c.resolve("refs").resolve("ref" + i + ".txt"), refs.get(i));
    }
  }
}
