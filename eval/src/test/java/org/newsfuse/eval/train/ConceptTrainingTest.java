package org.newsfuse.eval.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfuse.eval.summarize.BenchmarkReport;
import org.newsfuse.eval.summarize.RougeMeasure;
import org.newsfuse.eval.summarize.SystemResult;
import org.newsfuse.summary.ConceptFeatures;

class ConceptTrainingTest {

  @TempDir
  Path dataset;

  private void cluster(String id, String town, String event, String detail) throws IOException {
    Path docs = Files.createDirectories(dataset.resolve(id).resolve("docs"));
    Path refs = Files.createDirectories(dataset.resolve(id).resolve("refs"));
    Files.writeString(docs.resolve("a.txt"), town + " (Norpress) -- " + event + " on Monday, "
        + "officials in " + town + " said.\n\n" + detail + "\n\nThe local football club won its "
        + "match on Sunday evening.");
    Files.writeString(docs.resolve("b.txt"), event + " on Monday, the mayor of " + town
        + " confirmed.\n\nA bakery on the main square opened a second shop last week.");
    Files.writeString(docs.resolve("c.txt"), "Residents of " + town + " said " + event
        .substring(0, 1).toLowerCase() + event.substring(1) + ".\n\n" + detail);
    Files.writeString(refs.resolve("ref1.txt"), event + " in " + town + ". " + detail);
  }

  @Test
  void crossValidatesAndTrainsOnEverything() throws IOException {
    cluster("c1", "Harbourton", "A storm flooded the old quarter", "Three hundred residents "
        + "left their homes as the river rose two metres.");
    cluster("c2", "Westmere", "The council approved a new tram line", "The line will link the "
        + "station with the university by 2030.");
    cluster("c3", "Eastcliff", "A fire destroyed the town library", "Firefighters saved the "
        + "oldest manuscripts from the reading room.");
    cluster("c4", "Norbury", "The water plant failed after a power cut", "Families were told to "
        + "boil tap water until Friday.");
    ConceptTraining.Result result = new ConceptTraining(
        new PrintStream(System.err, true, StandardCharsets.UTF_8), 2, 1, 0)
        .run(List.of(new ConceptTraining.TrainingSet(dataset, 30, RougeMeasure.RECALL)));

    assertThat(result.model().features()).isEqualTo(ConceptFeatures.NAMES);
    assertThat(result.model().trainedOn()).contains("(4 clusters)").contains("C=1.0");
    assertThat(result.reports()).hasSize(1);
    BenchmarkReport report = result.reports().get(0);
    assertThat(report.clusters()).isEqualTo(4);
    assertThat(report.systems()).extracting(SystemResult::name)
        .containsExactly("newsfuse (2-fold held-out model)", "newsfuse, counted weights only");
    for (SystemResult s : report.systems()) {
      assertThat(s.rouge1().recall()).isPositive();
    }
  }
}
