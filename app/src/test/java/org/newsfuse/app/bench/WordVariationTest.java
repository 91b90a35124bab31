package org.newsfuse.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WordVariationTest {
  @Test
  void swapsListedWordsAndCountsButLeavesNamesTimesAndYearsAlone() {
    WordVariation always = new WordVariation(1.0, 1.0);
    String varied = always.vary("Fire broke out at 06:40 GMT; the ship, built in 1998, had 14 "
        + "people on board, the Safety Board said.", new Random(1));

    assertThat(varied).startsWith("Fire broke out at 06:40 GMT; the vessel, built in 1998, had ");
    assertThat(varied).doesNotContain(" 14 ")
        .endsWith(" persons on board, the Safety Board stated.");
  }

  @Test
  void neverChangingLeavesTextAsIs() {
    String text = "The harbour master said 14 people were hurt.";
    assertThat(new WordVariation(0, 0).vary(text, new Random(3))).isEqualTo(text);
  }
}
