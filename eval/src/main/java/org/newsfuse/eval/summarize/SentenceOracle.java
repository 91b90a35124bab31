package org.newsfuse.eval.summarize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsfuse.eval.rouge.RougeScorer;
import org.newsfuse.eval.rouge.RougeSettings;
import org.newsfuse.eval.rouge.UnitScore;
import org.newsfuse.model.Document;
import org.newsfuse.model.Sentence;
import org.newsfuse.model.Story;
import org.newsfuse.summary.WordCount;

/**
 * An upper bound for any extractive summarizer built on these sentences, not a system: greedily
 * adds the story sentence that raises ROUGE-1 + ROUGE-2 (the benchmark's headline measure) against
 * the story's own references the most, and stops when none does or the budget is spent. It reads
 * the answers by design and must never be reported as a summarizer's score.
 */
public final class SentenceOracle implements SummarySystem {

  private final Map<String, List<List<String>>> references;
  private final RougeMeasure measure;

  /**
   * @param references each story's reference summaries (by story id), as lines
   */
  public SentenceOracle(Map<String, List<List<String>>> references, RougeMeasure measure) {
    this.references = Map.copyOf(references);
    this.measure = measure;
  }

  /** The oracle for the clusters of a benchmark run (story id = cluster id). */
  public static SentenceOracle of(List<EvalCluster> clusters, RougeMeasure measure) {
    Map<String, List<List<String>>> refs = new HashMap<>();
    for (EvalCluster c : clusters) {
      refs.put(c.id(), c.referenceLines());
    }
    return new SentenceOracle(refs, measure);
  }

  @Override
  public String name() {
    return "oracle-sentences";
  }

  @Override
  public List<String> summarize(Story story, int words) {
    List<List<String>> refs = references.get(story.id());
    if (refs == null) {
      throw new IllegalArgumentException(name() + ": no references for " + story.id());
    }
    // The scorer cuts the summary at the budget as the benchmark does, so a last sentence that
    // runs past it is valued by the words that count.
    RougeScorer scorer = new RougeScorer(
        RougeSettings.ofMaxN(2).withStemming(true).withWordLimit(words));
    List<String> pool = new ArrayList<>();
    for (Document d : story.documents()) {
      for (Sentence s : d.sentences()) {
        String text = s.text().replaceAll("\\s+", " ").strip();
        if (!text.isEmpty() && !pool.contains(text)) pool.add(text);
      }
    }
    List<String> chosen = new ArrayList<>();
    double current = 0;
    int used = 0;
    while (used < words && !pool.isEmpty()) {
      int best = -1;
      double bestValue = current;
      for (int i = 0; i < pool.size(); i++) {
        chosen.add(pool.get(i));
        double v = value(scorer, chosen, refs);
        chosen.remove(chosen.size() - 1);
        if (v > bestValue + 1e-12) {
          bestValue = v;
          best = i;
        }
      }
      if (best < 0) break;
      String s = pool.remove(best);
      chosen.add(s);
      used += WordCount.of(s);
      current = bestValue;
    }
    return chosen;
  }

  private double value(RougeScorer scorer, List<String> peer, List<List<String>> refs) {
    double v = 0;
    for (int n = 1; n <= 2; n++) {
      UnitScore score = scorer.ngramScore(peer, refs, n);
      v += measure == RougeMeasure.RECALL ? score.recall() : score.f1();
    }
    return v;
  }
}
