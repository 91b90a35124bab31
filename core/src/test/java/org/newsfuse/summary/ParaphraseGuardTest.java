package org.newsfuse.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfuse.briefing.SourceRef;
import org.newsfuse.briefing.SummarySentence;
import org.newsfuse.embed.SentenceEmbedder;
import org.newsfuse.model.Story;

class ParaphraseGuardTest {

  private final Story story = ParaphrasedLeadsStory.get();
  private final Summarizer guarded = briefingSummarizer().withParaphraseGuard(SentenceEmbedder.shared());

  @Test
  void theOutletsParaphrasedLeadsAppearOnce() {
    List<SummarySentence> summary = guarded.summarize(story, 100);
    assertThat(summary.stream().filter(ParaphraseGuardTest::isLead))
        .as("leads in %s", texts(summary)).hasSize(1);
  }

  @Test
  void keepsTheMostInformativeWordingOfTheEvent() {
    // The first outlet's lead alone gives the day, the number of passengers and the source.
    List<SummarySentence> summary = guarded.summarize(story, 100);
    assertThat(texts(summary)).anyMatch(t -> t.startsWith("A landslide buried"));
  }

  @Test
  void keepsOneWordingOfTheEventWithTheLearnedWeightsToo() {
    List<SummarySentence> summary = new Summarizer(SummarizerSettings.defaults()
        .withTrims(false, false)).withParaphraseGuard(SentenceEmbedder.shared())
        .summarize(story, 100);
    assertThat(summary.stream().filter(ParaphraseGuardTest::isLead).count()).isEqualTo(1);
  }

  @Test
  void withoutTheGuardTheWordPairsSeeThreeDifferentSentences() {
    // What the guard is for: the concept coverage alone lets paraphrases through.
    List<SummarySentence> plain = briefingSummarizer().summarize(story, 100);
    assertThat(plain.stream().filter(ParaphraseGuardTest::isLead).count()).isGreaterThan(1);
  }

  @Test
  void guardedSummaryKeepsTheBudgetAndExactProvenance() {
    for (int budget : new int[] {30, 60, 100}) {
      List<SummarySentence> summary = guarded.summarize(story, budget);
      assertThat(summary).isNotEmpty();
      assertThat(summary.stream().mapToInt(s -> WordCount.of(s.text())).sum())
          .isLessThanOrEqualTo(budget);
      for (SummarySentence s : summary) {
        SourceRef shown = s.sources().get(0);
        String text = story.documents().stream()
            .filter(d -> d.article().id().equals(shown.article())).findFirst().orElseThrow()
            .article().text();
        assertThat(text.substring(shown.begin(), shown.end()).replaceAll("\\s+", " ").strip())
            .isEqualTo(s.text());
      }
    }
  }

  @Test
  void sameStoryGivesTheSameSummary() {
    assertThat(texts(guarded.summarize(story, 100)))
        .isEqualTo(texts(briefingSummarizer().withParaphraseGuard(SentenceEmbedder.shared())
            .summarize(story, 100)));
  }

  /**
   * As briefings use it: attributions kept, so every shown text is its source span verbatim, and
   * counted concept weights with the full lead prior. (With the learned weights the selector
   * prefers the third outlet's lead to the first's outright; both are one wording of the event,
   * and the guard's part is that only one of them stays.)
   */
  private static Summarizer briefingSummarizer() {
    return new Summarizer(SummarizerSettings.counted().withTrims(false, false));
  }

  private static boolean isLead(SummarySentence s) {
    return ParaphrasedLeadsStory.LEAD_OPENINGS.stream().anyMatch(s.text()::startsWith);
  }

  private static List<String> texts(List<SummarySentence> summary) {
    return summary.stream().map(SummarySentence::text).toList();
  }
}
