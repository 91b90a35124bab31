package org.newsfuse.app.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewords a paragraph the way two outlets word the same sentence differently: common news words
 * swap for a near-synonym and small counts move by one to three, so the sentence keeps its
 * structure but its text (and so its embedding-cache key) changes. Capitalised words (names,
 * sentence starts), clock times, years and numbers inside words are left alone. Deterministic
 * for a given {@link Random}.
 */
final class WordVariation {
  /** Interchangeable lower-case words, both directions. */
  private static final String[][] SWAPS = {
      {"fire", "blaze"}, {"ship", "vessel"}, {"ferry", "boat"}, {"passengers", "travellers"},
      {"said", "stated"}, {"says", "states"}, {"told", "informed"}, {"about", "around"},
      {"harbour", "port"}, {"people", "persons"}, {"taken", "brought"}, {"morning", "forenoon"},
      {"inspectors", "investigators"}, {"company", "operator"}, {"crew", "crewmembers"},
      {"smoke", "fumes"}, {"quay", "pier"}, {"rescued", "saved"}, {"started", "began"},
      {"hospital", "infirmary"}, {"investigation", "inquiry"}, {"minister", "secretary"},
      {"spokeswoman", "representative"}, {"spokesman", "representative"}, {"later", "afterwards"},
      {"earlier", "previously"}, {"officials", "authorities"}, {"immediately", "straight away"},
      {"thick", "dense"}, {"heavy", "dense"}, {"safely", "securely"}, {"reached", "got to"},
      {"evacuation", "removal"}, {"injured", "hurt"}, {"under control", "contained"},
      {"after", "following"}, {"more than", "over"}, {"would", "will"}, {"could", "might"},
      {"exactly", "precisely"}, {"establish", "determine"}, {"waiting", "hoping"},
      {"news", "word"}, {"update", "refresh"}, {"information", "details"},
      {"too early", "premature"}, {"everyone", "everybody"}, {"minutes", "moments"},
      {"alongside", "nearby"}, {"statement", "release"}, {"added", "continued"},
      {"first", "initial"}, {"last", "final"}, {"chief executive", "boss"},
      {"firefighters", "fire crews"}, {"travel", "go"}, {"routine", "regular"},
      {"worked", "laboured"}, {"reach", "get to"}, {"cooperating", "working"},
      {"fully", "completely"}, {"families", "relatives"}, {"thought", "concern"},
      {"priority", "focus"}, {"major", "serious"}, {"incident", "emergency"},
      {"posted", "shared"}, {"wrapped", "covered"}, {"pouring", "billowing"},
      {"clear", "certain"}, {"reporters", "journalists"}, {"reporter", "correspondent"},
      {"shortly", "soon"}, {"crossing", "voyage"}, {"berth", "mooring"}, {"saw", "spotted"},
      {"raised", "sounded"}, {"ashore", "on land"},
  };
  private static final Map<String, String> SWAP = new LinkedHashMap<>();
  private static final Pattern WORD_OR_NUMBER;

  static {
    StringBuilder alternatives = new StringBuilder();
    for (String[] pair : SWAPS) {
      SWAP.putIfAbsent(pair[0], pair[1]);
      SWAP.putIfAbsent(pair[1], pair[0]);
    }
    for (String w : SWAP.keySet()) {
      if (alternatives.length() > 0) alternatives.append('|');
      alternatives.append(Pattern.quote(w));
    }
    // A listed word or phrase, or a standalone count of 1 to 3 digits (not part of 09:30, 1998, 3.5).
    // Lower case only: a capitalised "Board" or "Post" is usually part of a name.
    WORD_OR_NUMBER = Pattern.compile("\\b(" + alternatives + ")\\b"
        + "|(?<![\\d:.,])\\b([1-9]\\d{0,2})\\b(?![\\d:.,]\\d)");
  }

  private final double swapChance;
  private final double numberChance;

  WordVariation(double swapChance, double numberChance) {
    this.swapChance = swapChance;
    this.numberChance = numberChance;
  }

  String vary(String text, Random random) {
    Matcher m = WORD_OR_NUMBER.matcher(text);
    StringBuilder out = new StringBuilder(text.length() + 16);
    while (m.find()) {
      String replacement = m.group();
      if (m.group(1) != null) {
        if (random.nextDouble() < swapChance) {
          replacement = SWAP.get(m.group(1));
        }
      } else if (random.nextDouble() < numberChance) {
        int n = Integer.parseInt(m.group(2));
        replacement = Integer.toString(n + 1 + random.nextInt(3));
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }
}
