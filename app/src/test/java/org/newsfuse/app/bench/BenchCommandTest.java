package org.newsfuse.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A real, small bench run through the command line; no assertions on timings. */
class BenchCommandTest {
  @Test
  void smallRunReportsStartupMachineAndOneRunPerSizeAsJson() throws Exception {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new BenchCommand()).setOut(new PrintWriter(out));

    int exit = cli.execute("--sizes", "3", "--repeat", "1", "--threads", "2", "--format", "json");

    assertThat(exit).isZero();
    JsonNode report = new ObjectMapper().readTree(out.toString());
    assertThat(report.get("source").asText()).contains("harbour-ferry-fire");
    assertThat(report.get("machine").get("cores").asInt()).isPositive();
    assertThat(report.get("machine").get("maxHeapMb").asLong()).isPositive();
    JsonNode startup = report.get("startup");
    assertThat(startup.get("jvmToReadyMillis").asLong())
        .isGreaterThanOrEqualTo(startup.get("modelsMillis").asLong());
    assertThat(report.get("runs")).hasSize(1);
    JsonNode run = report.get("runs").get(0);
    assertThat(run.get("size").asInt()).isEqualTo(3);
    assertThat(run.get("repetition").asInt()).isEqualTo(1);
    assertThat(run.get("sentences").asInt()).isGreaterThan(3 * 5);
    assertThat(run.get("uniqueSentences").asInt()).isBetween(1, run.get("sentences").asInt());
    assertThat(run.get("wallMillis").asLong())
        .isEqualTo(run.get("analysisMillis").asLong() + run.get("briefingMillis").asLong());
    assertThat(run.get("peakHeapMb").asLong()).isPositive();
    assertThat(report.get("sizes")).hasSize(1);
    assertThat(report.get("sizes").get(0).get("runs").asInt()).isEqualTo(1);

    StringWriter table = new StringWriter();
    new BenchTable().print(new ObjectMapper().readValue(out.toString(), BenchReport.class),
        new PrintWriter(table));
    assertThat(table.toString())
        .contains("start-up: JVM to command", "articles sentences", "machine: ")
        .containsPattern("(?m)^\\s+3\\s+\\d+\\s+\\d+%");
  }

  @Test
  void rejectsAnUnknownFormat() {
    CommandLine cli = new CommandLine(new BenchCommand())
        .setOut(new PrintWriter(new StringWriter())).setErr(new PrintWriter(new StringWriter()));
    assertThat(cli.execute("--format", "xml")).isEqualTo(2);
  }
}
