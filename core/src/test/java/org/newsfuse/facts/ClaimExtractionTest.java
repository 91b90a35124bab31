package org.newsfuse.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsfuse.analyze.Analyzer;
import org.newsfuse.model.Article;
import org.newsfuse.model.Document;

/** Claims read from single invented sentences through the real Analyzer. */
class ClaimExtractionTest {
  private static final Analyzer ANALYZER = new Analyzer();

  private static Statement statement(String text) {
    Document d = ANALYZER.analyze(new Article("c", "Test", null, null, null, text, "en", "t"));
    var s = d.sentences().get(0);
    return new Statement(0, 0, d, s, ContentLemmas.of(s), Set.of(), List.of());
  }

  @Test
  void hospitalNamedAfterAVerbOfMoving() {
    List<Claim> claims = new WhereClaims().hospitals(
        statement("Injured passengers are being taken to St Aurel’s Hospital in Port Vell, the authority said."));
    assertThat(claims).singleElement().satisfies(c -> {
      assertThat(c.slot()).isEqualTo("where:hospital");
      assertThat(c.norm()).isEqualTo("st aurel");
    });
  }

  @Test
  void fateOfTheGunmanAndTheHedge() {
    assertThat(new OutcomeClaims().claims(statement(
        "The attacker was later shot dead by police at the scene.")))
        .extracting(Claim::slot, Claim::norm)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("fate:gunman", "killed"));
    assertThat(new OutcomeClaims().claims(statement(
        "It was not immediately clear whether the assailant was killed or arrested.")))
        .extracting(Claim::slot, Claim::norm)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("fate:gunman", "unclear"));
    assertThat(new OutcomeClaims().claims(statement(
        "A photographer captured the gunman on camera moments before the shooting.")))
        .isEmpty();
  }

  @Test
  void causeFirmAndHedged() {
    assertThat(new HedgeClaims().claims(statement(
        "Officials said it was too early to say what caused the blaze.")))
        .extracting(Claim::slot, Claim::norm)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("cause:fire", "unclear"));
    assertThat(new HedgeClaims().claims(statement(
        "The fire was caused by a discarded cigarette, the council said.")))
        .extracting(Claim::slot, Claim::norm)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("cause:fire", "discarded cigarette"));
  }

  @Test
  void placeOfTheEventAndTimeOfTheAlarm() {
    assertThat(new WhereClaims().claims(statement(
        "Firefighters said the blaze broke out in the galley shortly after noon.")))
        .extracting(Claim::slot, Claim::norm)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("where:fire:started", "galley"));
    List<Claim> clock = new ClockTimeClaims().claims(statement(
        "The alarm was sounded at about 6.15am by a deckhand."));
    assertThat(clock).singleElement().satisfies(c -> {
      assertThat(c.slot()).isEqualTo("time:alarm:sound");
      assertThat(c.norm()).isEqualTo("06:15");
    });
    assertThat(new WhoClaims().claims(statement(
        "The alarm was sounded at about 6.15am by a deckhand.")))
        .extracting(Claim::slot, Claim::norm)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("by:sound:alarm", "deckhand"));
  }
}
