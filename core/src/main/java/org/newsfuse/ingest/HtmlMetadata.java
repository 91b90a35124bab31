package org.newsfuse.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What an HTML page says about itself: title, outlet, canonical url, publication time and
 * language, from JSON-LD first (the most deliberate statement), then Open Graph and other meta
 * tags, then plain HTML ({@code <title>}, {@code <time pubdate>}, {@code <html lang>}).
 */
record HtmlMetadata(String title, String source, String url, String published, String language,
                    String jsonLdBody) {
  private static final String[] TITLE_KEYS = {"og:title", "twitter:title", "dc.title", "dcterms.title", "headline"};
  private static final String[] SOURCE_KEYS = {"dc.publisher", "dcterms.publisher", "publisher", "application-name"};
  private static final String[] PUBLISHED_KEYS = {"article:published_time", "og:article:published_time",
      "og:published_time", "published_time", "article.published", "datepublished", "date", "pubdate",
      "publishdate", "publish-date", "publish_date", "publication_date", "dc.date.issued", "dcterms.issued",
      "dc.date", "dcterms.created", "dc.date.created", "sailthru.date", "parsely-pub-date", "timestamp"};
  private static final String[] URL_KEYS = {"og:url", "twitter:url"};
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—·:»]\\s+");

  static HtmlMetadata extract(Document doc, ObjectMapper json) {
    Map<String, String> meta = metaTags(doc);
    Optional<JsonLdArticle> ld = JsonLdArticle.find(doc, json);
    String source = meta.get("og:site_name");
    if (source == null) source = first(ld.map(JsonLdArticle::publisher).orElse(null), meta, SOURCE_KEYS);
    String title = first(ld.map(JsonLdArticle::headline).orElse(null), meta, TITLE_KEYS);
    if (title == null) title = doc.title();
    title = withoutSiteSuffix(title, source);
    if (title == null) {
      Element h1 = doc.selectFirst("h1");
      title = h1 == null ? null : h1.text();
    }
    String url = first(canonicalLink(doc), meta, URL_KEYS);
    if (url == null) url = ld.map(JsonLdArticle::url).orElse(null);
    String published = first(ld.map(JsonLdArticle::datePublished).orElse(null), meta, PUBLISHED_KEYS);
    if (published == null) published = timeElement(doc);
    String language = ld.map(JsonLdArticle::language).orElse(null);
    if (language == null) language = doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang");
    if (language == null || language.isBlank()) language = meta.get("og:locale");
    return new HtmlMetadata(blankToNull(title), blankToNull(source), blankToNull(url), blankToNull(published),
        primaryLanguage(language), ld.map(JsonLdArticle::articleBody).orElse(null));
  }

  /** meta tags by lower-cased property, name, itemprop or http-equiv; the first of each wins. */
  private static Map<String, String> metaTags(Document doc) {
    Map<String, String> meta = new HashMap<>();
    for (Element m : doc.select("meta[content]")) {
      String content = m.attr("content");
      if (content.isBlank()) continue;
      for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
        String key = m.attr(attr);
        if (!key.isBlank()) meta.putIfAbsent(key.toLowerCase(Locale.ROOT).strip(), content.strip());
      }
    }
    return meta;
  }

  private static String first(String preferred, Map<String, String> meta, String[] keys) {
    if (preferred != null && !preferred.isBlank()) return preferred;
    for (String k : keys) {
      String v = meta.get(k);
      if (v != null && !v.isBlank()) return v;
    }
    return null;
  }

  private static String canonicalLink(Document doc) {
    Element link = doc.selectFirst("link[rel~=(?i)^canonical$][href]");
    return link == null ? null : link.attr("href");
  }

  private static String timeElement(Document doc) {
    Element time = doc.selectFirst("time[pubdate][datetime], time[itemprop=datePublished][datetime], "
        + "[itemprop=datePublished][datetime]");
    if (time != null) return time.attr("datetime");
    Element itemprop = doc.selectFirst("[itemprop=datePublished]");
    return itemprop == null ? null : itemprop.text();
  }

  /** "Ferry runs aground | Daily Beacon" -> "Ferry runs aground" when the outlet is known. */
  static String withoutSiteSuffix(String title, String source) {
    if (title == null || title.isBlank()) return null;
    String t = title.strip();
    if (source == null) return t;
    var m = TITLE_SEPARATOR.matcher(t);
    int cut = -1;
    while (m.find()) {
      if (t.substring(m.end()).strip().equalsIgnoreCase(source.strip())) cut = m.start();
    }
    return cut > 0 ? t.substring(0, cut).strip() : t;
  }

  /** "en-GB", "en_GB" -> "en". */
  private static String primaryLanguage(String tag) {
    if (tag == null || tag.isBlank()) return null;
    String primary = tag.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
    return primary.matches("[a-z]{2,3}") ? primary : null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
