package org.newsfuse.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an article page: metadata from JSON-LD and meta tags ({@link HtmlMetadata}), the main text
 * through Readability4J (the Java port of Firefox Reader View, which drops navigation, ads,
 * related links and comments), then as plain paragraphs through {@link HtmlTextExtractor}.
 * Readability keeps per-document state, so one instance is made per page; it is cheap.
 */
final class HtmlArticleReader {
  /** Below this, Readability's pick is probably a teaser box; the JSON-LD body or whole page may do better. */
  private static final int MIN_READABLE_CHARS = 200;

  private final ObjectMapper json;

  HtmlArticleReader(ObjectMapper json) {
    this.json = json;
  }

  ArticleDraft read(InputText input) throws IngestFailure {
    Document doc = Jsoup.parse(input.text());
    // metadata first: Readability strips scripts (JSON-LD) and rewrites the tree
    HtmlMetadata meta = HtmlMetadata.extract(doc, json);
    List<String> paragraphs = mainText(doc);
    String jsonLdBody = meta.jsonLdBody() == null ? "" : TextNormalizer.normalize(meta.jsonLdBody());
    if (length(paragraphs) < MIN_READABLE_CHARS && jsonLdBody.length() > length(paragraphs)) {
      paragraphs = List.of(jsonLdBody);
    }
    if (length(paragraphs) < MIN_READABLE_CHARS) {
      List<String> whole = HtmlTextExtractor.paragraphs(bodyOf(Jsoup.parse(input.text())));
      if (length(whole) > length(paragraphs)) paragraphs = whole;
    }
    paragraphs = withoutLeadingTitle(paragraphs, meta.title());
    if (paragraphs.isEmpty()) {
      throw new IngestFailure("HTML without extractable article text");
    }
    return new ArticleDraft(input.origin(), meta.title(), meta.source(), meta.url(),
        PublishedDateParser.parse(meta.published()).orElse(null), meta.language(),
        String.join("\n\n", paragraphs));
  }

  private static List<String> mainText(Document doc) {
    try {
      Element content = new Readability4J("", doc).parse().getArticleContent();
      return content == null ? List.of() : HtmlTextExtractor.paragraphs(content);
    } catch (RuntimeException readabilityFailed) {
      // Readability gives up on some odd trees; the whole-page fallback still applies
      return List.of();
    }
  }

  /** The page body without its site furniture, for pages too small for Readability to judge. */
  private static Element bodyOf(Document doc) {
    doc.select("header, footer, nav, aside, [role=navigation], [role=banner], [role=contentinfo]").remove();
    return doc.body() == null ? doc : doc.body();
  }

  private static int length(List<String> paragraphs) {
    return paragraphs.stream().mapToInt(String::length).sum();
  }

  /** Pages repeat the headline as the first heading; it belongs in the title, not the text. */
  private static List<String> withoutLeadingTitle(List<String> paragraphs, String title) {
    if (paragraphs.isEmpty() || title == null) return paragraphs;
    String first = paragraphs.get(0).replaceAll("\\s+", " ").strip();
    if (!first.equalsIgnoreCase(title.replaceAll("\\s+", " ").strip())) return paragraphs;
    return new ArrayList<>(paragraphs.subList(1, paragraphs.size()));
  }
}
