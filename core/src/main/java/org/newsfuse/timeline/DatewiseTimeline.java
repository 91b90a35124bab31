package org.newsfuse.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A timeline of a long collection of dated articles (many days, one or many outlets), the
 * "datewise" way of news-tls (Ghalandari and Ifrim, ACL 2020): first pick the most important days,
 * then the best sentences for each.
 *
 * <ul>
 *   <li><b>Days</b> are ranked by how many articles mention them (a sentence's first day-level time
 *   expression, resolved against its article's publication day by {@link DateMentions}) plus how
 *   many were published on them. news-tls ranks by mentioned sentences alone; counting an article
 *   once per day it names, and adding publications, gave a better date F1 on Timeline17 (0.59
 *   against 0.55; docs/notes/facts.md).</li>
 *   <li><b>Candidates</b> for a day are the sentences that mention it and the opening sentences
 *   without a date of its articles and those of the next day (news-tls's PM-Mean collector); when
 *   both kinds exist, only those close to the day's vector (words both kinds share) above the knee
 *   of the similarity curve are kept.</li>
 *   <li><b>Summary</b>: the sentences whose sum is closest to the candidates' TF-IDF centroid, chosen
 *   greedily (news-tls's CentroidOpt), skipping repeats.</li>
 * </ul>
 * Deterministic: ties break on the earlier day, then article order and position.
 */
public final class DatewiseTimeline {
  private static final int MIN_WORDS = 6;
  private static final int MAX_WORDS = 60;
  /** news-tls: the first sentences of an article, by position, stand for its publication day. */
  private static final int OPENING_SENTENCES = 6;
  /** Tuned on the 9 Timeline17 topics in shared/eval (see docs/notes/facts.md). */
  private static final double PUBLISHED_WEIGHT = 1.0;
  private static final double MAX_SIMILARITY_TO_CHOSEN = 0.5;

  private record Candidate(int article, int position, String text, SparseVector vector) {
  }

  public List<DateSummary> build(List<DatedText> articles, int numDates, int sentencesPerDate) {
    if (articles.isEmpty() || numDates <= 0) return List.of();
    LocalDate first = articles.stream().map(DatedText::published).min(Comparator.naturalOrder())
        .orElseThrow();
    LocalDate last = articles.stream().map(DatedText::published).max(Comparator.naturalOrder())
        .orElseThrow();
    TfIdf tfIdf = TfIdf.of(articles);
    Map<LocalDate, Double> score = new TreeMap<>();
    Map<LocalDate, List<Candidate>> mentioning = new HashMap<>();
    Map<LocalDate, List<Candidate>> opening = new HashMap<>();
    for (int a = 0; a < articles.size(); a++) {
      DatedText article = articles.get(a);
      score.merge(article.published(), PUBLISHED_WEIGHT, Double::sum);
      Set<LocalDate> mentionedHere = new HashSet<>();
      for (int s = 0; s < article.sentences().size(); s++) {
        String sentence = article.sentences().get(s);
        LocalDate mentioned = firstMentionedDay(sentence, article.published(), first, last);
        Candidate candidate = candidate(tfIdf, a, s, sentence);
        if (mentioned != null) {
          // an article counts once per day it names: one chronology listing many days is one voice
          if (mentionedHere.add(mentioned)) score.merge(mentioned, 1.0, Double::sum);
          if (candidate != null) mentioning.computeIfAbsent(mentioned, d -> new ArrayList<>()).add(candidate);
        } else if (s < OPENING_SENTENCES && candidate != null) {
          // an article reports its own day or the day before
          opening.computeIfAbsent(article.published(), d -> new ArrayList<>()).add(candidate);
          opening.computeIfAbsent(article.published().minusDays(1), d -> new ArrayList<>()).add(candidate);
        }
      }
    }
    List<LocalDate> days = score.entrySet().stream()
        .filter(e -> !e.getKey().isBefore(first) && !e.getKey().isAfter(last))
        .sorted(Map.Entry.<LocalDate, Double>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).toList();
    List<DateSummary> out = new ArrayList<>();
    for (LocalDate day : days) {
      if (out.size() >= numDates) break;
      List<Candidate> candidates = candidates(mentioning.getOrDefault(day, List.of()),
          opening.getOrDefault(day, List.of()));
      List<String> summary = summarize(candidates, sentencesPerDate);
      if (!summary.isEmpty()) out.add(new DateSummary(day, summary));
    }
    out.sort(Comparator.comparing(DateSummary::date));
    return out;
  }

  private static LocalDate firstMentionedDay(String sentence, LocalDate published, LocalDate first,
                                             LocalDate last) {
    for (LocalDate d : DateMentions.in(sentence, published)) {
      if (!d.isBefore(first.minusDays(1)) && !d.isAfter(last)) return d;
    }
    return null;
  }

  private static Candidate candidate(TfIdf tfIdf, int article, int position, String sentence) {
    int length = TfIdf.length(sentence);
    if (length < MIN_WORDS || length > MAX_WORDS) return null;
    SparseVector v = tfIdf.vector(TfIdf.words(sentence));
    return v.isZero() ? null : new Candidate(article, position, sentence, v);
  }

  /**
   * news-tls's PM-Mean collector: with both mentioning and opening sentences, the day's vector keeps
   * the words both share (weighted by their mean in each), and only candidates above the knee of
   * their similarity to it stay.
   */
  private static List<Candidate> candidates(List<Candidate> mentioning, List<Candidate> opening) {
    if (mentioning.isEmpty() || opening.isEmpty()) {
      return mentioning.isEmpty() ? opening : mentioning;
    }
    SparseVector mentionSum = SparseVector.sum(mentioning.stream().map(Candidate::vector).toList());
    SparseVector openingSum = SparseVector.sum(opening.stream().map(Candidate::vector).toList());
    SparseVector day = SparseVector.sharedMean(mentionSum, 1.0 / mentioning.size(), openingSum,
        1.0 / opening.size());
    List<Candidate> all = new ArrayList<>(mentioning);
    all.addAll(opening);
    double[] sims = new double[all.size()];
    for (int i = 0; i < all.size(); i++) sims[i] = all.get(i).vector().cosine(day);
    double threshold = KneePoint.valueAt(sims);
    List<Candidate> kept = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (sims[i] > 0 && sims[i] > threshold && !contains(kept, all.get(i))) kept.add(all.get(i));
    }
    return kept.isEmpty() ? all : kept;
  }

  private static boolean contains(List<Candidate> list, Candidate c) {
    for (Candidate o : list) if (o.article() == c.article() && o.position() == c.position()) return true;
    return false;
  }

  /** news-tls's CentroidOpt: greedily add the sentence that brings the summary closest to the centroid. */
  private static List<String> summarize(List<Candidate> candidates, int k) {
    if (candidates.isEmpty()) return List.of();
    SparseVector centroid = SparseVector.sum(candidates.stream().map(Candidate::vector).toList());
    List<Candidate> remaining = new ArrayList<>(candidates);
    remaining.sort(Comparator.comparingInt(Candidate::article).thenComparingInt(Candidate::position));
    List<Candidate> chosen = new ArrayList<>();
    SparseVector summary = SparseVector.EMPTY;
    while (chosen.size() < k && !remaining.isEmpty()) {
      Candidate best = null;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (Candidate c : remaining) {
        if (repeats(chosen, c)) continue;
        double score = summary.plus(c.vector()).cosine(centroid);
        if (score > bestScore) {
          bestScore = score;
          best = c;
        }
      }
      if (best == null) break;
      chosen.add(best);
      remaining.remove(best);
      summary = summary.plus(best.vector());
    }
    return chosen.stream().map(Candidate::text).toList();
  }

  private static boolean repeats(List<Candidate> chosen, Candidate c) {
    for (Candidate o : chosen) {
      if (o.vector().cosine(c.vector()) > MAX_SIMILARITY_TO_CHOSEN) return true;
    }
    return false;
  }
}
