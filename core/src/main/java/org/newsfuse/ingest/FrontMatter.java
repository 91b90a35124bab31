package org.newsfuse.ingest;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Metadata at the head of a text or Markdown file, in either of two shapes:
 * <pre>
 * ---                              Title: Ferry runs aground
 * title: "Ferry runs aground"      Source: Daily Beacon
 * source: Daily Beacon             Published: 2025-03-11 07:10
 * published: 2025-03-11T07:10Z
 * ---                              The ferry Maribel ...
 * </pre>
 * Only flat {@code key: value} pairs are read. This is parsed by hand rather than with a YAML
 * library on purpose: front matter in the wild is often not valid YAML (unquoted colons in titles)
 * and we need nothing beyond flat scalars. The bare form is only taken when every line of the
 * leading block is a known key, so a dateline like "Ankara: The ambassador ..." stays text.
 *
 * @param fields the values found, by field
 * @param body   the rest of the file, after the block
 */
record FrontMatter(Map<ArticleField, String> fields, String body) {
  private static final Pattern FENCED = Pattern.compile("\\A\\s*---[ \\t]*\\n(.*?)\\n---[ \\t]*(?:\\n|\\z)", Pattern.DOTALL);
  private static final Pattern KEY_VALUE = Pattern.compile("^\\s*([A-Za-z][A-Za-z0-9_ -]{0,30}?)\\s*:\\s*(.*?)\\s*$");

  /** Splits {@code text} (line endings already "\n") into front matter and body. */
  static FrontMatter parse(String text) {
    Matcher fenced = FENCED.matcher(text);
    if (fenced.find() && isYamlish(fenced.group(1))) {
      Map<ArticleField, String> fields = new EnumMap<>(ArticleField.class);
      for (String line : fenced.group(1).split("\n")) {
        Matcher kv = KEY_VALUE.matcher(line);
        if (kv.matches() && !line.startsWith(" ") && !line.startsWith("\t")) {
          ArticleField.forKey(kv.group(1)).ifPresent(f -> fields.putIfAbsent(f, unquote(kv.group(2))));
        }
      }
      return new FrontMatter(withoutBlanks(fields), text.substring(fenced.end()));
    }
    return parseBare(text);
  }

  /**
   * A text between two "---" rules is front matter only if it reads like it: key lines, list items,
   * indented continuations, comments. A paragraph of prose between two rules stays text.
   */
  private static boolean isYamlish(String block) {
    for (String line : block.split("\n")) {
      if (line.isBlank() || KEY_VALUE.matcher(line).matches()) continue;
      char first = line.charAt(0);
      if (first == ' ' || first == '\t' || first == '-' || first == '#') continue;
      return false;
    }
    return true;
  }

  private static FrontMatter parseBare(String text) {
    String stripped = text.stripLeading();
    int end = stripped.indexOf("\n\n");
    String block = end < 0 ? stripped : stripped.substring(0, end);
    Map<ArticleField, String> fields = new EnumMap<>(ArticleField.class);
    boolean sawMetadata = false;
    for (String line : block.split("\n")) {
      Matcher kv = KEY_VALUE.matcher(line);
      if (!kv.matches()) return new FrontMatter(Map.of(), text);
      var field = ArticleField.forKey(kv.group(1));
      if (field.isEmpty() || field.get() == ArticleField.TEXT) return new FrontMatter(Map.of(), text);
      if (field.get() != ArticleField.IGNORED) sawMetadata = true;
      fields.putIfAbsent(field.get(), unquote(kv.group(2)));
    }
    if (!sawMetadata) return new FrontMatter(Map.of(), text);
    return new FrontMatter(withoutBlanks(fields), end < 0 ? "" : stripped.substring(end + 2));
  }

  private static Map<ArticleField, String> withoutBlanks(Map<ArticleField, String> fields) {
    fields.values().removeIf(String::isBlank);
    fields.remove(ArticleField.IGNORED);
    return Map.copyOf(fields);
  }

  private static String unquote(String value) {
    if (value.length() >= 2) {
      char first = value.charAt(0);
      char last = value.charAt(value.length() - 1);
      if ((first == '"' || first == '\'') && last == first) {
        String inner = value.substring(1, value.length() - 1);
        return first == '"' ? inner.replace("\\\"", "\"") : inner.replace("''", "'");
      }
    }
    return value;
  }

  String get(ArticleField field) {
    return fields.get(field);
  }
}
