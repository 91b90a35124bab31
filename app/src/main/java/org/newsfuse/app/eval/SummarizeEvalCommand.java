package org.newsfuse.app.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsfuse.eval.summarize.BenchmarkFormat;
import org.newsfuse.eval.summarize.BenchmarkReport;
import org.newsfuse.eval.summarize.RougeMeasure;
import org.newsfuse.eval.summarize.SummarizeBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsfuse eval summarize}: ROUGE of the summarizer and baselines on a dataset. */
@Command(name = "summarize", mixinStandardHelpOptions = true,
    description = "Summarize every cluster of a dataset (<cluster>/docs/*, <cluster>/refs/*, "
        + "optional meta.json) with newsfuse, newsfuse-counted (counted concept weights "
        + "only, as in briefings) and the lead, first-words and LexRank baselines; "
        + "print ROUGE-1/2/L/SU4 with 95%% intervals, seconds per cluster and peak memory.")
public final class SummarizeEvalCommand implements Callable<Integer> {

  enum Format { table, json }

  enum Measure {
    recall, f1;

    RougeMeasure rouge() {
      return this == f1 ? RougeMeasure.F1 : RougeMeasure.RECALL;
    }
  }

  @Option(names = "--dataset", required = true, description = "Dataset folder.")
  Path dataset;

  @Option(names = "--words", defaultValue = "100",
      description = "Summary length in words (also ROUGE's -l). Default: ${DEFAULT-VALUE}.")
  int words;

  @Option(names = "--measure", defaultValue = "recall",
      description = "Headline measure: recall (DUC) or f1 (Multi-News). Default: ${DEFAULT-VALUE}.")
  Measure measure;

  @Option(names = "--limit", defaultValue = "0",
      description = "Use only the first K clusters (by name); 0 for all.")
  int limit;

  @Option(names = "--format", defaultValue = "table", description = "table or json.")
  Format format;

  @Option(names = "--oracle",
      description = "Also print three oracle rows that read the references: concepts weighted "
          + "by the references that use them, with and without the priors (what perfect "
          + "concept weights would be worth to newsfuse's selection), and the story sentences "
          + "that raise ROUGE-1 + ROUGE-2 the most (a ceiling for any extractive summary of "
          + "them). Upper bounds, not systems.")
  boolean oracle;

  @Override
  public Integer call() throws Exception {
    String problem = datasetProblem(dataset, words);
    if (problem != null) {
      System.err.println(problem);
      return 2;
    }
    BenchmarkReport report = new SummarizeBenchmark(System.err).run(dataset, words,
        measure.rouge(), limit, SummarizeBenchmark.standardSystems(), oracle);
    if (report.clusters() == 0) {
      System.err.println(dataset + ": no cluster with documents and references");
      return 1;
    }
    System.out.print(format == Format.json ? BenchmarkFormat.json(report)
        : BenchmarkFormat.table(report));
    return 0;
  }

  /** Why a dataset folder and summary length cannot be benchmarked, or null when they can. */
  static String datasetProblem(Path dataset, int words) {
    if (!Files.isDirectory(dataset)) return dataset + ": not a folder";
    if (words <= 0) return "--words must be positive: " + words;
    return null;
  }
}
