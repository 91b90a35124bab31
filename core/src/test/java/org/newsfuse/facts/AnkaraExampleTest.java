package org.newsfuse.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsfuse.analyze.Analyzer;
import org.newsfuse.briefing.Disagreement;
import org.newsfuse.briefing.Fact;
import org.newsfuse.model.Article;
import org.newsfuse.model.Document;
import org.newsfuse.model.Story;

/**
 * The real five-outlet example in ../shared (skipped when absent). Checks structure and that the
 * known disputes of that story surface; never copies its text.
 */
class AnkaraExampleTest {
  private static final Path DIR = Stream.of("../../shared", "../../../shared")
      .map(s -> Path.of(s, "examples", "ankara-2016")).filter(Files::isDirectory).findFirst()
      .orElse(Path.of("absent"));
  private static StatementAlignment alignment;

  @BeforeAll
  static void analyse() throws IOException {
    if (!Files.isDirectory(DIR)) return;
    List<Document> docs = new ArrayList<>();
    try (Stream<Path> files = Files.list(DIR)) {
      for (Path p : files.sorted().toList()) {
        String text = Files.readString(p, StandardCharsets.UTF_8);
        String name = p.getFileName().toString().replace(".txt", "");
        docs.add(new Analyzer().analyze(
            new Article(name, "outlet-" + name.substring(0, 3), null, null, null, text, "en",
                p.toString())));
      }
    }
    alignment = StatementAlignment.of(Story.of("ankara", docs));
  }

  @Test
  void knownDisputesSurface() {
    assumeTrue(alignment != null, "shared examples absent");
    List<Disagreement> found = new DisagreementFinder().disagreements(alignment);
    List<Fact> facts = new FactFinder().facts(alignment);
    if (Boolean.getBoolean("newsfuse.print")) {
      found.forEach(d -> {
        System.out.println("DISPUTE " + d.kind() + " " + d.point());
        d.versions().forEach(v -> System.out.println("   " + v.value() + " " + v.outlets() + " | " + v.text()));
      });
      facts.forEach(f -> System.out.println("FACT " + f.independentSources() + " " + f.outlets()
          + " " + f.sharedOrigin() + " | " + f.text()));
    }
    assertThat(found).anySatisfy(d -> {
      assertThat(d.kind()).isEqualTo("NUMBER");
      assertThat(d.point()).isEqualTo("number of shots");
    });
    assertThat(found).anySatisfy(d -> {
      assertThat(d.kind()).isEqualTo("OUTCOME");
      assertThat(d.point()).isEqualTo("fate of the gunman");
      assertThat(d.versions()).extracting(Disagreement.Version::value)
          .anyMatch(v -> v.startsWith("unclear"));
    });
    for (Disagreement d : found) {
      assertThat(d.versions()).hasSizeGreaterThanOrEqualTo(2);
      d.versions().forEach(v -> assertThat(v.sources()).isNotEmpty());
    }
    assertThat(facts).isNotEmpty().hasSizeLessThanOrEqualTo(12);
  }
}
