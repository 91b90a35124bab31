package org.newsfuse.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The article fields ingest reads from JSON objects and front matter, each with the names it goes
 * by in real dumps and static-site files, best first. Names compare case- and punctuation-blind,
 * so "publishedAt", "published_at" and "Published-At" are one name.
 */
enum ArticleField {
  TITLE("title", "headline"),
  TEXT("text", "body", "content", "article", "articleBody", "maintext", "fullText", "story",
      "description", "summary"),
  URL("url", "link", "canonicalUrl", "href", "permalink"),
  SOURCE("source", "outlet", "publisher", "site", "siteName", "publication", "newspaper"),
  PUBLISHED("published", "date", "publishedAt", "pubDate", "datePublished", "publishedTime",
      "publicationDate", "publishDate", "time", "timestamp", "created", "createdAt"),
  LANGUAGE("language", "lang", "inLanguage"),
  /** Known and deliberately unused: Article has no author field, but such lines are metadata, not text. */
  IGNORED("author", "byline", "authors", "tags", "tag", "category", "categories", "id", "slug",
      "layout", "draft", "updated", "modified", "image");

  private final List<String> names;

  ArticleField(String... names) {
    this.names = List.of(names).stream().map(ArticleField::canonical).toList();
  }

  /** The names in preference order, in canonical form. */
  List<String> names() {
    return names;
  }

  /** The field a key names, if any. */
  static Optional<ArticleField> forKey(String key) {
    String k = canonical(key);
    for (ArticleField f : values()) {
      if (f.names.contains(k)) return Optional.of(f);
    }
    return Optional.empty();
  }

  static String canonical(String key) {
    return key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}
