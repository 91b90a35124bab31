package org.newsfuse.eval.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected stems worked out by hand from the rules in ROUGE-1.5.5's stemmer (see the class comment). */
class RougePorterStemmerTest {
  private final RougePorterStemmer stemmer = new RougePorterStemmer();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      // step 1a
      "caresses, caress", "ponies, poni", "ties, ti", "caress, caress", "cats, cat", "dogs, dog",
      "1990s, 1990",
      // step 1b
      "feed, feed", "agreed, agre", "plastered, plaster", "motoring, motor", "sing, sing",
      "conflated, conflat", "troubled, troubl", "sized, size", "hopping, hop", "falling, fall",
      "filing, file", "meetings, meet", "plotted, plot",
      // step 1c
      "happy, happi", "sky, sky",
      // steps 2 and 3
      "relational, relat", "conditional, condit", "valenci, valenc", "digitizer, digit",
      "generalization, gener", "electrical, electr", "hopefulness, hope", "generously, gener",
      "political, polit",
      // step 4, including ROUGE's change for -ement / -ment / -ent
      "adjustment, adjust", "agreement, agreem", "statement, statem", "environment, environ",
      "government, govern", "adoption, adopt",
      // step 5 and initial y
      "rate, rate", "cease, ceas", "controll, control", "roll, roll", "yelling, yell", "youth, youth"
  })
  void stemsAsRougeDoes(String word, String stem) {
    assertThat(stemmer.stem(word)).isEqualTo(stem);
  }
}
