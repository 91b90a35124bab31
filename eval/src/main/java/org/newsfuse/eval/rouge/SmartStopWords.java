package org.newsfuse.eval.rouge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The stop words of {@code -s}: ROUGE-1.5.5's data file {@code smart_common_words.txt} (the SMART list
 * plus news words). A ROUGE data directory named by {@code -Drouge.eval.home=DIR} or the environment
 * variable {@code ROUGE_EVAL_HOME} is read first, as the script does; otherwise the copy bundled with
 * this module (see {@code smart_common_words.ORIGIN.md} beside it for where it comes from).
 */
final class SmartStopWords {
  private static final String FILE = "smart_common_words.txt";

  private SmartStopWords() {
  }

  /** Always true since the list is bundled; kept so callers can still report which list was used. */
  static boolean available() {
    return true;
  }

  private static Path homeFile() {
    String home = System.getProperty("rouge.eval.home", System.getenv("ROUGE_EVAL_HOME"));
    if (home == null) {
      return null;
    }
    Path file = Path.of(home, FILE);
    return Files.isRegularFile(file) ? file : null;
  }

  static Set<String> load() {
    Path file = homeFile();
    try {
      if (file != null) {
        return new HashSet<>(Files.readAllLines(file, StandardCharsets.ISO_8859_1));
      }
      try (InputStream in = SmartStopWords.class.getResourceAsStream(FILE)) {
        if (in == null) {
          throw new IllegalStateException("bundled ROUGE stop-word list " + FILE + " is missing from the eval module");
        }
        Set<String> words = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1))) {
          for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            words.add(line);
          }
        }
        return words;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read ROUGE stop words " + (file != null ? file : FILE), e);
    }
  }
}
