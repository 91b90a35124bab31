package org.newsfuse.eval.rouge;

/**
 * ROUGE-1.5.5 options. Defaults follow the script: model-average scoring ({@code -f A}), alpha 0.5
 * ({@code -p 0.5}), 95% intervals from 1000 bootstrap samples ({@code -c 95 -r 1000}), stop words kept,
 * no stemming, no length limit; ROUGE-L computed unless {@code rougeL} is false ({@code -x}).
 *
 * @param maxN ROUGE-N is computed for n = 1..maxN ({@code -n}); 0 for none
 * @param stem Porter-stem tokens longer than three characters ({@code -m})
 * @param removeStopWords drop the SMART stop words ({@code -s})
 * @param wordLimit keep only the first words of every summary ({@code -l}); 0 for no limit
 * @param byteLimit keep only the first bytes of every summary ({@code -b}); 0 for no limit
 * @param rougeL compute ROUGE-L (summary-level LCS)
 * @param skipDistance compute ROUGE-S with this maximum gap ({@code -2}); negative: unlimited; null: off
 * @param skipWithUnigrams count unigrams too, giving ROUGE-SU ({@code -u})
 * @param alpha weight of precision in F = 1 / (alpha / P + (1 - alpha) / R) ({@code -p})
 * @param scoreMode how several references combine ({@code -f})
 * @param confidence confidence level in percent ({@code -c})
 * @param resamples bootstrap samples ({@code -r}), at least 1
 */
public record RougeSettings(int maxN, boolean stem, boolean removeStopWords, int wordLimit, int byteLimit,
    boolean rougeL, Integer skipDistance, boolean skipWithUnigrams, double alpha, ScoreMode scoreMode,
    double confidence, int resamples) {

  /** How a peer is scored against several references. */
  public enum ScoreMode {
    /** {@code -f A}: hits and counts summed over all references (the default). */
    MODEL_AVERAGE,
    /** {@code -f B}: only the best-matching reference counts. */
    BEST_MODEL
  }

  public RougeSettings {
    if (wordLimit != 0 && byteLimit != 0) {
      throw new IllegalArgumentException("give a word limit or a byte limit, not both");
    }
    if (alpha < 0 || alpha > 1) {
      throw new IllegalArgumentException("alpha must be within [0, 1]: " + alpha);
    }
    if (confidence < 0 || confidence > 100) {
      throw new IllegalArgumentException("confidence must be within [0, 100]: " + confidence);
    }
    if (resamples < 1) {
      throw new IllegalArgumentException("resamples must be at least 1: " + resamples);
    }
    if (scoreMode == null) {
      throw new IllegalArgumentException("scoreMode is required");
    }
  }

  /** The script run with only {@code -n maxN}: ROUGE-1..N and ROUGE-L, no stemming, no limit. */
  public static RougeSettings ofMaxN(int maxN) {
    return new RougeSettings(maxN, false, false, 0, 0, true, null, false, 0.5, ScoreMode.MODEL_AVERAGE, 95, 1000);
  }

  /** DUC 2004 task 2 as published: {@code -n 2 -m -l 100 -c 95 -r 1000}. */
  public static RougeSettings duc2004() {
    return ofMaxN(2).withStemming(true).withWordLimit(100);
  }

  /** Multi-News as measured in shared/eval: {@code -n 2 -m -l 260}. */
  public static RougeSettings multiNews() {
    return ofMaxN(2).withStemming(true).withWordLimit(260);
  }

  public RougeSettings withMaxN(int n) {
    return new RougeSettings(n, stem, removeStopWords, wordLimit, byteLimit, rougeL, skipDistance,
        skipWithUnigrams, alpha, scoreMode, confidence, resamples);
  }

  public RougeSettings withStemming(boolean on) {
    return new RougeSettings(maxN, on, removeStopWords, wordLimit, byteLimit, rougeL, skipDistance,
        skipWithUnigrams, alpha, scoreMode, confidence, resamples);
  }

  public RougeSettings withStopWordRemoval(boolean on) {
    return new RougeSettings(maxN, stem, on, wordLimit, byteLimit, rougeL, skipDistance,
        skipWithUnigrams, alpha, scoreMode, confidence, resamples);
  }

  public RougeSettings withWordLimit(int words) {
    return new RougeSettings(maxN, stem, removeStopWords, words, 0, rougeL, skipDistance,
        skipWithUnigrams, alpha, scoreMode, confidence, resamples);
  }

  public RougeSettings withByteLimit(int bytes) {
    return new RougeSettings(maxN, stem, removeStopWords, 0, bytes, rougeL, skipDistance,
        skipWithUnigrams, alpha, scoreMode, confidence, resamples);
  }

  public RougeSettings withRougeL(boolean on) {
    return new RougeSettings(maxN, stem, removeStopWords, wordLimit, byteLimit, on, skipDistance,
        skipWithUnigrams, alpha, scoreMode, confidence, resamples);
  }

  /** ROUGE-S with the given maximum gap; {@code withUnigrams} makes it ROUGE-SU ({@code -2 4 -u}). */
  public RougeSettings withSkipBigrams(int maxGap, boolean withUnigrams) {
    return new RougeSettings(maxN, stem, removeStopWords, wordLimit, byteLimit, rougeL, maxGap,
        withUnigrams, alpha, scoreMode, confidence, resamples);
  }

  public RougeSettings withAlpha(double value) {
    return new RougeSettings(maxN, stem, removeStopWords, wordLimit, byteLimit, rougeL, skipDistance,
        skipWithUnigrams, value, scoreMode, confidence, resamples);
  }

  public RougeSettings withScoreMode(ScoreMode mode) {
    return new RougeSettings(maxN, stem, removeStopWords, wordLimit, byteLimit, rougeL, skipDistance,
        skipWithUnigrams, alpha, mode, confidence, resamples);
  }

  public RougeSettings withBootstrap(double confidencePercent, int samples) {
    return new RougeSettings(maxN, stem, removeStopWords, wordLimit, byteLimit, rougeL, skipDistance,
        skipWithUnigrams, alpha, scoreMode, confidencePercent, samples);
  }

  /** The measure name the script prints for the skip-bigram score, e.g. ROUGE-SU4. */
  String skipMeasureName() {
    String gap = skipDistance < 0 ? "*" : Integer.toString(skipDistance);
    return (skipWithUnigrams ? "ROUGE-SU" : "ROUGE-S") + gap;
  }
}
