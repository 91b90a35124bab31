package org.newsfuse.eval.rouge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ROUGE faithful to ROUGE-1.5.5.pl (Lin 2004), in Java: same reading of summaries, tokenization,
 * Porter variant, length cuts, clipped counts, multi-reference combination, five-decimal rounding and
 * bootstrap intervals. Averages are over units, the script's default ({@code -t 0}).
 *
 * <p>Written by hand because no maintained Java ROUGE reproduces the Perl script's figures, and
 * published benchmark numbers are only comparable under the script's exact behaviour.
 *
 * <pre>{@code
 * RougeScorer scorer = new RougeScorer(RougeSettings.duc2004());
 * RougeResult result = scorer.score(List.of(Evaluation.ofTexts("d30001t", peer, refs)));
 * double r1 = result.get("ROUGE-1").recall().mean();   // 0.3595 = 35.95 in papers
 * }</pre>
 */
public final class RougeScorer {
  private final RougeSettings settings;
  private final RougeTokenizer tokenizer;

  public RougeScorer(RougeSettings settings) {
    this.settings = settings;
    Set<String> stopWords = settings.removeStopWords() ? SmartStopWords.load() : Set.of();
    this.tokenizer = new RougeTokenizer(settings.stem(), stopWords, settings.stem() ? WordNetExceptions.load() : Map.of());
  }

  public RougeSettings settings() {
    return settings;
  }

  /** Scores every unit and averages each measure over the units. */
  public RougeResult score(List<Evaluation> evaluations) {
    List<Prepared> units = evaluations.stream()
        .sorted(Comparator.comparing(e -> e.id() + "."))
        .map(this::prepare)
        .toList();
    List<RougeScore> scores = new ArrayList<>();
    for (int n = 1; n <= settings.maxN(); n++) {
      final int size = n;
      scores.add(average("ROUGE-" + n, units, u -> ngramScore(u, size)));
    }
    if (settings.rougeL()) {
      scores.add(average("ROUGE-L", units, this::lcsScore));
    }
    if (settings.skipDistance() != null) {
      scores.add(average(settings.skipMeasureName(), units, this::skipBigramScore));
    }
    return new RougeResult(scores);
  }

  /**
   * The script's raw n-gram counts ({@code -t 2}: M_count, P_count, H_count) of one peer against its
   * references, as timeline metrics (tilse) use them; references combine per the score mode.
   */
  public RougeCounts ngramCounts(List<String> peerLines, List<List<String>> referenceLines, int n) {
    Totals totals = ngramTotals(read(peerLines), referenceLines.stream().map(this::read).toList(), n);
    return new RougeCounts(totals.modelCount, totals.peerCount, totals.hits);
  }

  /**
   * ROUGE-N recall, precision and F of one peer against its references, as {@link #score} computes
   * them per unit but without the averaging and intervals (for searches that score many peers).
   */
  public UnitScore ngramScore(List<String> peerLines, List<List<String>> referenceLines, int n) {
    return ngramTotals(read(peerLines), referenceLines.stream().map(this::read).toList(), n)
        .score("");
  }

  /** Whether ROUGE's stop-word file for {@code -s} can be found (see {@link RougeSettings}). */
  public static boolean stopWordsAvailable() {
    return SmartStopWords.available();
  }

  /** Scores a single unit (no interval is meaningful for one unit, but the averages equal its scores). */
  public RougeResult score(Evaluation evaluation) {
    return score(List.of(evaluation));
  }

  private interface UnitMeasure {
    UnitScore apply(Prepared unit);
  }

  private RougeScore average(String measure, List<Prepared> units, UnitMeasure unitMeasure) {
    List<UnitScore> scores = units.stream().map(unitMeasure::apply).toList();
    double c = settings.confidence();
    int r = settings.resamples();
    return new RougeScore(measure,
        Bootstrap.interval(scores, UnitScore::recall, c, r),
        Bootstrap.interval(scores, UnitScore::precision, c, r),
        Bootstrap.interval(scores, UnitScore::f1, c, r),
        scores);
  }

