package org.newsfuse.eval.rouge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns normalized summary text into ROUGE tokens as the script's {@code createNGram} /
 * {@code tokenizeText_LCS} do: drop stop words when asked ({@code -s}), keep only tokens that start
 * with a letter or digit (so lone hyphens go), and with {@code -m} Porter-stem tokens longer than three
 * characters (shorter ones are kept as they are).
 */
final class RougeTokenizer {
  private final boolean stem;
  private final Set<String> stopWords;
  private final Map<String, String> exceptions;
  private final RougePorterStemmer stemmer = new RougePorterStemmer();
  /** Stems are pure functions of the token; caching them makes re-scoring many systems cheap. */
  private final Map<String, String> stemCache = new ConcurrentHashMap<>();

  RougeTokenizer(boolean stem, Set<String> stopWords, Map<String, String> exceptions) {
    this.stem = stem;
    this.stopWords = stopWords;
    this.exceptions = exceptions;
  }

  List<String> tokens(String normalizedText) {
    List<String> tokens = new ArrayList<>();
    if (normalizedText == null) {
      return tokens;
    }
    for (String token : PerlWhitespace.split(normalizedText)) {
      if (stopWords.contains(token) || token.isEmpty() || !startsWithWordCharacter(token)) {
        continue;
      }
      tokens.add(stem && token.length() > 3 ? morphStem(token) : token);
    }
    return tokens;
  }

  /** The script's {@code MorphStem}: an irregular form's WordNet base form, else the Porter stem. */
  private String morphStem(String token) {
    return stemCache.computeIfAbsent(token, t -> {
      String base = exceptions.get(t);
      return base != null ? base : stemmer.stem(t);
    });
  }

  private static boolean startsWithWordCharacter(String token) {
    char c = token.charAt(0);
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '$';
  }
}
