package org.newsfuse.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class TextCleanerTest {
  private final TextCleaner cleaner = new TextCleaner();

  private static String kept(CleanText c) {
    return c.blanked().replaceAll("\\s+", " ").strip();
  }

  @Test
  void blankedTextKeepsLengthOffsetsAndLineBreaks() {
    String text = "PORTMERE, March 3 (Reuters) - The ferry ran aground.\n\n"
        + "harbour-master-inspects-the-hull-at-dawn2\n\nCrews worked all night. Advertisement\n";
    CleanText c = cleaner.clean(text);
    assertThat(c.blanked()).hasSameSizeAs(text);
    for (int i = 0; i < text.length(); i++) {
      if (c.isJunk(i)) {
        assertThat(c.blanked().charAt(i)).isIn(' ', '\n');
      } else {
        assertThat(c.blanked().charAt(i)).isEqualTo(text.charAt(i));
      }
      if (text.charAt(i) == '\n') assertThat(c.blanked().charAt(i)).isEqualTo('\n');
    }
    assertThat(kept(c)).isEqualTo("The ferry ran aground. Crews worked all night.");
  }

  @Test
  void imageFileNamesAndTheCaptionsRunIntoThem() {
    String text = "The ferry struck the reef before dawn.\n\n"
        + "Captain Ona Veldt seen on the bridge last year2.jpgCaptain Ona Veldt on the bridge\n"
        + "The stranded ferry Maribel.PNG\n"
        + "The stranded ferry Maribel at low tide\n\n"
        + "Divers inspected the hull on Tuesday.";
    CleanText c = cleaner.clean(text);
    assertThat(kept(c)).isEqualTo(
        "The ferry struck the reef before dawn. Divers inspected the hull on Tuesday.");
    assertThat(c.junk()).extracting(Junk::kind).contains(JunkKind.IMAGE_FILE, JunkKind.CAPTION);
  }

  @Test
  void slugLinesAndTheCaptionNextToThem() {
    String text = "Rescuers reached the ship.\n\ncoastguard-chief-speaks-to-reporters-at-the-quay1\n\n"
        + "Coastguard chief Ilse Brandt ( left, in a yellow coat) speaks at the quay\n\n"
        + "She said nobody was missing.";
    CleanText c = cleaner.clean(text);
    assertThat(kept(c)).isEqualTo("Rescuers reached the ship. She said nobody was missing.");
    assertThat(c.junk()).extracting(Junk::kind).contains(JunkKind.SLUG, JunkKind.CAPTION);
  }

  @Test
  void captionRepeatedByTheNextLine() {
    String text = "Tugs pulled the ferry free.\nThe ferry Maribel leaves the harbour under tow\n"
        + "The ferry Maribel leaves the harbour under tow on Wednesday\nIt was towed to a dry dock.";
    CleanText c = cleaner.clean(text);
    assertThat(c.blanked()).doesNotContain("harbour under tow\n");
    assertThat(kept(c)).startsWith("Tugs pulled the ferry free.").endsWith("dry dock.");
  }

  @Test
  void unpunctuatedSubheadingIsNotACaption() {
    String text = "The tide turned at noon.\n\nWhat happens next\n\nThe inquiry opens next week.";
    assertThat(cleaner.clean(text).junk()).isEmpty();
  }

  @Test
  void socialPostsTheirTextAndBylines() {
    String text = "The harbour master posted a photo of the wreck: Maribel stuck on the reef this "
        + "morning pic.twitter.com/AbC123xy — Harbour Watch (@harbourwatch) March 3, 2021 "
        + "Officials later confirmed the photo. A second post said the crew were safe: "
        + "UPDATE: all crew accounted for pic. twitter.   —   Jo Kettle (@jkettle) March 3, 2021, "
        + "The ferry company has not commented.";
    CleanText c = cleaner.clean(text);
    assertThat(kept(c)).isEqualTo("The harbour master posted a photo of the wreck Officials later "
        + "confirmed the photo. A second post said the crew were safe The ferry company has not "
        + "commented.");
    assertThat(c.junk()).extracting(Junk::kind).containsOnly(JunkKind.SOCIAL_EMBED);
  }

  @Test
  void aPostRightAfterAStampKeepsTheBloggersSentence() {
    String text = "Update, 09:10 GMT: The coastguard says all 212 passengers are ashore. "
        + "Last boat just docked pic.twitter.com/Zz9 — Port Desk (@portdesk) March 3, 2021";
    CleanText c = cleaner.clean(text);
    // Without an introducing colon the post is taken to be the sentence the link ends.
    assertThat(kept(c)).isEqualTo("The coastguard says all 212 passengers are ashore.");
    assertThat(c.stamps()).hasSize(1);
  }

  @Test
  void photoCreditsAndWarnings() {
    String text = "WARNING: graphic content\nThe ferry listed badly. (AP Photo/Lena Marsh) "
        + "Passengers waited on deck (Photo: Tom Reyes/Coastal Press Agency) for hours. "
        + "Getty Images\nPhotograph: Ana Pell/Reuters\nThe pier stayed shut.";
    CleanText c = cleaner.clean(text);
    assertThat(kept(c)).isEqualTo(
        "The ferry listed badly. Passengers waited on deck for hours. The pier stayed shut.");
    assertThat(c.junk()).extracting(Junk::kind)
        .contains(JunkKind.PHOTO_CREDIT, JunkKind.CONTENT_WARNING);
  }

  @Test
  void shareAndSubscribeBoilerplate() {
    String text = "The port reopened on Friday.\nShare this article\nSign up to our newsletter\n"
        + "Read more: Ferry strikes reef off Portmere\nAdvertisement\n"
        + "Shipping resumed at noon. Click here to see our live map. Follow us on Twitter\n"
        + "Supported by the navy, the salvage team returned.";
    CleanText c = cleaner.clean(text);
    assertThat(kept(c)).isEqualTo("The port reopened on Friday. Shipping resumed at noon. "
        + "Supported by the navy, the salvage team returned.");
  }

  @Test
  void liveBlogStampsAreJunkButRecorded() {
    String text = "Update, 11:40 EST: Tugs have reached the ferry. UPDATE 07:55 GMT — The tide "
        + "is rising.\n11.40am: Divers are in the water.\n3.15pm - Salvage ends.\n"
        + "The meeting ran from 10:00 to 11:30 and ended without a deal.";
    CleanText c = cleaner.clean(text);
    assertThat(c.stamps()).extracting(Stamp::time).containsExactly(LocalTime.of(11, 40),
        LocalTime.of(7, 55), LocalTime.of(11, 40), LocalTime.of(15, 15));
    assertThat(c.stamps()).extracting(Stamp::zone).containsExactly("EST", "GMT", null, null);
    assertThat(kept(c)).isEqualTo("Tugs have reached the ferry. The tide is rising. Divers are in "
        + "the water. Salvage ends. The meeting ran from 10:00 to 11:30 and ended without a deal.");
    for (Stamp s : c.stamps()) {
      assertThat(text.substring(s.begin(), s.end())).isEqualTo(s.text());
    }
  }

  @Test
  void datelinesAreJunkAndRecorded() {
    CleanText wire = cleaner.clean("PORTMERE, March 3 (Reuters) - A ferry ran aground.");
    assertThat(wire.dateline()).isNotNull();
    assertThat(wire.dateline().place()).isEqualTo("PORTMERE");
    assertThat(wire.dateline().date()).isEqualTo("March 3");
    assertThat(wire.dateline().agency()).isEqualTo("Reuters");
    assertThat(kept(wire)).isEqualTo("A ferry ran aground.");

    CleanText cnn = cleaner.clean("(CNN) A ferry ran aground near Portmere.");
    assertThat(cnn.dateline().agency()).isEqualTo("CNN");
    assertThat(kept(cnn)).isEqualTo("A ferry ran aground near Portmere.");

    CleanText ap = cleaner.clean("By Mira Olsen\nPORTMERE, Norland (AP) — A ferry ran aground.");
    assertThat(ap.dateline().place()).isEqualTo("PORTMERE");
    assertThat(kept(ap)).isEqualTo("A ferry ran aground.");

    CleanText colon = cleaner.clean("Portmere: A ferry ran aground on Monday.");
    assertThat(colon.dateline().place()).isEqualTo("Portmere");
    assertThat(kept(colon)).isEqualTo("A ferry ran aground on Monday.");

    CleanText none = cleaner.clean("Update: the ferry is afloat. Nobody was hurt.");
    assertThat(none.dateline()).isNull();
  }

  @Test
  void repeatedHeadlineAndMarkdownHeadingsAreNotProse() {
    String text = "FERRY AGROUND OFF PORTMERE\n\nBy Mira Olsen\n\nThe ferry ran aground.\n\n"
        + "## What we know\n\nNobody was hurt.";
    CleanText c = cleaner.clean(text);
    assertThat(kept(c)).isEqualTo("The ferry ran aground. Nobody was hurt.");
    assertThat(c.junk()).extracting(Junk::kind)
        .containsExactly(JunkKind.HEADLINE, JunkKind.BYLINE, JunkKind.HEADLINE);
  }

  @Test
  void plainProseIsUntouched() {
    String text = "The Maribel, a 40-year-old ferry, ran aground at 6:40 a.m. on Tuesday.\n\n"
        + "\"Nobody was hurt,\" said Captain Ona Veldt. The photo agency's staff were on board.";
    CleanText c = cleaner.clean(text);
    assertThat(c.junk()).isEmpty();
    assertThat(c.blanked()).isEqualTo(text);
  }
}
