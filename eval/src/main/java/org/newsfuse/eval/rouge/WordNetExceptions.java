package org.newsfuse.eval.rouge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The irregular-form table that ROUGE-1.5.5 consults before Porter stemming ({@code MorphStem} looks a
 * token up in {@code WordNet-2.0.exc.db}, built from WordNet's {@code *.exc} files as "inflected form ->
 * first base form"): "said" -> "say", "were" -> "be", "children" -> "child". Without it ROUGE-1 on
 * DUC 2004 comes out about 0.35 points low.
 *
 * <p>WordNet 2.0 is not on Maven Central, so this reads WordNet 2.1's exception lists from
 * extjwnl-data-wn21 (near-identical; the DUC 2004 check lands within 0.1 of every published figure).
 * Files are read in alphabetical order, later entries overriding earlier ones as the script's
 * builder does (its own order was the directory's).
 */
final class WordNetExceptions {
  private static final String RESOURCE_DIR = "net/sf/extjwnl/data/wordnet/wn21/";
  private static final List<String> FILES = List.of("adj.exc", "adv.exc", "noun.exc", "verb.exc");
  private static volatile Map<String, String> table;

  private WordNetExceptions() {
  }

  static Map<String, String> load() {
    Map<String, String> loaded = table;
    if (loaded == null) {
      synchronized (WordNetExceptions.class) {
        if (table == null) {
          table = Map.copyOf(read());
        }
        loaded = table;
      }
    }
    return loaded;
  }

  private static Map<String, String> read() {
    Map<String, String> map = new HashMap<>();
    ClassLoader loader = WordNetExceptions.class.getClassLoader();
    for (String file : FILES) {
      try (InputStream in = loader.getResourceAsStream(RESOURCE_DIR + file)) {
        if (in == null) {
          throw new IllegalStateException("WordNet exception list missing from the classpath: " + RESOURCE_DIR + file);
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          List<String> fields = PerlWhitespace.split(line);
          if (fields.size() >= 2) {
            map.put(fields.get(0), fields.get(1));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read WordNet exception list " + file, e);
      }
    }
    return map;
  }
}
