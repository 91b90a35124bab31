package org.newsfuse.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides an input's format from its content, so that an HTML page saved as ".txt" or a JSON Lines
 * dump named ".dat" is still read correctly. The file extension only breaks ties: content that
 * starts like JSON but does not parse is reported as broken JSON only when the name says JSON.
 */
final class FormatDetector {
  private static final int SNIFF_CHARS = 4096;
  private static final Pattern XML_PROLOG_OR_COMMENTS = Pattern.compile(
      "\\A(?:\\s|<\\?xml[^>]*\\?>|<!--.*?-->|<\\?xml-stylesheet[^>]*\\?>|<!DOCTYPE[^>\\[]*(?:\\[.*?\\])?\\s*>)*",
      Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
  private static final Pattern FEED_ROOT = Pattern.compile("\\A<(?:[\\w.-]+:)?(rss|feed|RDF)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern HTML_START = Pattern.compile(
      "\\A<(?:!doctype\\s+html|html|head|body|meta|title|article|main|div|p|h[1-6]|section|header|span|table|link|script|style)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern HTML_ANYWHERE = Pattern.compile("<(?:html|body|p|div|article)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern MARKDOWN_SIGNS = Pattern.compile(
      "(?m)^#{1,6} \\S|\\[[^\\]\\n]+\\]\\((?:https?://|/)[^)\\s]*\\)|^\\*\\*[^*\\n]+\\*\\*");
  private static final Set<String> MARKDOWN_EXTENSIONS = Set.of("md", "markdown", "mdown", "mkd");
  private static final Set<String> JSON_EXTENSIONS = Set.of("json");
  private static final Set<String> JSON_LINES_EXTENSIONS = Set.of("jsonl", "ndjson", "jsonlines");
  private static final Set<String> FEED_EXTENSIONS = Set.of("rss", "atom", "xml", "rdf");
  private static final Set<String> HTML_EXTENSIONS = Set.of("html", "htm", "xhtml", "shtml");

  private final ObjectMapper json;

  FormatDetector(ObjectMapper json) {
    this.json = json;
  }

  InputFormat detect(InputText input) {
    String text = input.text();
    String ext = input.extension();
    String head = text.length() > SNIFF_CHARS ? text.substring(0, SNIFF_CHARS) : text;
    String trimmed = head.stripLeading();
    if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
      InputFormat jsonFormat = jsonFormat(text, ext);
      if (jsonFormat != null) return jsonFormat;
    }
    if (trimmed.startsWith("<")) {
      String afterProlog = XML_PROLOG_OR_COMMENTS.matcher(head).replaceFirst("");
      if (FEED_ROOT.matcher(afterProlog).lookingAt()) return InputFormat.FEED;
      if (HTML_START.matcher(afterProlog).lookingAt() || HTML_EXTENSIONS.contains(ext)) return InputFormat.HTML;
      if (FEED_EXTENSIONS.contains(ext) || head.startsWith("<?xml")) return InputFormat.FEED;
      if (HTML_ANYWHERE.matcher(head).find()) return InputFormat.HTML;
    }
    if (HTML_EXTENSIONS.contains(ext) && HTML_ANYWHERE.matcher(head).find()) return InputFormat.HTML;
    if (MARKDOWN_EXTENSIONS.contains(ext) || MARKDOWN_SIGNS.matcher(head).find()) return InputFormat.MARKDOWN;
    return InputFormat.TEXT;
  }

  /**
   * JSON Lines if the first line is a whole object (a ".json" file of lines is a common mislabel),
   * JSON if the whole text parses, otherwise decided by the name and the opening characters.
   */
  private InputFormat jsonFormat(String text, String ext) {
    String content = text.strip();
    int newline = content.indexOf('\n');
    String firstLine = (newline < 0 ? content : content.substring(0, newline)).strip();
    boolean severalLines = newline >= 0;
    if ((severalLines || JSON_LINES_EXTENSIONS.contains(ext)) && firstLine.startsWith("{") && parses(firstLine)) {
      return InputFormat.JSON_LINES;
    }
    if (JSON_EXTENSIONS.contains(ext) || parses(content)) return InputFormat.JSON;
    if (JSON_LINES_EXTENSIONS.contains(ext)) return InputFormat.JSON_LINES;
    // a text file that happens to open with "[Updated]" or "{" is still text, unless it looks like JSON
    if (content.startsWith("{\"") || content.startsWith("[{") || content.startsWith("[\n")) {
      return severalLines && content.startsWith("{\"") ? InputFormat.JSON_LINES : InputFormat.JSON;
    }
    return null;
  }

  private boolean parses(String candidate) {
    try {
      json.readTree(candidate);
      return true;
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
