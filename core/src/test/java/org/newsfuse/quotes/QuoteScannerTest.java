package org.newsfuse.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteScannerTest {
  private static List<String> quotes(String text) {
    return QuoteScanner.scan(text).stream().map(QuotedSpan::text).toList();
  }

  @Test
  void findsEveryQuotationStyle() {
    assertThat(quotes("He said \"the tide is out today\" and left.")).containsExactly(
        "the tide is out today");
    assertThat(quotes("“The tide is out,” she said.")).containsExactly("The tide is out");
    assertThat(quotes("«La marée est basse», a-t-il dit.")).containsExactly("La marée est basse");
    assertThat(quotes("Er sagte: „Die Flut kommt heute Abend“.")).containsExactly(
        "Die Flut kommt heute Abend");
    assertThat(quotes("‘The tide is out,’ said the pilot.")).containsExactly("The tide is out");
    assertThat(quotes("'The tide is out,' said the pilot.")).containsExactly("The tide is out");
  }

  @Test
  void apostrophesAreNotQuotationMarks() {
    assertThat(quotes("It wasn't the pilots’ fault, the ’90s rules were unclear.")).isEmpty();
    assertThat(quotes("‘We don’t know what the crews’ pay will be,’ he said.")).containsExactly(
        "We don’t know what the crews’ pay will be");
    assertThat(quotes("The harbour's owners didn't say.")).isEmpty();
  }

  @Test
  void spansExcludeTheMarksAndIndexTheText() {
    String text = "Then: “Nobody was hurt,” said the captain.";
    QuotedSpan q = QuoteScanner.scan(text).get(0);
    assertThat(text.substring(q.contentBegin(), q.contentEnd())).isEqualTo("Nobody was hurt");
    assertThat(text.charAt(q.open())).isEqualTo('“');
  }

  @Test
  void aParagraphWithoutClosingMarkContinuesIntoTheNextOpeningOne() {
    String text = "She said: ‘We were told to go to the bow. Nobody panicked.\n\n"
        + "‘Then the tug came and people clapped,’ she said.\n\nLater the ferry sank.";
    List<QuotedSpan> found = QuoteScanner.scan(text);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).text()).isEqualTo(
        "We were told to go to the bow. Nobody panicked. Then the tug came and people clapped");
    assertThat(text.substring(found.get(0).contentBegin(), found.get(0).contentEnd()))
        .startsWith("We were told").endsWith("people clapped");
  }

  @Test
  void anUnclosedDoubleQuoteEndsWithItsParagraph() {
    assertThat(quotes("He shouted “Get them all off the boat now\n\nThe crowd ran."))
        .containsExactly("Get them all off the boat now");
  }
}
