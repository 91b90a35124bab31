package org.newsfuse.eval.rouge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The stop words of {@code -s}: ROUGE's data file {@code smart_common_words.txt} (the SMART list), read
 * from the ROUGE data directory, as the script does: {@code -Drouge.eval.home=DIR} or the environment
 * variable {@code ROUGE_EVAL_HOME}. The list is not bundled because we could not obtain ROUGE's exact
 * copy; an approximate list would silently change figures.
 */
final class SmartStopWords {
  private SmartStopWords() {
  }

  static boolean available() {
    String home = home();
    return home != null && Files.isRegularFile(Path.of(home, "smart_common_words.txt"));
  }

  private static String home() {
    return System.getProperty("rouge.eval.home", System.getenv("ROUGE_EVAL_HOME"));
  }

  static Set<String> load() {
    String home = home();
    if (home == null) {
      throw new IllegalStateException("ROUGE stop-word removal (-s) needs ROUGE's smart_common_words.txt: "
          + "set ROUGE_EVAL_HOME or -Drouge.eval.home to the directory holding it");
    }
    Path file = Path.of(home, "smart_common_words.txt");
    try {
      Set<String> words = new HashSet<>();
      for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
        words.add(line);
      }
      return words;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read ROUGE stop words " + file, e);
    }
  }
}
