package org.newsfuse.eval.train;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsfuse.eval.summarize.BenchmarkReport;
import org.newsfuse.eval.summarize.ClusterAnalyzer;
import org.newsfuse.eval.summarize.EvalCluster;
import org.newsfuse.eval.summarize.NewsfuseSystem;
import org.newsfuse.eval.summarize.PerStorySystem;
import org.newsfuse.eval.summarize.RougeMeasure;
import org.newsfuse.eval.summarize.SummarizeBenchmark;
import org.newsfuse.eval.summarize.SummarySystem;
import org.newsfuse.model.Document;
import org.newsfuse.model.Story;
import org.newsfuse.summary.ConceptModel;
import org.newsfuse.summary.Summarizer;
import org.newsfuse.summary.SummarizerSettings;

/**
 * Trains the {@link ConceptModel} on development datasets and measures what it is worth without
 * fooling itself: k-fold cross-validation by cluster (cluster i of each dataset is in fold i mod
 * k), each fold's model trained on every other fold of every dataset, ROUGE taken with the
 * held-out models beside newsfuse with counted weights only ({@link SummarizerSettings#counted()}).
 * The model returned is trained on all
 * clusters.
 */
public final class ConceptTraining {

  /** One development dataset and the benchmark setting it is scored with. */
  public record TrainingSet(Path dataset, int words, RougeMeasure measure) {
  }

  /** The model trained on everything and one cross-validated report per dataset. */
  public record Result(ConceptModel model, List<BenchmarkReport> reports) {
  }

  private final PrintStream problems;
  private final int folds;
  private final double cost;
  private final int limit;

  /**
   * @param folds at least 2
   * @param cost  LIBLINEAR's C
   * @param limit at most this many clusters per dataset (the first by name); 0 for all
   */
  public ConceptTraining(PrintStream problems, int folds, double cost, int limit) {
    if (folds < 2) throw new IllegalArgumentException("folds must be at least 2: " + folds);
    this.problems = problems;
    this.folds = folds;
    this.cost = cost;
    this.limit = limit;
  }

  public Result run(List<TrainingSet> sets) throws IOException {
    SummarizeBenchmark bench = new SummarizeBenchmark(problems);
    ClusterAnalyzer analyzer = new ClusterAnalyzer();
    List<List<EvalCluster>> clusters = new ArrayList<>();
    List<List<Story>> stories = new ArrayList<>();
    List<List<LabelledStory>> labelled = new ArrayList<>();
    List<Double> analysis = new ArrayList<>();
    StringBuilder trainedOn = new StringBuilder();
    for (TrainingSet set : sets) {
      List<EvalCluster> cs = bench.readClusters(set.dataset(), limit);
      long t0 = System.nanoTime();
      List<Story> ss = analyzer.stories(cs);
      analysis.add(cs.isEmpty() ? 0 : (System.nanoTime() - t0) / 1e9 / cs.size());
      List<List<Document>> refs = analyzer.references(cs);
      List<LabelledStory> ls = new ArrayList<>();
      for (int i = 0; i < cs.size(); i++) ls.add(LabelledStory.of(ss.get(i), refs.get(i)));
      clusters.add(cs);
      stories.add(ss);
      labelled.add(ls);
      if (trainedOn.length() > 0) trainedOn.append(" + ");
      trainedOn.append(set.dataset().getFileName()).append(" (").append(cs.size())
          .append(" clusters)");
    }
    ConceptTrainer trainer = new ConceptTrainer(cost);
    SummarizerSettings settings = SummarizerSettings.defaults().withOverflowLast(true);
    Summarizer base = new Summarizer(settings);
    Map<String, Summarizer> heldOut = new HashMap<>();
    for (int f = 0; f < folds; f++) {
      List<LabelledStory> train = new ArrayList<>();
      for (List<LabelledStory> ls : labelled) {
        for (int i = 0; i < ls.size(); i++) {
          if (i % folds != f) train.add(ls.get(i));
        }
      }
      Summarizer s = base.withConceptModel(trainer.train(train, "fold " + f));
      for (List<LabelledStory> ls : labelled) {
        for (int i = f; i < ls.size(); i += folds) heldOut.put(ls.get(i).id(), s);
      }
    }
    List<SummarySystem> systems = List.of(
        new PerStorySystem("newsfuse (" + folds + "-fold held-out model)", heldOut),
        new NewsfuseSystem("newsfuse, counted weights only", SummarizerSettings.counted()));
    List<BenchmarkReport> reports = new ArrayList<>();
    for (int k = 0; k < sets.size(); k++) {
      TrainingSet set = sets.get(k);
      reports.add(bench.run(set.dataset().getFileName().toString(), clusters.get(k),
          stories.get(k), analysis.get(k), set.words(), set.measure(), systems));
    }
    List<LabelledStory> all = labelled.stream().flatMap(List::stream).toList();
    ConceptModel model = trainer.train(all, trainedOn + "; logistic regression, C=" + cost);
    return new Result(model, reports);
  }
}
