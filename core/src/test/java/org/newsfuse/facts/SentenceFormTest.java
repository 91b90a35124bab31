package org.newsfuse.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which source sentences read well on their own as a briefing line (invented sentences). */
class SentenceFormTest {
  @Test
  void aCompleteSentenceHasNoPenalty() {
    assertThat(SentenceForm.penalty("The ferry Nordlys ran aground off Skarvik on Monday.")).isZero();
    assertThat(SentenceForm.penalty("14 crew members were taken to hospital.")).isZero();
    assertThat(SentenceForm.penalty("“We reached them within minutes,” harbour master Ida Berg said.")).isZero();
    assertThat(SentenceForm.penalty("The ship’s captain was rescued.")).isZero();
  }

  @Test
  void fragmentsAndSplicesAreFlawed() {
    // cut by extraction: starts in lower case, no closing punctuation
    assertThat(SentenceForm.penalty("before the crew closed the fire doors, and called the tugs.")).isGreaterThanOrEqualTo(10);
    assertThat(SentenceForm.penalty("The gunman was killed by police")).isGreaterThanOrEqualTo(10);
    // half a quotation
    assertThat(SentenceForm.penalty("We had boats alongside within minutes,\" the harbour master said.")).isGreaterThanOrEqualTo(10);
    assertThat(SentenceForm.penalty("“He drew a knife and ran at the guard.")).isGreaterThanOrEqualTo(10);
    assertThat(SentenceForm.penalty("We were there in minutes,’ said Ida Berg.")).isGreaterThanOrEqualTo(10);
    // two extractions spliced together, repeating themselves
    assertThat(SentenceForm.penalty("The envoy began his career in 1980 according to The envoybegan "
        + "his career in 1980 in Oslo.")).isGreaterThanOrEqualTo(10);
  }

  @Test
  void pageFurnitureIsFlawed() {
    assertThat(SentenceForm.penalty("Below is a clip of the crowd on the quay.")).isGreaterThanOrEqualTo(10);
    assertThat(SentenceForm.penalty("Watch: firefighters tackle the blaze in Varel.")).isGreaterThanOrEqualTo(10);
    assertThat(SentenceForm.penalty("The video shows firefighters tackling the blaze.")).isZero();
  }

  @Test
  void aPronounSpeakerIsWorseThanANamedOne() {
    int pronoun = SentenceForm.penalty("It was too early to say what caused the grounding, she added.");
    int named = SentenceForm.penalty("It was too early to say what caused the grounding, coastguard "
        + "spokeswoman Ida Berg said.");
    assertThat(pronoun).isGreaterThan(named);
    assertThat(pronoun).isLessThan(10);
  }
}
