package org.newsfuse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublishedDateParserTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "2025-03-11T07:10:00Z                | 2025-03-11T07:10:00Z",
      "2025-03-11T07:10:00.250Z            | 2025-03-11T07:10:00.250Z",
      "2025-03-11T08:10:00+01:00           | 2025-03-11T07:10:00Z",
      "2025-03-11T08:10+0100               | 2025-03-11T07:10:00Z",
      "2025-03-11T02:10:00-05              | 2025-03-11T07:10:00Z",
      "2025-03-11T08:10:00+01:00[Europe/Paris] | 2025-03-11T07:10:00Z",
      "2025-03-11T07:10:00                 | 2025-03-11T07:10:00Z",
      "2025-03-11 07:10                    | 2025-03-11T07:10:00Z",
      "2025-03-11 7:10                     | 2025-03-11T07:10:00Z",
      "2025-03-11 07:10:00 UTC             | 2025-03-11T07:10:00Z",
      "2025-03-11 08:10:00 +01:00          | 2025-03-11T07:10:00Z",
      "2025/03/11                          | 2025-03-11T00:00:00Z",
      "2025-03-11                          | 2025-03-11T00:00:00Z",
      "'Tue, 11 Mar 2025 07:10:00 GMT'     | 2025-03-11T07:10:00Z",
      "'Tue, 11 Mar 2025 02:10:00 EST'     | 2025-03-11T07:10:00Z",
      "'Tue, 11 Mar 2025 08:10:00 +0100'   | 2025-03-11T07:10:00Z",
      "'11 Mar 2025 07:10 GMT'             | 2025-03-11T07:10:00Z",
      "'Tue, 11 Mar 25 07:10:00 GMT'       | 2025-03-11T07:10:00Z",
      "'March 11, 2025'                    | 2025-03-11T00:00:00Z",
      "'Mar. 11, 2025'                     | 2025-03-11T00:00:00Z",
      "'Tuesday, March 11th, 2025'         | 2025-03-11T00:00:00Z",
      "'11 March 2025'                     | 2025-03-11T00:00:00Z",
      "'Sept 9, 2025'                      | 2025-09-09T00:00:00Z",
      "'March 11, 2025 7:10 PM'            | 2025-03-11T19:10:00Z",
      "'March 11, 2025 at 7:10 a.m. EST'   | 2025-03-11T12:10:00Z",
      "'March 11, 2025 12:05 am'           | 2025-03-11T00:05:00Z",
      "'11 March 2025 19:10'               | 2025-03-11T19:10:00Z",
      "1741677000                          | 2025-03-11T07:10:00Z",
      "1741677000000                       | 2025-03-11T07:10:00Z",
  })
  void parses(String raw, String expected) {
    assertThat(PublishedDateParser.parse(raw)).contains(Instant.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "yesterday", "2025-13-45", "March 45, 2025", "12", "Breaking news"})
  void rejects(String raw) {
    assertThat(PublishedDateParser.parse(raw)).isEmpty();
  }
}
