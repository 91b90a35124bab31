package org.newsfuse.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfuse.analyze.Analyzer;
import org.newsfuse.model.Article;
import org.newsfuse.model.Document;
import org.newsfuse.model.Sentence;

class QuantityExtractorTest {
  private static final Analyzer ANALYZER = new Analyzer();

  private static List<Quantity> quantities(String sentence) {
    Document d = ANALYZER.analyze(new Article("q", "Test", null, null, null, sentence, "en", "t"));
    Sentence s = d.sentences().get(0);
    return new QuantityExtractor().extract(s, sentence);
  }

  @Test
  void casualtyCountsAfterAndBeforeTheNumber() {
    assertThat(quantities("Fourteen people were injured in the blaze at the pier."))
        .singleElement().satisfies(q -> {
          assertThat(q.slot()).isEqualTo("injured");
          assertThat(q.low()).isEqualTo(14);
          assertThat(q.exact()).isTrue();
        });
    assertThat(quantities("The crash killed 11 people and injured 17 others."))
        .extracting(Quantity::slot, Quantity::low)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("killed", 11.0),
            org.assertj.core.groups.Tuple.tuple("injured", 17.0));
  }

  @Test
  void shotsWithQualifiersAndRanges() {
    Quantity atLeast = quantities("A witness said the man fired at least eight shots.").get(0);
    assertThat(atLeast.slot()).isEqualTo("shots");
    assertThat(atLeast.low()).isEqualTo(8);
    assertThat(atLeast.high()).isInfinite();
    Quantity range = quantities("The officer was hit four or five times, she said.").get(0);
    assertThat(range.slot()).isEqualTo("shots");
    assertThat(range.low()).isEqualTo(4);
    assertThat(range.high()).isEqualTo(5);
    assertThat(atLeast.compatibleWith(range)).isFalse();
  }

  @Test
  void boundsAreCompatibleWithValuesInside() {
    Quantity more = quantities("More than 200 passengers were rescued from the ship.").get(0);
    Quantity exact = quantities("Rescuers said 212 passengers were rescued.").get(0);
    assertThat(more.slot()).isEqualTo("rescued");
    assertThat(exact.slot()).isEqualTo("rescued");
    assertThat(more.compatibleWith(exact)).isTrue();
  }

  @Test
  void agesBelongToTheirSubject() {
    Quantity q = quantities("The attacker, a 22-year-old man, was arrested.").get(0);
    assertThat(q.slot()).startsWith("age:");
    assertThat(q.low()).isEqualTo(22);
    Quantity named = quantities("Captain Ona Veldt, 54 years old, was at the helm.").get(0);
    assertThat(named.slot()).isEqualTo("age:veldt");
  }

  @Test
  void yearsDatesAndTimesAreNotCounts() {
    assertThat(quantities("He joined the service in 1976 and left on March 3 at 6:40 a.m."))
        .isEmpty();
  }
}