  /** A summary's tokens read both ways the script reads them. */
  private record Tokens(List<String> whole, List<List<String>> units) {
  }

  private record Prepared(String id, Tokens peer, List<Tokens> models) {
  }

  private Prepared prepare(Evaluation evaluation) {
    return new Prepared(evaluation.id(), read(evaluation.peer()),
        evaluation.references().stream().map(this::read).toList());
  }

  private Tokens read(List<String> lines) {
    List<String> sentences = SummaryText.sentences(lines);
    int words = settings.wordLimit();
    int bytes = settings.byteLimit();
    List<String> whole = tokenizer.tokens(SummaryText.joined(sentences, words, bytes));
    List<List<String>> units = SummaryText.units(sentences, words, bytes).stream()
        .map(tokenizer::tokens).toList();
    return new Tokens(whole, units);
  }

  private UnitScore ngramScore(Prepared unit, int n) {
    return ngramTotals(unit.peer(), unit.models(), n).score(unit.id());
  }

  private Totals ngramTotals(Tokens peerTokens, List<Tokens> models, int n) {
    GramCounts peer = GramCounts.ngrams(peerTokens.whole(), n);
    Totals totals = new Totals();
    for (Tokens model : models) {
      GramCounts grams = GramCounts.ngrams(model.whole(), n);
      totals.add(grams.hits(peer), grams.total(), peer.total());
    }
    return totals;
  }

  private UnitScore skipBigramScore(Prepared unit) {
    int gap = settings.skipDistance();
    boolean unigrams = settings.skipWithUnigrams();
    GramCounts peer = GramCounts.skipBigrams(unit.peer().whole(), gap, unigrams);
    Totals totals = new Totals();
    for (Tokens model : unit.models()) {
      GramCounts grams = GramCounts.skipBigrams(model.whole(), gap, unigrams);
      totals.add(grams.hits(peer), grams.total(), peer.total());
    }
    return totals.score(unit.id());
  }

  private UnitScore lcsScore(Prepared unit) {
    GramCounts peerUnigrams = GramCounts.ngrams(unit.peer().whole(), 1);
    Totals totals = new Totals();
    for (Tokens model : unit.models()) {
      GramCounts modelUnigrams = GramCounts.ngrams(model.whole(), 1);
      int hits = LcsUnion.hits(model.units(), unit.peer().units(), modelUnigrams, peerUnigrams);
      int base = model.units().stream().mapToInt(List::size).sum();
      totals.add(hits, base, peerUnigrams.total());
    }
    return totals.score(unit.id());
  }

  /** Hits and counts summed over references ({@code -f A}) or taken from the best one ({@code -f B}). */
  private final class Totals {
    private int hits;
    private int modelCount;
    private int peerCount;
    private double best = -1;

    void add(int hit, int model, int peer) {
      if (settings.scoreMode() == RougeSettings.ScoreMode.BEST_MODEL) {
        double score = model != 0 ? Rounding.fiveDecimals((double) hit / model) : 0;
        if (score > best) {
          best = score;
          hits = hit;
          modelCount = model;
          peerCount = peer;
        }
      } else {
        hits += hit;
        modelCount += model;
        peerCount += peer;
      }
    }

    UnitScore score(String id) {
      double recall = modelCount != 0 ? Rounding.fiveDecimals((double) hits / modelCount) : 0;
      double precision = peerCount != 0 ? Rounding.fiveDecimals((double) hits / peerCount) : 0;
      double alpha = settings.alpha();
      double denominator = (1 - alpha) * precision + alpha * recall;
      double f = denominator > 0 ? Rounding.fiveDecimals(precision * recall / denominator) : 0;
      return new UnitScore(id, recall, precision, f);
    }
  }
}
