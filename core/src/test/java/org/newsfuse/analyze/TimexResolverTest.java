package org.newsfuse.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.newsfuse.model.TimePrecision;

class TimexResolverTest {
  @Test
  void calendarValuesAtEveryPrecision() {
    assertThat(TimexResolver.resolve("1998"))
        .isEqualTo(new TimexResolver.Resolved(LocalDateTime.of(1998, 1, 1, 0, 0), TimePrecision.YEAR));
    assertThat(TimexResolver.resolve("2025-03").precision()).isEqualTo(TimePrecision.MONTH);
    assertThat(TimexResolver.resolve("2025-03-11").precision()).isEqualTo(TimePrecision.DAY);
    assertThat(TimexResolver.resolve("2025-03-11T07").precision()).isEqualTo(TimePrecision.HOUR);
    assertThat(TimexResolver.resolve("2025-03-11T07:10").start())
        .isEqualTo(LocalDateTime.of(2025, 3, 11, 7, 10));
  }

  @Test
  void zoneSuffixAndPartsOfTheDay() {
    assertThat(TimexResolver.resolve("2025-03-11T06:40+0000").start())
        .isEqualTo(LocalDateTime.of(2025, 3, 11, 6, 40));
    assertThat(TimexResolver.resolve("2025-03-11TEV"))
        .isEqualTo(new TimexResolver.Resolved(LocalDateTime.of(2025, 3, 11, 18, 0), TimePrecision.HOUR));
  }

  @Test
  void whatIsNoCalendarPointStaysUnresolved() {
    assertThat(TimexResolver.resolve("2025-W10")).isNull();
    assertThat(TimexResolver.resolve("XXXX-WXX-2")).isNull();
    assertThat(TimexResolver.resolve("PRESENT_REF")).isNull();
    assertThat(TimexResolver.resolve("2025-02-30")).isNull();
    assertThat(TimexResolver.resolve(null)).isNull();
  }
}
