package org.newsfuse.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsfuse.model.Article;
import org.newsfuse.model.Document;
import org.newsfuse.model.Sentence;

class AnalyzerTest {
  @Test
  void sentencesCarrySpansIntoTheArticleText() {
    String text = "Harbourside, Tuesday. The ferry Maribel ran aground at 6:40 a.m. "
        + "“Nobody was hurt,” said Captain Ona Veldt.\n\nRescuers arrived within the hour.";
    Article a = new Article("a1", "Test Wire", null, "t", null, text, "en", "test");
    Document d = new Analyzer().analyze(a);
    assertThat(d.sentences()).hasSizeGreaterThanOrEqualTo(3);
    for (Sentence s : d.sentences()) {
      assertThat(text.substring(s.span().begin(), s.span().end()).replaceAll("\\s+", " "))
          .isEqualTo(s.text());
    }
  }
}
