package org.newsfuse.facts;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the value of a number written in digits ("1,200", "3.5") or in words ("fourteen",
 * "twenty-two", "a dozen"). CoreNLP's NER could normalise some of these, but only when its NER
 * annotator runs; this keeps quantities readable from tokens and lemmas alone.
 */
final class NumberWords {
  private static final Map<String, Integer> UNITS = Map.ofEntries(
      Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
      Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
      Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
      Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
      Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
      Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
      Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
      Map.entry("ninety", 90), Map.entry("dozen", 12));
  private static final Map<String, Integer> SCALES = Map.of("hundred", 100, "thousand", 1000,
      "million", 1_000_000, "billion", 1_000_000_000);
  private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");
  private static final Pattern AGE = Pattern.compile("(\\d{1,3})-years?-old", Pattern.CASE_INSENSITIVE);

  private NumberWords() {
  }

  /** The value of one number word or digit string, if it is one. */
  static OptionalDouble value(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (DIGITS.matcher(w).matches()) return OptionalDouble.of(Double.parseDouble(w.replace(",", "")));
    Integer u = UNITS.get(w);
    if (u != null) return OptionalDouble.of(u);
    Integer s = SCALES.get(w);
    if (s != null) return OptionalDouble.of(s);
    // "twenty-two", "twenty-two-year-old" handled by the caller splitting on '-'
    String[] parts = w.split("-");
    if (parts.length == 2 && UNITS.containsKey(parts[0]) && UNITS.containsKey(parts[1])) {
      return OptionalDouble.of(UNITS.get(parts[0]) + UNITS.get(parts[1]));
    }
    return OptionalDouble.empty();
  }

  static boolean isScale(String word) {
    return SCALES.containsKey(word.toLowerCase(Locale.ROOT));
  }

  /** The age in an "N-year-old" token ("22-year-old"), if it is one. */
  static OptionalDouble age(String word) {
    Matcher m = AGE.matcher(word);
    if (m.matches()) return OptionalDouble.of(Double.parseDouble(m.group(1)));
    String w = word.toLowerCase(Locale.ROOT);
    for (String suffix : List.of("-year-old", "-years-old")) {
      if (w.endsWith(suffix)) return value(w.substring(0, w.length() - suffix.length()));
    }
    return OptionalDouble.empty();
  }
}
