package org.newsfuse.eval.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A simple but real timeline baseline: the dates on which most articles were published, each
 * summarized by the sentences of that day's articles closest to the day's TF-IDF centroid, skipping
 * near-repeats. Deterministic: ties break on earlier date, then article id and sentence position.
 */
public final class PublicationDateBaseline implements TimelineSystem {
  private static final int MIN_TOKENS = 6;
  private static final int MAX_TOKENS = 50;
  private static final double MAX_SIMILARITY_TO_CHOSEN = 0.5;

  private record Candidate(String articleId, int position, LocalDate date, String text, Map<String, Double> vector) {
  }

  @Override
  public String name() {
    return "publication-date baseline";
  }

  @Override
  public List<DatedSummary> build(List<DatedArticle> articles, Query query, int numDates, int sentencesPerDate) {
    List<LocalDate> dates = busiestDates(articles, numDates);
    List<Candidate> candidates = candidates(articles, dates);
    Map<LocalDate, List<Candidate>> byDate = new TreeMap<>();
    for (Candidate c : candidates) {
      byDate.computeIfAbsent(c.date(), d -> new ArrayList<>()).add(c);
    }
    List<DatedSummary> timeline = new ArrayList<>();
    for (LocalDate date : dates) {
      List<String> summary = summarize(byDate.getOrDefault(date, List.of()), sentencesPerDate);
      if (!summary.isEmpty()) {
        timeline.add(new DatedSummary(date, summary));
      }
    }
    timeline.sort(Comparator.comparing(DatedSummary::date));
    return timeline;
  }

  private static List<LocalDate> busiestDates(List<DatedArticle> articles, int numDates) {
    Map<LocalDate, Integer> counts = new TreeMap<>();
    for (DatedArticle a : articles) {
      counts.merge(a.date(), 1, Integer::sum);
    }
    return counts.entrySet().stream()
        .sorted(Map.Entry.<LocalDate, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(numDates).map(Map.Entry::getKey).toList();
  }

  /** Sentences of the chosen days' articles, as TF-IDF vectors with IDF over all those sentences. */
  private static List<Candidate> candidates(List<DatedArticle> articles, List<LocalDate> dates) {
    List<DatedArticle> chosen = articles.stream().filter(a -> dates.contains(a.date()))
        .sorted(Comparator.comparing(DatedArticle::id)).toList();
    List<String> texts = new ArrayList<>();
    List<List<String>> tokenLists = new ArrayList<>();
    List<String[]> origins = new ArrayList<>();
    List<LocalDate> origDates = new ArrayList<>();
    Map<String, Integer> documentFrequency = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (DatedArticle a : chosen) {
      List<String> sentences = a.sentences();
      for (int i = 0; i < sentences.size(); i++) {
        String s = sentences.get(i);
        List<String> tokens = tokens(s);
        if (tokens.size() < MIN_TOKENS || tokens.size() > MAX_TOKENS || !seen.add(a.date() + "\t" + s)) {
          continue;
        }
        texts.add(s);
        tokenLists.add(tokens);
        origins.add(new String[] {a.id(), Integer.toString(i)});
        origDates.add(a.date());
        tokens.stream().distinct().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
      }
    }
    int n = texts.size();
    List<Candidate> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Map<String, Double> vector = new HashMap<>();
      for (String t : tokenLists.get(i)) {
        vector.merge(t, 1.0, Double::sum);
      }
      vector.replaceAll((t, tf) -> tf * Math.log((double) n / documentFrequency.get(t)));
      normalize(vector);
      out.add(new Candidate(origins.get(i)[0], Integer.parseInt(origins.get(i)[1]), origDates.get(i), texts.get(i), vector));
    }
    return out;
  }

  private static List<String> summarize(List<Candidate> day, int k) {
    if (day.isEmpty() || k <= 0) {
      return List.of();
    }
    Map<String, Double> centroid = new HashMap<>();
    for (Candidate c : day) {
      c.vector().forEach((t, w) -> centroid.merge(t, w, Double::sum));
    }
    normalize(centroid);
    List<Candidate> ranked = new ArrayList<>(day);
    Map<Candidate, Double> score = new HashMap<>();
    for (Candidate c : ranked) {
      score.put(c, cosine(c.vector(), centroid));
    }
    ranked.sort(Comparator.<Candidate>comparingDouble(score::get).reversed()
        .thenComparing(Candidate::articleId).thenComparingInt(Candidate::position));
    List<Candidate> picked = new ArrayList<>();
    for (Candidate c : ranked) {
      if (picked.size() == k) {
        break;
      }
      if (picked.stream().allMatch(p -> cosine(p.vector(), c.vector()) <= MAX_SIMILARITY_TO_CHOSEN)) {
        picked.add(c);
      }
    }
    return picked.stream().map(Candidate::text).toList();
  }

  private static List<String> tokens(String sentence) {
    List<String> tokens = new ArrayList<>();
    for (String t : sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{Nd}]+")) {
      if (!t.isEmpty()) {
        tokens.add(t);
      }
    }
    return tokens;
  }

  private static void normalize(Map<String, Double> vector) {
    double norm = Math.sqrt(vector.values().stream().mapToDouble(w -> w * w).sum());
    if (norm > 0) {
      vector.replaceAll((t, w) -> w / norm);
    }
  }

  private static double cosine(Map<String, Double> a, Map<String, Double> b) {
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double dot = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double w = large.get(e.getKey());
      if (w != null) {
        dot += e.getValue() * w;
      }
    }
    return dot;
  }
}
