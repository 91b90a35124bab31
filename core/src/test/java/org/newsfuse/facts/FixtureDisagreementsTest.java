package org.newsfuse.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfuse.briefing.Disagreement;
import org.newsfuse.briefing.Fact;

class FixtureDisagreementsTest {

  @Test
  void print() {
    StatementAlignment alignment = FixtureStoryAnalysis.alignment();
    List<Disagreement> found = new DisagreementFinder().disagreements(alignment);
    List<Fact> facts = new FactFinder().facts(alignment);
    if (Boolean.getBoolean("newsfuse.print")) {
      found.forEach(d -> {
        System.out.println("DISPUTE " + d.kind() + " " + d.point());
        d.versions().forEach(v -> System.out.println("   " + v.value() + " " + v.outlets() + " | " + v.text()));
      });
      facts.forEach(f -> System.out.println("FACT " + f.independentSources() + " " + f.outlets()
          + " " + f.sharedOrigin() + " | " + f.text()));
    }
    assertThat(found).isNotEmpty();
  }
}
