package org.newsfuse.eval.rougecheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Our ROUGE against the published DUC 2004 figures; runs only where ../shared/eval exists. */
public class Duc2004RougeCheckTest {

  /** The team's ../shared/eval beside the project (or beside any folder above), if present. */
  public static Optional<Path> sharedEval() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolveSibling("shared").resolve("eval");
      if (dir.getParent() != null && Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
      dir = dir.getParent();
    }
    return Optional.empty();
  }

  @Test
  void reproducesHongEtAl2014WithinATenthOfAPoint() {
    Optional<Path> eval = sharedEval();
    assumeTrue(eval.isPresent() && Files.isDirectory(eval.get().resolve("duc2004-rouge-check")),
        "shared/eval/duc2004-rouge-check not present");
    List<CheckRow> rows = new Duc2004RougeCheck().run(eval.get().resolve("duc2004-rouge-check"));
    rows.forEach(r -> System.out.printf("%-12s R1 %6.2f / %6.2f   R2 %5.2f / %5.2f%n", r.system(),
        r.publishedRouge1(), r.measuredRouge1(), r.publishedRouge2(), r.measuredRouge2()));
    assertThat(rows.stream().filter(CheckRow::hasPublished)).hasSize(HongEtAl2014.scores().size());
    assertThat(rows).allSatisfy(r -> assertThat(r.withinTolerance(Duc2004RougeCheck.TOLERANCE))
        .as("%s: R1 %.2f vs %.2f, R2 %.2f vs %.2f", r.system(), r.measuredRouge1(), r.publishedRouge1(),
            r.measuredRouge2(), r.publishedRouge2())
        .isTrue());
  }
}
