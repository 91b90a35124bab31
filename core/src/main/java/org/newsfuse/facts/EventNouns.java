package org.newsfuse.facts;

import java.util.Locale;
import java.util.Map;

/** One key for the words outlets use for the same kind of event ("blaze" and "fire"). */
final class EventNouns {
  private static final Map<String, String> CANONICAL = Map.ofEntries(
      Map.entry("blaze", "fire"), Map.entry("flames", "fire"), Map.entry("fires", "fire"),
      Map.entry("inferno", "fire"), Map.entry("blast", "explosion"),
      Map.entry("explosions", "explosion"), Map.entry("shooting", "attack"),
      Map.entry("assault", "attack"), Map.entry("assassination", "attack"),
      Map.entry("killing", "attack"), Map.entry("collision", "crash"),
      Map.entry("accident", "crash"), Map.entry("grounding", "crash"),
      Map.entry("sinking", "crash"), Map.entry("outage", "failure"),
      Map.entry("breakdown", "failure"), Map.entry("leak", "spill"));

  private EventNouns() {
  }

  static String canonical(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return CANONICAL.getOrDefault(w, w.endsWith("s") && w.length() > 4 && !w.endsWith("ss")
        ? w.substring(0, w.length() - 1) : w);
  }
}
