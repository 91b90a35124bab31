package org.newsfuse.facts;

import java.util.Set;

/** Which normalised values of one kind of claim can both be true. */
final class ClaimValues {
  /** Fates that exclude each other; a hedge ("unclear") is incompatible with every firm fate. */
  private static final Set<Set<String>> COMPATIBLE_FATES = Set.of(
      Set.of("killed", "injured"), Set.of("captured", "injured"), Set.of("rescued", "injured"),
      Set.of("alive", "injured"), Set.of("alive", "captured"), Set.of("alive", "rescued"),
      Set.of("alive", "unharmed"), Set.of("rescued", "unharmed"), Set.of("captured", "unharmed"),
      Set.of("captured", "rescued"));

  private ClaimValues() {
  }

  static boolean compatible(String kind, String a, String b) {
    if (a.equals(b)) return true;
    return switch (kind) {
      case "OUTCOME" -> COMPATIBLE_FATES.contains(Set.of(a, b));
      case "WHO" -> Names.same(a, b) || sharesWord(a, b);
      case "WHERE" -> sharesWord(a, b);
      case "HEDGE" -> !(a.equals("unclear") || b.equals("unclear")) && sharesWord(a, b);
      default -> false;
    };
  }

  /** Values given as space-separated content words agree when they share one. */
  private static boolean sharesWord(String a, String b) {
    Set<String> wa = Set.of(a.split(" "));
    for (String w : b.split(" ")) {
      if (w.length() > 2 && wa.contains(w)) return true;
      for (String x : wa) if (x.length() >= 5 && Names.same(x, w)) return true;
    }
    return false;
  }
}
