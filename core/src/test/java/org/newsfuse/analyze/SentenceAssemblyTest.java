package org.newsfuse.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsfuse.model.Article;
import org.newsfuse.model.Document;
import org.newsfuse.model.Sentence;
import org.newsfuse.model.Token;

/**
 * Sentences around quotations: CoreNLP splits at every "!" and "?" and keeps quotation marks with
 * the wrong sentence; the assembler repairs both. One shared analysis of an invented report.
 */
class SentenceAssemblyTest {
  static final String TEXT = "People on the quay shouted “Get them off! Get them off!” as the "
      + "first boat came in. “Where is the captain?” a deckhand asked. What now? he wondered. "
      + "The crowd cheered “Bravo!”, and the tug turned back.\n\n"
      + "“The smoke came up the stairs. We ran for the bow,” a passenger told the Beacon. "
      + "The pilot boat waited. \"We will find him. We always do,\" the harbour master said.\n\n"
      + "Nobody asked why! the rescue went on. The siren wailed “Clear the quay!”\n\n"
      + "minutes later the quay was empty. ‘It was chaos. Total chaos,’ said one passenger.";
  static Document doc;

  @BeforeAll
  static void analyse() {
    doc = new Analyzer().analyze(new Article("q1", "Test Wire", null, "t", null, TEXT, "en", "t"));
  }

  private static List<String> texts() {
    List<String> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) out.add(s.text());
    return out;
  }

  @Test
  void exclamationsAndQuestionsInsideQuotesDoNotEndTheSentence() {
    assertThat(texts()).contains(
        "People on the quay shouted “Get them off! Get them off!” as the first boat came in.",
        "“Where is the captain?” a deckhand asked.",
        "What now? he wondered.",
        "The crowd cheered “Bravo!”, and the tug turned back.");
    assertThat(texts()).noneMatch(t -> t.startsWith("as the first boat"));
  }

  @Test
  void sentencesOfAMultiSentenceQuoteStaySplitAndSayTheyStartInsideIt() {
    List<Sentence> ss = doc.sentences();
    Sentence second = find("We ran for the bow,” a passenger told the Beacon.");
    assertThat(second.startsInQuote()).isTrue();
    assertThat(find("“The smoke came up the stairs.").startsInQuote()).isFalse();
    Sentence straight = find("We always do,\" the harbour master said.");
    assertThat(straight.startsInQuote()).isTrue();
    // The opening mark belongs to its own sentence, not to the end of the one before.
    assertThat(texts()).contains("The pilot boat waited.", "\"We will find him.");
    boolean[] quoted = second.quotedTokens();
    List<String> inside = new ArrayList<>();
    for (int i = 0; i < quoted.length; i++) {
      if (quoted[i]) inside.add(second.tokens().get(i).word());
    }
    assertThat(String.join(" ", inside)).isEqualTo("We ran for the bow ,");
    assertThat(ss).noneMatch(s -> s.text().startsWith("”") || s.text().startsWith(",")
        || s.text().endsWith("“") || s.text().endsWith(" \""));
  }

  @Test
  void aSingleQuotedQuotationCarriedOverEndsAtItsClosingMark() {
    Sentence s = find("Total chaos,’ said one passenger.");
    assertThat(s.startsInQuote()).isTrue();
    boolean[] quoted = s.quotedTokens();
    List<String> inside = new ArrayList<>();
    for (int i = 0; i < quoted.length; i++) {
      if (quoted[i]) inside.add(s.tokens().get(i).word());
    }
    assertThat(String.join(" ", inside)).isEqualTo("Total chaos ,");
  }

  @Test
  void nothingIsJoinedAcrossAParagraph() {
    assertThat(texts()).contains("Nobody asked why! the rescue went on.");
    assertThat(doc.sentences()).filteredOn(s -> s.text().startsWith("“The smoke"))
        .allMatch(s -> !s.startsInQuote());
    assertThat(texts()).contains("The siren wailed “Clear the quay!”",
        "minutes later the quay was empty.");
  }

  @Test
  void joinedSentencesSpanAllTheirPiecesExactly() {
    for (Sentence s : doc.sentences()) {
      String raw = TEXT.substring(s.span().begin(), s.span().end()).replaceAll("\\s+", " ");
      assertThat(raw).isEqualTo(s.text());
      Token first = s.tokens().get(0);
      Token last = s.tokens().get(s.tokens().size() - 1);
      assertThat(first.begin()).isEqualTo(s.span().begin());
      assertThat(last.end()).isEqualTo(s.span().end());
      for (int i = 1; i < s.tokens().size(); i++) {
        assertThat(s.tokens().get(i).begin()).isGreaterThanOrEqualTo(s.tokens().get(i - 1).end());
      }
    }
    for (int i = 0; i < doc.sentences().size(); i++) {
      assertThat(doc.sentences().get(i).index()).isEqualTo(i);
    }
  }

  private static Sentence find(String text) {
    return doc.sentences().stream().filter(s -> s.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no sentence " + text + " in " + texts()));
  }
}
