package org.newsfuse.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Days named by invented sentences, resolved against a Thursday publication day. */
class DateMentionsTest {
  private static final LocalDate THURSDAY = LocalDate.of(2033, 9, 15);

  @Test
  void explicitDatesWithAndWithoutYear() {
    assertThat(DateMentions.in("The dam burst on 12 September 2033 .", THURSDAY))
        .containsExactly(LocalDate.of(2033, 9, 12));
    assertThat(DateMentions.in("Talks resumed on September 3 in Varel .", THURSDAY))
        .containsExactly(LocalDate.of(2033, 9, 3));
  }

  @Test
  void weekdaysLookBackUnlessTheSentenceSpeaksOfTheFuture() {
    assertThat(DateMentions.in("The mayor resigned on Monday .", THURSDAY))
        .containsExactly(LocalDate.of(2033, 9, 12));
    assertThat(DateMentions.in("The council will vote on Monday .", THURSDAY))
        .containsExactly(LocalDate.of(2033, 9, 19));
    assertThat(DateMentions.in("The inquiry is due to open next Tuesday .", THURSDAY))
        .containsExactly(LocalDate.of(2033, 9, 20));
    assertThat(DateMentions.in("Protesters gathered last Thursday .", THURSDAY))
        .containsExactly(LocalDate.of(2033, 9, 8));
    assertThat(DateMentions.in("The flood barrier failed yesterday .", THURSDAY))
        .containsExactly(LocalDate.of(2033, 9, 14));
  }
}
