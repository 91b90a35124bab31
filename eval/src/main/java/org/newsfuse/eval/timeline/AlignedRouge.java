package org.newsfuse.eval.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.newsfuse.eval.rouge.RougeCounts;
import org.newsfuse.eval.rouge.RougeScorer;

/**
 * Alignment-based ROUGE-N for timelines, the "align+ m:1" variant of Martschat and Markert (2017) as
 * implemented in tilse ({@code evaluate_align_date_content_costs_many_to_one}) and reported by
 * news-tls: every predicted date is aligned to the reference date of least cost (for precision) and
 * every reference date to the predicted date of least cost (for recall), where cost = (1 - 1/(d+1)) *
 * (1 - approximate ROUGE-1 F of the two summaries) and d is the distance in days; the ROUGE hits of an
 * aligned pair are weighted by 1/(d+1). Counts come from our ROUGE-1.5.5 with tilse's options.
 */
public final class AlignedRouge {
  private final RougeScorer rouge;

  /** @param rouge scorer configured as tilse runs ROUGE ({@code -n 2 -m -s -f A}) */
  public AlignedRouge(RougeScorer rouge) {
    this.rouge = rouge;
  }

  /** Scores a predicted timeline against one reference timeline with ROUGE-{@code n}. */
  public Prf score(List<DatedSummary> predicted, List<DatedSummary> reference, int n) {
    NavigableMap<LocalDate, List<String>> pred = byDate(predicted);
    NavigableMap<LocalDate, List<String>> ref = byDate(reference);
    List<LocalDate> predDates = new ArrayList<>(pred.keySet());
    List<LocalDate> refDates = new ArrayList<>(ref.keySet());
    Map<String, RougeCounts> cache = new HashMap<>();

    double precisionNumerator = 0;
    double precisionDenominator = 0;
    for (LocalDate p : predDates) {
      LocalDate r = cheapest(p, refDates, pred, ref, true);
      if (r == null) {
        precisionDenominator += counts(pred.get(p), List.of(), n, cache).peerCount();
        continue;
      }
      RougeCounts c = counts(pred.get(p), ref.get(r), n, cache);
      precisionNumerator += weight(p, r) * c.hits();
      precisionDenominator += c.peerCount();
    }
    double recallNumerator = 0;
    double recallDenominator = 0;
    for (LocalDate r : refDates) {
      LocalDate p = cheapest(r, predDates, pred, ref, false);
      if (p == null) {
        recallDenominator += counts(List.of(), ref.get(r), n, cache).modelCount();
        continue;
      }
      RougeCounts c = counts(pred.get(p), ref.get(r), n, cache);
      recallNumerator += weight(p, r) * c.hits();
      recallDenominator += c.modelCount();
    }
    double precision = precisionDenominator == 0 ? 0 : precisionNumerator / precisionDenominator;
    double recall = recallDenominator == 0 ? 0 : recallNumerator / recallDenominator;
    return Prf.of(precision, recall);
  }

  /**
   * The target date of least alignment cost, the first in date order on ties (numpy's argmin).
   * {@code fromPredicted}: source is a predicted date, targets are reference dates; else the reverse.
   */
  private static LocalDate cheapest(LocalDate source, List<LocalDate> targets,
      Map<LocalDate, List<String>> pred, Map<LocalDate, List<String>> ref, boolean fromPredicted) {
    LocalDate best = null;
    double bestCost = Double.POSITIVE_INFINITY;
    for (LocalDate target : targets) {
      double dateFactor = 1 - weight(source, target);
      List<String> predSummary = fromPredicted ? pred.get(source) : pred.get(target);
      List<String> refSummary = fromPredicted ? ref.get(target) : ref.get(source);
      double cost = dateFactor * (1 - approximateRouge1(predSummary, refSummary));
      if (cost < bestCost) {
        bestCost = cost;
        best = target;
      }
    }
    return best;
  }

  private static double weight(LocalDate a, LocalDate b) {
    return 1.0 / (Math.abs(ChronoUnit.DAYS.between(a, b)) + 1);
  }

  /** tilse's {@code compute_rouge_approximation} with one reference: unigram F1 on whitespace tokens. */
  static double approximateRouge1(List<String> predicted, List<String> reference) {
    Map<String, Integer> predCounts = tokenCounts(predicted);
    Map<String, Integer> refCounts = tokenCounts(reference);
    int match = 0;
    for (Map.Entry<String, Integer> e : predCounts.entrySet()) {
      match += Math.min(e.getValue(), refCounts.getOrDefault(e.getKey(), 0));
    }
    int predTotal = predCounts.values().stream().mapToInt(Integer::intValue).sum();
    int refTotal = refCounts.values().stream().mapToInt(Integer::intValue).sum();
    double precision = predTotal == 0 ? 0 : (double) match / predTotal;
    double recall = refTotal == 0 ? 0 : (double) match / refTotal;
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  private static Map<String, Integer> tokenCounts(List<String> sentences) {
    Map<String, Integer> counts = new HashMap<>();
    for (String sentence : sentences) {
      for (String token : sentence.strip().split("\\s+")) {
        if (!token.isEmpty()) {
          counts.merge(token, 1, Integer::sum);
        }
      }
    }
    return counts;
  }

  private RougeCounts counts(List<String> predicted, List<String> reference, int n, Map<String, RougeCounts> cache) {
    String key = n + "\u0000" + String.join("\n", predicted) + "\u0001" + String.join("\n", reference);
    return cache.computeIfAbsent(key, k -> rouge.ngramCounts(asSeeLines(predicted), List.of(asSeeLines(reference)), n));
  }

  /**
   * What ROUGE reads from the SEE files tilse writes: tokens re-joined by single spaces, "^" escaped
   * as "&amp;circ;", and each line read only up to its first "&lt;".
   */
  private static List<String> asSeeLines(List<String> sentences) {
    List<String> lines = new ArrayList<>(sentences.size());
    for (String sentence : sentences) {
      String line = String.join(" ", sentence.strip().split("\\s+")).replace("^", "&circ;");
      int lt = line.indexOf('<');
      lines.add(lt >= 0 ? line.substring(0, lt) : line);
    }
    return lines;
  }

  /** One summary per date; a repeated date keeps its last summary, as a Python dict would. */
  static NavigableMap<LocalDate, List<String>> byDate(List<DatedSummary> timeline) {
    NavigableMap<LocalDate, List<String>> map = new TreeMap<>();
    for (DatedSummary entry : timeline) {
      map.put(entry.date(), entry.sentences().stream().map(String::strip).toList());
    }
    return map;
  }
}
