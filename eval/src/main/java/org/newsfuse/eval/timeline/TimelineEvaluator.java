package org.newsfuse.eval.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.newsfuse.eval.rouge.RougeScorer;
import org.newsfuse.eval.rouge.RougeSettings;

/**
 * Runs a timeline system as news-tls evaluates on Timeline17 ({@code experiments/evaluate.py}): once per
 * gold timeline, on the articles published between that timeline's first and last date, asking for
 * as many dates as the gold has and its mean number of sentences per date; scored by date F1 and
 * alignment-based ROUGE-1/2 (align+ m:1).
 */
public final class TimelineEvaluator {
  private final AlignedRouge alignedRouge;
  private final boolean stopWordsRemoved;

  /** tilse's ROUGE options, {@code -n 2 -x -m -s -f A} (stop words removed with ROUGE's bundled SMART list). */
  public TimelineEvaluator() {
    this.stopWordsRemoved = RougeScorer.stopWordsAvailable();
    RougeSettings settings = RougeSettings.ofMaxN(2).withRougeL(false).withStemming(true)
        .withStopWordRemoval(stopWordsRemoved).withBootstrap(95, 1);
    this.alignedRouge = new AlignedRouge(new RougeScorer(settings));
  }

  public boolean stopWordsRemoved() {
    return stopWordsRemoved;
  }

  public TopicResult evaluate(TimelineTopic topic, TimelineSystem system) {
    List<TimelineResult> results = new ArrayList<>();
    for (int i = 0; i < topic.goldTimelines().size(); i++) {
      List<DatedSummary> gold = topic.goldTimelines().get(i);
      TreeSet<LocalDate> goldDates = new TreeSet<>(AlignedRouge.byDate(gold).keySet());
      int numDates = goldDates.size();
      int sentencesPerDate = averageSummaryLength(gold);
      LocalDate start = goldDates.first();
      LocalDate end = goldDates.last();
      List<DatedArticle> input = topic.articles().stream()
          .filter(a -> !a.date().isBefore(start) && !a.date().isAfter(end)).toList();
      List<DatedSummary> predicted = system.build(input, topic.query(), numDates, sentencesPerDate);
      Set<LocalDate> predictedDates = new TreeSet<>(AlignedRouge.byDate(predicted).keySet());
      results.add(new TimelineResult(topic.name(), i, numDates, sentencesPerDate,
          DateSelection.score(predictedDates, goldDates),
          alignedRouge.score(predicted, gold, 1),
          alignedRouge.score(predicted, gold, 2)));
    }
    return new TopicResult(topic.name(), results);
  }

  /** news-tls {@code get_average_summary_length}: Python's round() of the mean, half to even. */
  static int averageSummaryLength(List<DatedSummary> gold) {
    var byDate = AlignedRouge.byDate(gold);
    double mean = byDate.values().stream().mapToInt(List::size).average().orElse(1);
    return (int) Math.rint(mean);
  }
}
