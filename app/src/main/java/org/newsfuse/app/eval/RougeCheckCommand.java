package org.newsfuse.app.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsfuse.eval.rougecheck.CheckRow;
import org.newsfuse.eval.rougecheck.CheckTable;
import org.newsfuse.eval.rougecheck.Duc2004RougeCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code newsfuse eval rouge-check DIR}: our ROUGE against published DUC 2004 figures. */
@Command(name = "rouge-check", mixinStandardHelpOptions = true,
    description = {"Re-score the published systems' DUC 2004 summaries with our ROUGE-1.5.5 port",
        "(-n 2 -m -l 100, recall) and compare with Hong et al. (LREC 2014).",
        "Exits 1 when any figure is off by more than 0.1."})
public final class RougeCheckCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DIR",
      description = "duc2004-rouge-check folder: <cluster>/refs/*.txt and <cluster>/peers/<SYSTEM>.txt")
  Path dir;

  @Override
  public Integer call() {
    if (!Files.isDirectory(dir)) {
      System.err.println("eval rouge-check: " + dir + ": not a directory");
      return 2;
    }
    List<CheckRow> rows = new Duc2004RougeCheck().run(dir);
    System.out.print(CheckTable.format(rows, Duc2004RougeCheck.TOLERANCE));
    boolean allOk = rows.stream().allMatch(r -> r.withinTolerance(Duc2004RougeCheck.TOLERANCE));
    System.out.println(allOk ? "all published figures reproduced within 0.1"
        : "some figures are off by more than 0.1");
    return allOk ? 0 : 1;
  }
}
