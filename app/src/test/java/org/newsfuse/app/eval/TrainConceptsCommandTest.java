package org.newsfuse.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfuse.app.Main;
import org.newsfuse.summary.ConceptFeatures;
import org.newsfuse.summary.ConceptModel;
import picocli.CommandLine;

/** {@code newsfuse eval train-concepts} as a developer runs it, on two tiny datasets. */
class TrainConceptsCommandTest {
  @TempDir
  Path dir;

  private String stdout;
  private String stderr;

  private int run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      return new CommandLine(new Main()).execute(args);
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
      stdout = out.toString(StandardCharsets.UTF_8);
      stderr = err.toString(StandardCharsets.UTF_8);
    }
  }

  private void cluster(String dataset, String id, String lead, String other) throws IOException {
    Path c = dir.resolve(dataset).resolve(id);
    Files.createDirectories(c.resolve("docs"));
    Files.createDirectories(c.resolve("refs"));
    Files.writeString(c.resolve("docs/a.txt"), lead + "\n\n" + other);
    Files.writeString(c.resolve("docs/b.txt"), other + "\n\n" + lead);
    Files.writeString(c.resolve("refs/r.txt"), lead);
  }

  @Test
  void trainsOnSeveralDatasetsAndWritesALoadableModel() throws IOException {
    cluster("news", "c1", "A storm flooded the old quarter of Harbourton on Monday night.",
        "The local choir gave a concert in the town hall last spring.");
    cluster("news", "c2", "The council of Westmere approved a new tram line on Tuesday.",
        "A new bakery opened on the market square in the autumn.");
    cluster("web", "w1", "A fire destroyed the Eastcliff town library on Sunday morning.",
        "The football club painted its stadium benches in blue.");
    cluster("web", "w2", "The Norbury water plant failed after a long power cut on Friday.",
        "Tourists visited the old lighthouse during the summer season.");
    Path model = dir.resolve("out/model.json");
    int code = run("eval", "train-concepts", "--dataset", dir.resolve("news").toString(),
        "--words", "20", "--dataset", dir.resolve("web").toString(), "--words", "30",
        "--measure", "f1", "--folds", "2", "--out", model.toString());
    assertThat(code).as(stderr).isZero();
    assertThat(stdout).contains("news: 2 clusters, 20 words").contains("recall")
        .contains("web: 2 clusters, 30 words").contains("F1")
        .contains("newsfuse (2-fold held-out model)").contains("written to " + model);
    ConceptModel m = ConceptModel.fromJson(new ByteArrayInputStream(Files.readAllBytes(model)));
    assertThat(m.features()).isEqualTo(ConceptFeatures.NAMES);
    assertThat(m.trainedOn()).contains("news (2 clusters) + web (2 clusters)");
  }

  @Test
  void usageMistakesExitWithTwoAndOneLine() {
    assertThat(run("eval", "train-concepts", "--out", dir.resolve("m.json").toString()))
        .isEqualTo(2);
    assertThat(stderr.strip()).contains("--dataset").doesNotContain("\n");
    assertThat(run("eval", "train-concepts", "--dataset", dir.resolve("none").toString(),
        "--out", dir.resolve("m.json").toString())).isEqualTo(2);
    assertThat(stderr.strip()).endsWith("not a folder");
  }
}
