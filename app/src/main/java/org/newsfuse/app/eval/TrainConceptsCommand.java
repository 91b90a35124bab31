package org.newsfuse.app.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsfuse.eval.summarize.BenchmarkFormat;
import org.newsfuse.eval.summarize.BenchmarkReport;
import org.newsfuse.eval.train.ConceptTraining;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsfuse eval train-concepts}: train the summarizer's concept model on dev data. */
@Command(name = "train-concepts", mixinStandardHelpOptions = true,
    description = "Train the summarizer's learned concept weights on development datasets "
        + "(logistic regression: does a reference summary use this concept?), print "
        + "cross-validated ROUGE per dataset beside counted weights only, and write the model "
        + "trained on all clusters.")
public final class TrainConceptsCommand implements Callable<Integer> {

  /** One dataset with its benchmark setting. */
  static final class DatasetSpec {
    @Option(names = "--dataset", required = true, description = "Dataset folder (repeatable).")
    Path dataset;

    // Field initializers, not defaultValue: picocli cannot show a group option's default value
    // before the group exists (a bare --help).
    @Option(names = "--words", description = "Its summary length (ROUGE -l). Default: 100.")
    int words = 100;

    @Option(names = "--measure",
        description = "Its headline measure: recall or f1. Default: recall.")
    SummarizeEvalCommand.Measure measure = SummarizeEvalCommand.Measure.recall;
  }

  // Checked in call(): with "1..*" picocli rejects a bare --help.
  @ArgGroup(exclusive = false, multiplicity = "0..*")
  List<DatasetSpec> datasets = new ArrayList<>();

  @Option(names = "--out", required = true,
      description = "Where to write the model (JSON); the bundled one is "
          + "core/src/main/resources/org/newsfuse/summary/concept-model.json.")
  Path out;

  @Option(names = "--folds", defaultValue = "5",
      description = "Cross-validation folds. Default: ${DEFAULT-VALUE}.")
  int folds;

  @Option(names = "--cost", defaultValue = "1",
      description = "LIBLINEAR's C (inverse regularisation). Default: ${DEFAULT-VALUE}.")
  double cost;

  @Option(names = "--limit", defaultValue = "0",
      description = "Use only the first K clusters of each dataset; 0 for all.")
  int limit;

  @Override
  public Integer call() throws Exception {
    if (datasets.isEmpty()) {
      System.err.println("give at least one --dataset (with its --words and --measure)");
      return 2;
    }
    List<ConceptTraining.TrainingSet> sets = new ArrayList<>();
    for (DatasetSpec d : datasets) {
      String problem = SummarizeEvalCommand.datasetProblem(d.dataset, d.words);
      if (problem != null) {
        System.err.println(problem);
        return 2;
      }
      sets.add(new ConceptTraining.TrainingSet(d.dataset, d.words, d.measure.rouge()));
    }
    if (folds < 2 || cost <= 0) {
      System.err.println("--folds must be at least 2 and --cost positive");
      return 2;
    }
    ConceptTraining.Result result =
        new ConceptTraining(System.err, folds, cost, limit).run(sets);
    for (BenchmarkReport r : result.reports()) {
      if (r.clusters() == 0) {
        System.err.println(r.dataset() + ": no cluster with documents and references");
        return 1;
      }
      System.out.print(BenchmarkFormat.table(r));
      System.out.println();
    }
    if (out.getParent() != null) Files.createDirectories(out.getParent());
    Files.writeString(out, result.model().toJson() + "\n");
    System.out.println("model (trained on all clusters) written to " + out);
    return 0;
  }
}
