package org.newsfuse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutletNameFromFileTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "daily-beacon.txt, Daily Beacon",
      "harbour_herald.html, Harbour Herald",
      "BBC-news-2025-03-11.html, BBC News",
      "coastal.wire.jsonl, Coastal Wire",
      "McClatchy 003.md, McClatchy",
      "000_e95ffa9f74c0f5ac.txt, 000_e95ffa9f74c0f5ac",
      "README, README",
      "stdin, stdin",
  })
  void outletFor(String fileName, String outlet) {
    assertThat(OutletNameFromFile.outletFor(fileName)).isEqualTo(outlet);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "Daily Beacon, daily-beacon",
      "Le Monde Diplomatique, le-monde-diplomatique",
      "Über Zeitung, uber-zeitung",
      "'', article",
      "新聞, article",
  })
  void slug(String outlet, String slug) {
    assertThat(ArticleIds.slug(outlet)).isEqualTo(slug);
  }
}
