package org.newsfuse.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * Reads one JSON object as an article, by the field names of {@link ArticleField}. Values may be
 * strings, numbers (epoch times), objects with a "name" ({"publisher": {"name": "Daily Beacon"}})
 * or arrays (a list of paragraphs becomes paragraphs). Text that carries HTML markup is reduced
 * to its paragraphs.
 */
final class JsonArticleFields {
  private static final Pattern HTML_MARKUP = Pattern.compile(
      "<(p|br|div|h[1-6]|li|ul|ol|blockquote|span|a|em|strong|b|i|figure|img|section|article)\\b[^>]*>",
      Pattern.CASE_INSENSITIVE);

  private JsonArticleFields() {
  }

  /** The draft, or null when the object has no text under any known name. */
  static ArticleDraft read(JsonNode object, String origin) {
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = object.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      fields.putIfAbsent(ArticleField.canonical(e.getKey()), e.getValue());
    }
    String text = value(fields, ArticleField.TEXT, "\n\n");
    if (text == null) return null;
    if (HTML_MARKUP.matcher(text).find()) text = HtmlTextExtractor.text(Jsoup.parseBodyFragment(text).body());
    String published = value(fields, ArticleField.PUBLISHED, " ");
    return new ArticleDraft(origin, value(fields, ArticleField.TITLE, " "), value(fields, ArticleField.SOURCE, " "),
        value(fields, ArticleField.URL, " "), PublishedDateParser.parse(published).orElse(null),
        value(fields, ArticleField.LANGUAGE, " "), text);
  }

  /** The names the text may go by, for messages. */
  static String textFieldNames() {
    return "text, body, content, article, articleBody, description or summary";
  }

  private static String value(Map<String, JsonNode> fields, ArticleField field, String joiner) {
    for (String name : field.names()) {
      String v = asText(fields.get(name), joiner);
      if (v != null && !v.isBlank()) return v;
    }
    return null;
  }

  private static String asText(JsonNode v, String joiner) {
    if (v == null || v.isNull()) return null;
    if (v.isValueNode()) return v.asText();
    if (v.isObject()) {
      for (String key : new String[] {"name", "title", "text", "value", "rendered", "href", "url"}) {
        String inner = asText(v.get(key), joiner);
        if (inner != null && !inner.isBlank()) return inner;
      }
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (JsonNode element : v) {
      String part = asText(element, joiner);
      if (part != null && !part.isBlank()) parts.add(part.strip());
    }
    return parts.isEmpty() ? null : String.join(joiner, parts);
  }
}
