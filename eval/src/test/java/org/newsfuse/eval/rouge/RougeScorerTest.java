package org.newsfuse.eval.rouge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Small cases whose ROUGE scores were worked out by hand from the script's definitions. */
class RougeScorerTest {
  private static final RougeSettings PLAIN = RougeSettings.ofMaxN(2).withSkipBigrams(4, true).withBootstrap(95, 10);

  private static RougeResult score(RougeSettings settings, String peer, String... refs) {
    return new RougeScorer(settings).score(Evaluation.ofTexts("1", peer, List.of(refs)));
  }

  private static void assertScore(RougeScore score, double recall, double precision, double f1) {
    assertThat(score.recall().mean()).as("%s recall", score.measure()).isCloseTo(recall, within(1e-9));
    assertThat(score.precision().mean()).as("%s precision", score.measure()).isCloseTo(precision, within(1e-9));
    assertThat(score.f1().mean()).as("%s F", score.measure()).isCloseTo(f1, within(1e-9));
  }

  @Test
  void scoresEveryMeasureOnOneSentencePair() {
    RougeResult result = score(PLAIN, "The cat sat on the mat.", "The cat lay on the mat.");
    // unigrams: the x2, cat, on, mat shared: 5 of 6 on either side
    assertScore(result.get("ROUGE-1"), 0.83333, 0.83333, 0.83333);
    // bigrams: "the cat", "on the", "the mat" shared: 3 of 5
    assertScore(result.get("ROUGE-2"), 0.6, 0.6, 0.6);
    // LCS "the cat on the mat": 5 of 6
    assertScore(result.get("ROUGE-L"), 0.83333, 0.83333, 0.83333);
    // SU4: 15 skip-bigrams + 5 unigrams (the script skips the last token's unigram) = 20 per side;
    // the 10 pairs avoiding the third word match, and 4 unigrams (the x2, cat, on): 14 of 20
    assertScore(result.get("ROUGE-SU4"), 0.7, 0.7, 0.7);
  }

  @Test
  void rougeLTakesTheUnionOfLcsHitsOverPeerSentences() {
    // Lin (2004), section 3.2: r = w1..w5, c1 = w1 w2 w6 w7 w8, c2 = w1 w3 w8 w9 w5 -> union w1 w2 w3 w5
    RougeResult result = score(PLAIN, "a b f g h\na c h i e", "a b c d e");
    assertScore(result.get("ROUGE-L"), 0.8, 0.4, 0.53333);
  }

  @Test
  void precisionAndRecallDifferWithLengthAndAlphaWeighsThem() {
    RougeResult result = score(PLAIN, "alpha beta", "alpha beta gamma delta");
    assertScore(result.get("ROUGE-1"), 0.5, 1.0, 0.66667);
    RougeResult recallOnly = score(PLAIN.withAlpha(0), "alpha beta", "alpha beta gamma delta");
    assertThat(recallOnly.get("ROUGE-1").f1().mean()).isEqualTo(0.5);
    RougeResult precisionOnly = score(PLAIN.withAlpha(1), "alpha beta", "alpha beta gamma delta");
    assertThat(precisionOnly.get("ROUGE-1").f1().mean()).isEqualTo(1.0);
  }

  @Test
  void averagesOverReferencesByPoolingCountsOrTakesTheBest() {
    RougeResult average = score(PLAIN, "a b c", "a b c", "x y z d");
    // hits 3 + 0 over model counts 3 + 4; the peer is counted once per reference: 3 + 3
    assertScore(average.get("ROUGE-1"), 0.42857, 0.5, 0.46154);
    RougeResult best = score(PLAIN.withScoreMode(RougeSettings.ScoreMode.BEST_MODEL), "a b c", "a b c", "x y z d");
    assertScore(best.get("ROUGE-1"), 1.0, 1.0, 1.0);
  }

  @Test
  void wordLimitCutsPeerAndReferencesCountingWhitespaceWords() {
    RougeSettings five = PLAIN.withWordLimit(5);
    // the peer keeps "one two three four five"; the reference keeps all of its three words
    RougeResult result = score(five, "One two three four\nfive six seven", "five six seven");
    assertScore(result.get("ROUGE-1"), 0.33333, 0.2, 0.25);
    // "U.S.-led" is one word when cutting but three tokens after (u, s, led): the cut comes first
    RougeResult punct = score(PLAIN.withWordLimit(2), "U.S.-led forces attacked", "forces attacked");
    assertScore(punct.get("ROUGE-1"), 0.5, 0.25, 0.33333);
  }

  @Test
  void byteLimitCutsAtTheByte() {
    RougeResult result = score(PLAIN.withByteLimit(8), "abcdef ghij", "abcdef g");
    assertScore(result.get("ROUGE-1"), 1.0, 1.0, 1.0);
  }

