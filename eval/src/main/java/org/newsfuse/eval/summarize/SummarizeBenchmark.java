package org.newsfuse.eval.summarize;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsfuse.eval.rouge.Evaluation;
import org.newsfuse.eval.rouge.RougeResult;
import org.newsfuse.eval.rouge.RougeScorer;
import org.newsfuse.eval.rouge.RougeSettings;
import org.newsfuse.model.Story;
import org.newsfuse.summary.SummarizerSettings;

/**
 * Runs summarizers over every cluster of a dataset and scores them with ROUGE-1.5.5 settings
 * {@code -n 2 -m -l <words> -2 4 -u -c 95 -r 1000} (ROUGE-1, -2, -L, -SU4). Documents are analysed
 * once (two threads) and shared by all systems; each system is then timed on its own.
 */
public final class SummarizeBenchmark {

  /**
   * The systems of a standard run: newsfuse, newsfuse with counted concept weights only (the
   * settings briefings use, so the learned model's share is measured in every run) and the three
   * baselines.
   */
  public static List<SummarySystem> standardSystems() {
    return List.of(new NewsfuseSystem(),
        new NewsfuseSystem("newsfuse-counted", SummarizerSettings.counted()), new LeadBaseline(),
        new FirstWordsBaseline(), new LexRankBaseline());
  }

  private final PrintStream problems;

  public SummarizeBenchmark(PrintStream problems) {
    this.problems = problems;
  }

  /**
   * @param limit at most this many clusters (the first by name); 0 for all
   */
  public BenchmarkReport run(Path dataset, int words, RougeMeasure measure, int limit,
                             List<SummarySystem> systems) throws IOException {
    return run(dataset, words, measure, limit, systems, false);
  }

  /**
   * @param oracle also analyse the references and score the {@link ConceptOracle} rows (an upper
   *               bound for concept weighting) and the {@link SentenceOracle} (one for any
   *               selection of these sentences); upper bounds, not systems
   */
  public BenchmarkReport run(Path dataset, int words, RougeMeasure measure, int limit,
                             List<SummarySystem> systems, boolean oracle) throws IOException {
    List<EvalCluster> clusters = readClusters(dataset, limit);
    ClusterAnalyzer analyzer = new ClusterAnalyzer();
    long t0 = System.nanoTime();
    List<Story> stories = analyzer.stories(clusters);
    double analysis = clusters.isEmpty() ? 0 : (System.nanoTime() - t0) / 1e9 / clusters.size();
    List<SummarySystem> all = new ArrayList<>(systems);
    if (oracle) {
      all.addAll(ConceptOracle.systems(stories, analyzer.references(clusters)));
      all.add(SentenceOracle.of(clusters, measure));
    }
    return run(dataset.getFileName().toString(), clusters, stories, analysis, words, measure,
        all);
  }

  /** Scores the systems on clusters already read and analysed. */
  public BenchmarkReport run(String dataset, List<EvalCluster> clusters, List<Story> stories,
                             double analysisSecondsPerCluster, int words, RougeMeasure measure,
                             List<SummarySystem> systems) {
    RougeScorer scorer = new RougeScorer(RougeSettings.ofMaxN(2).withStemming(true)
        .withWordLimit(words).withSkipBigrams(4, true));
    List<SystemResult> results = new ArrayList<>();
    for (SummarySystem system : systems) {
      results.add(measure(system, clusters, stories, words, measure, scorer));
    }
    return new BenchmarkReport(dataset, clusters.size(), words, measure,
        analysisSecondsPerCluster, results);
  }

  /** The dataset's clusters that have references, in name order; problems are reported. */
  public List<EvalCluster> readClusters(Path dataset, int limit) throws IOException {
    EvalDatasetReader reader = new EvalDatasetReader(problems);
    List<Path> dirs = reader.clusters(dataset);
    if (limit > 0 && dirs.size() > limit) dirs = dirs.subList(0, limit);
    List<EvalCluster> clusters = new ArrayList<>();
    for (Path d : dirs) {
      EvalCluster c = reader.read(d);
      if (c == null) continue;
      if (c.references().isEmpty()) {
        problems.println(d + ": no reference summaries, skipped");
        continue;
      }
      clusters.add(c);
    }
    return clusters;
  }

  private SystemResult measure(SummarySystem system, List<EvalCluster> clusters,
                               List<Story> stories, int words, RougeMeasure measure,
                               RougeScorer scorer) {
    List<Evaluation> evaluations = new ArrayList<>();
    resetPeakHeap();
    long t0 = System.nanoTime();
    for (int i = 0; i < clusters.size(); i++) {
      List<String> summary = system.summarize(stories.get(i), words);
      evaluations.add(new Evaluation(clusters.get(i).id(), summary,
          clusters.get(i).referenceLines()));
    }
    double seconds = clusters.isEmpty() ? 0 : (System.nanoTime() - t0) / 1e9 / clusters.size();
    double peakMb = peakHeapBytes() / (1024.0 * 1024.0);
    if (evaluations.isEmpty()) {
      RougeFigure none = new RougeFigure(0, 0, 0, 0, 0);
      return new SystemResult(system.name(), none, none, none, none, 0, peakMb);
    }
    RougeResult r = scorer.score(evaluations);
    return new SystemResult(system.name(), RougeFigure.of(r.get("ROUGE-1"), measure),
        RougeFigure.of(r.get("ROUGE-2"), measure), RougeFigure.of(r.get("ROUGE-L"), measure),
        RougeFigure.of(r.get("ROUGE-SU4"), measure), round(seconds, 4), round(peakMb, 1));
  }

  /** Collects garbage first so the peak reflects what the system keeps, not earlier leftovers. */
  private static void resetPeakHeap() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
    }
  }

  private static long peakHeapBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  private static double round(double v, int decimals) {
    double f = Math.pow(10, decimals);
    return Math.round(v * f) / f;
  }
}
