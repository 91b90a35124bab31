package org.newsfuse.quotes;

import java.util.Locale;
import java.util.Set;
import org.newsfuse.model.Token;

/** Verbs that introduce reported speech ("said", "told", "tweeted", "shouted"...). */
final class SpeechVerbs {
  private static final Set<String> LEMMAS = Set.of("say", "tell", "add", "write", "tweet", "warn",
      "insist", "shout", "yell", "scream", "state", "announce", "declare", "explain", "claim",
      "note", "continue", "ask", "reply", "respond", "comment", "argue", "urge", "vow", "confirm",
      "deny", "cry", "chant", "post", "recall", "admit", "acknowledge", "stress", "complain",
      "testify", "whisper", "exclaim", "plead", "demand", "remark", "mutter", "sob",
      "concede", "boast", "reiterate", "emphasise", "emphasize", "caution", "allege");
  private static final Set<String> FORMS = Set.of("said", "says", "told", "tells", "added",
      "adds", "wrote", "writes", "tweeted", "warned", "insisted", "shouted", "yelled", "screamed",
      "stated", "announced", "declared", "explained", "claimed", "noted", "asked", "replied",
      "continued", "confirmed", "cried");

  private SpeechVerbs() {
  }

  static boolean isSpeechVerb(Token t) {
    return t.pos().startsWith("VB") && LEMMAS.contains(t.lemma().toLowerCase(Locale.ROOT));
  }

  static boolean isSpeechWord(String word) {
    return FORMS.contains(word.toLowerCase(Locale.ROOT));
  }
}
