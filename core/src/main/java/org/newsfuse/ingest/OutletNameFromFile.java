package org.newsfuse.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The outlet name a file name suggests when the content names none: "daily-beacon.txt" becomes
 * "Daily Beacon", "BBC_news_2025-03-11.html" becomes "BBC News". Numbers and hash-like parts
 * (dates, counters, content hashes) are dropped; if nothing else is left the bare name is used.
 */
final class OutletNameFromFile {
  private static final Pattern SEPARATORS = Pattern.compile("[\\s_\\-.+]+");
  private static final Pattern NUMBER = Pattern.compile("\\d+");
  /** Content hashes and ids: long hex runs that contain a digit. */
  private static final Pattern HASH = Pattern.compile("(?=.*\\d)[0-9a-fA-F]{8,}");

  /** What {@link ArticleReader#readStream} calls standard input; kept as is rather than "Stdin". */
  static final String STDIN = "stdin";

  private OutletNameFromFile() {
  }

  static String outletFor(String fileName) {
    String stem = stem(fileName);
    if (stem.equals(STDIN)) return STDIN;
    List<String> words = new ArrayList<>();
    for (String part : SEPARATORS.split(stem)) {
      if (part.isEmpty() || NUMBER.matcher(part).matches() || HASH.matcher(part).matches()) continue;
      words.add(capitalise(part));
    }
    if (words.isEmpty()) return stem.isBlank() ? "Unknown" : stem;
    return String.join(" ", words);
  }

  private static String stem(String fileName) {
    String name = fileName.strip();
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    name = name.substring(slash + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** Keeps words the file name already capitalises ("BBC", "McClatchy"); capitalises lower-case ones. */
  private static String capitalise(String word) {
    if (!word.equals(word.toLowerCase(Locale.ROOT))) return word;
    return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }
}
