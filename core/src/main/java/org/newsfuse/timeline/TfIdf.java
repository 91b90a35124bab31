package org.newsfuse.timeline;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ArrayList;
import org.newsfuse.align.ContentWords;

/**
 * TF-IDF weights over the sentences of a collection, as scikit-learn's default vectorizer weighs
 * them (which news-tls uses): raw term counts times smoothed idf ln((1+n)/(1+df)) + 1, each sentence
 * vector scaled to unit length; words of two or more letters or digits, function words left out.
 */
final class TfIdf {
  private final Map<String, Double> idf;
  private final double unseenIdf;

  private TfIdf(Map<String, Double> idf, double unseenIdf) {
    this.idf = idf;
    this.unseenIdf = unseenIdf;
  }

  static TfIdf of(List<DatedText> articles) {
    Map<String, Integer> df = new HashMap<>();
    int n = 0;
    for (DatedText article : articles) {
      for (String sentence : article.sentences()) {
        n++;
        for (String w : new HashSet<>(words(sentence))) df.merge(w, 1, Integer::sum);
      }
    }
    Map<String, Double> idf = new HashMap<>();
    int total = n;
    df.forEach((w, f) -> idf.put(w, Math.log((1.0 + total) / (1.0 + f)) + 1));
    return new TfIdf(idf, Math.log(1.0 + total) + 1);
  }

  static List<String> words(String sentence) {
    List<String> out = new ArrayList<>();
    for (String w : sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() >= 2 && !ContentWords.isStopword(w)) out.add(w);
    }
    return out;
  }

  /** Number of word tokens (letters or digits) in a sentence, function words included. */
  static int length(String sentence) {
    int count = 0;
    for (String w : sentence.split("\\s+")) {
      for (int i = 0; i < w.length(); i++) {
        if (Character.isLetterOrDigit(w.charAt(i))) {
          count++;
          break;
        }
      }
    }
    return count;
  }

  SparseVector vector(List<String> words) {
    Map<String, Double> v = new HashMap<>();
    for (String w : words) v.merge(w, 1.0, Double::sum);
    v.replaceAll((w, tf) -> tf * idf.getOrDefault(w, unseenIdf));
    double norm = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
    if (norm > 0) v.replaceAll((w, x) -> x / norm);
    return SparseVector.of(v);
  }
}
