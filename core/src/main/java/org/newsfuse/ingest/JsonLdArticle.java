package org.newsfuse.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org article a page describes in its {@code application/ld+json} blocks: headline,
 * datePublished, publisher name, url, language and (for a fallback) articleBody. Handles single
 * objects, arrays and {@code @graph} containers; blocks that do not parse are ignored, since the
 * page itself is still readable.
 */
record JsonLdArticle(String headline, String datePublished, String publisher, String url,
                     String language, String articleBody) {
  private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
      "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle",
      "blogposting", "liveblogposting", "scholarlyarticle", "report", "socialmediaposting");

  static Optional<JsonLdArticle> find(Document doc, ObjectMapper json) {
    for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
      JsonNode root;
      try {
        root = json.readTree(script.data());
      } catch (JsonProcessingException e) {
        continue;
      }
      for (JsonNode node : candidates(root)) {
        if (isArticle(node)) return Optional.of(from(node));
      }
    }
    return Optional.empty();
  }

  private static List<JsonNode> candidates(JsonNode root) {
    List<JsonNode> out = new ArrayList<>();
    if (root == null) return out;
    if (root.isArray()) {
      root.forEach(n -> out.addAll(candidates(n)));
    } else if (root.isObject()) {
      out.add(root);
      if (root.has("@graph")) out.addAll(candidates(root.get("@graph")));
    }
    return out;
  }

  private static boolean isArticle(JsonNode node) {
    JsonNode type = node.get("@type");
    if (type == null) return false;
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (ARTICLE_TYPES.contains(ArticleField.canonical(t.asText()))) return true;
      }
      return false;
    }
    return ARTICLE_TYPES.contains(ArticleField.canonical(type.asText()));
  }

  private static JsonLdArticle from(JsonNode n) {
    String headline = firstText(n, "headline", "name", "alternativeHeadline");
    String published = firstText(n, "datePublished", "dateCreated", "uploadDate");
    String publisher = nameOf(n.get("publisher"));
    if (publisher == null) publisher = nameOf(n.get("sourceOrganization"));
    String url = firstText(n, "url");
    if (url == null) url = idOf(n.get("mainEntityOfPage"));
    return new JsonLdArticle(headline, published, publisher, url, nameOf(n.get("inLanguage")),
        firstText(n, "articleBody"));
  }

  private static String firstText(JsonNode n, String... fields) {
    for (String f : fields) {
      JsonNode v = n.get(f);
      if (v != null && v.isArray() && !v.isEmpty()) v = v.get(0);
      if (v != null && v.isValueNode() && !v.asText().isBlank()) return v.asText();
    }
    return null;
  }

  /** A name given as a string, an object with "name", or an array of either. */
  private static String nameOf(JsonNode v) {
    if (v == null || v.isNull()) return null;
    if (v.isArray()) return v.isEmpty() ? null : nameOf(v.get(0));
    if (v.isValueNode()) return v.asText().isBlank() ? null : v.asText();
    return firstText(v, "name", "alternateName");
  }

  private static String idOf(JsonNode v) {
    if (v == null) return null;
    if (v.isTextual()) return v.asText();
    return v.isObject() ? firstText(v, "@id", "url") : null;
  }
}