  @Test
  void stemmingAppliesWordNetExceptionsAndPorterToWordsLongerThanThree() {
    RougeSettings stemmed = PLAIN.withStemming(true);
    // "children" -> "child" and "went" -> "go" come from WordNet's exception lists
    assertScore(score(stemmed, "Children went", "the child go").get("ROUGE-1"), 0.66667, 1.0, 0.8);
    assertScore(score(PLAIN, "Children went", "the child go").get("ROUGE-1"), 0, 0, 0);
    // Porter: "officials" and "official" -> "offici"; the script's quirk: "said" -> "say" (exception)
    // but "says" -> "sai" (Porter), so they do not match
    assertScore(score(stemmed, "officials said", "official says").get("ROUGE-1"), 0.5, 0.5, 0.5);
    // "was" and "is" are too short to stem, so they stay different words
    assertScore(score(stemmed, "was", "is").get("ROUGE-1"), 0, 0, 0);
  }

  @Test
  void stopWordRemovalUsesTheBundledSmartListWithoutRougeEvalHome() {
    RougeSettings settings = RougeSettings.ofMaxN(1).withRougeL(false).withStopWordRemoval(true).withBootstrap(95, 1);
    // "the", "was", "on" and the news word "reuters" are SMART stop words; "fire", "broke", "deck" are not
    RougeResult result = score(settings, "Reuters: the fire broke out on the deck.", "The fire was on the car deck.");
    // peer tokens fire, broke, deck ("out" is a stop word too); reference fire, car, deck: 2 of 3 each way
    assertScore(result.get("ROUGE-1"), 0.66667, 0.66667, 0.66667);
  }

  @Test
  void hyphensAndPunctuationSplitTokens() {
    RougeResult result = score(PLAIN, "Al-Qaida's U.S. attack", "al qaida s u s attack");
    assertScore(result.get("ROUGE-1"), 1.0, 1.0, 1.0);
  }

  @Test
  void bootstrapIsDeterministicAndBracketsTheMean() {
    List<Evaluation> units = new ArrayList<>();
    String[] peers = {"a b c d", "a b x y", "x y z w", "a x b y", "c d e f", "a b c e", "q r s t"};
    for (int i = 0; i < peers.length; i++) {
      units.add(Evaluation.ofTexts("u" + i, peers[i], List.of("a b c d e f")));
    }
    RougeScorer scorer = new RougeScorer(RougeSettings.ofMaxN(1));
    RougeScore first = scorer.score(units).get("ROUGE-1");
    RougeScore second = scorer.score(units).get("ROUGE-1");
    assertThat(second).isEqualTo(first);
    double plainMean = first.units().stream().mapToDouble(UnitScore::recall).average().orElseThrow();
    assertThat(first.recall().mean()).isCloseTo(plainMean, within(0.02));
    assertThat(first.recall().low()).isLessThan(first.recall().mean());
    assertThat(first.recall().high()).isGreaterThan(first.recall().mean());
    assertThat(first.recall().low()).isGreaterThanOrEqualTo(0.0);
    assertThat(first.recall().high()).isLessThanOrEqualTo(1.0);
  }

  @Test
  void perlRandomMatchesPerlsSrandAndRand() {
    // perl -e 'srand(0); print rand()' etc. (Perl 5.36)
    PerlDrand48 zero = new PerlDrand48(0);
    assertThat(zero.next()).isEqualTo(0.17082803610628972);
    assertThat(zero.next()).isEqualTo(0.74990198048496381);
    PerlDrand48 seed999 = new PerlDrand48(999);
    int[] draws = new int[8];
    for (int i = 0; i < draws.length; i++) {
      draws[i] = seed999.nextIndex(50);
    }
    assertThat(draws).containsExactly(5, 31, 40, 46, 38, 26, 29, 20);
  }

  @Test
  void oneUnitsNgramScoreEqualsTheAveragedScore() {
    RougeScorer scorer = new RougeScorer(PLAIN.withWordLimit(5));
    List<String> peer = List.of("The cat sat on the mat.", "It purred.");
    List<List<String>> refs = List.of(List.of("The cat lay on the mat."), List.of("A cat sat."));
    for (int n = 1; n <= 2; n++) {
      UnitScore unit = scorer.ngramScore(peer, refs, n);
      RougeScore averaged = scorer.score(new Evaluation("1", peer, refs)).get("ROUGE-" + n);
      assertThat(unit.recall()).isEqualTo(averaged.recall().mean());
      assertThat(unit.precision()).isEqualTo(averaged.precision().mean());
      assertThat(unit.f1()).isEqualTo(averaged.f1().mean());
    }
  }
}
