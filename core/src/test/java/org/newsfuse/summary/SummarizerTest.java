package org.newsfuse.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.newsfuse.align.InventedStory;
import org.newsfuse.briefing.SourceRef;
import org.newsfuse.briefing.SummarySentence;
import org.newsfuse.model.Document;
import org.newsfuse.model.Story;

class SummarizerTest {

  private final Story story = InventedStory.get();
  private final Summarizer summarizer = new Summarizer();

  @Test
  void respectsTheWordBudget() {
    for (int budget : new int[] {25, 60, 100}) {
      List<SummarySentence> summary = summarizer.summarize(story, budget);
      int words = summary.stream().mapToInt(s -> WordCount.of(s.text())).sum();
      assertThat(words).as("budget %d", budget).isLessThanOrEqualTo(budget).isPositive();
    }
  }

  @Test
  void wireCopyAppearsOnceWithAllItsSources() {
    List<SummarySentence> summary = summarizer.summarize(story, 100);
    List<SummarySentence> wire = summary.stream()
        .filter(s -> s.text().contains("forcing 212 passengers")).toList();
    assertThat(wire).hasSize(1);
    assertThat(wire.get(0).text()).isEqualTo(InventedStory.WIRE_SENTENCE);
    assertThat(wire.get(0).sources()).extracting(SourceRef::outlet)
        .containsExactlyInAnyOrder("Norpress", "Coastline Today");
  }

  @Test
  void provenanceSpansMatchTheTextExactly() {
    for (SummarySentence s : summarizer.summarize(story, 100)) {
      assertThat(s.sources()).isNotEmpty();
      SourceRef shown = s.sources().get(0);
      String text = articleText(shown.article());
      String span = text.substring(shown.begin(), shown.end()).replaceAll("\\s+", " ").strip();
      // the span, or when a trailing attribution was dropped, the span closed by a full stop
      assertThat(s.text()).isIn(span, span + ".");
      for (SourceRef r : s.sources()) {
        assertThat(r.begin()).isGreaterThanOrEqualTo(0).isLessThan(r.end());
        assertThat(r.end()).isLessThanOrEqualTo(articleText(r.article()).length());
      }
    }
  }

  @Test
  void noTwoSentencesSayTheSameThing() {
    List<SummarySentence> summary = summarizer.summarize(story, 100);
    for (int i = 0; i < summary.size(); i++) {
      for (int j = i + 1; j < summary.size(); j++) {
        assertThat(jaccard(summary.get(i).text(), summary.get(j).text()))
            .as("%s / %s", summary.get(i).text(), summary.get(j).text()).isLessThan(0.5);
      }
    }
    // Facts the story repeats across outlets, in copies and edits: each told once.
    for (String fact : List.of("forcing 212", "engine room", "suspend the Kessel Island route",
        "brought ashore")) {
      assertThat(summary.stream().filter(s -> s.text().contains(fact))).as(fact).hasSizeLessThan(2);
    }
  }

  @Test
  void usesNoJunkOrDanglingSentences() {
    for (SummarySentence s : summarizer.summarize(story, 100)) {
      String first = s.text().split("\\s+")[0].toLowerCase(Locale.ROOT).replaceAll("\\W", "");
      assertThat(first).isNotIn("he", "but", "however", "this", "it", "they");
      assertThat(s.text()).doesNotContain("?").doesNotStartWith("\"")
          .doesNotStartWith("PORT LINDEN");
    }
  }

  @Test
  void coversTheCentralFacts() {
    String all = String.join(" ", summarizer.summarize(story, 100).stream()
        .map(SummarySentence::text).toList());
    assertThat(all).contains("Marrow Star").contains("Port Linden").contains("212")
        .contains("engine room");
  }

  @Test
  void isDeterministic() {
    assertThat(new Summarizer().summarize(story, 80)).isEqualTo(summarizer.summarize(story, 80));
  }

  @Test
  void readsInOrderOfFirstReport() {
    List<SummarySentence> summary = summarizer.summarize(story, 100);
    assertThat(summary.get(0).text()).isEqualTo(InventedStory.WIRE_SENTENCE);
  }

  private String articleText(String id) {
    return story.documents().stream().map(Document::article).filter(a -> a.id().equals(id))
        .findFirst().orElseThrow().text();
  }

  private static double jaccard(String a, String b) {
    java.util.Set<String> x = words(a);
    java.util.Set<String> y = words(b);
    java.util.Set<String> shared = new java.util.HashSet<>(x);
    shared.retainAll(y);
    return shared.size() / (double) (x.size() + y.size() - shared.size());
  }

  private static java.util.Set<String> words(String s) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String w : s.toLowerCase(Locale.ROOT).split("\\W+")) {
      if (w.length() > 3) out.add(w);
    }
    return out;
  }
}
