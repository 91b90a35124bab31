package org.newsfuse.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Plain text of an HTML element with its paragraph structure: every block element (p, div, li,
 * headings, blockquote ...) becomes its own paragraph, separated by a blank line, and {@code <br>}
 * becomes a line break. Jsoup's own {@code text()} flattens everything to one line, which would
 * lose the paragraph breaks later stages use. Scripts, styles, forms, navigation, asides, embedded media
 * and figure captions are left out: they are page furniture, not the report.
 */
final class HtmlTextExtractor {
  private static final Set<String> BLOCKS = Set.of("address", "article", "blockquote", "body",
      "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figure", "footer", "form", "h1",
      "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "ol", "p", "pre",
      "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");
  private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "iframe",
      "object", "embed", "svg", "canvas", "video", "audio", "picture", "img", "figcaption", "button",
      "form", "input", "select", "textarea", "head", "title", "meta", "link", "nav", "aside");

  private HtmlTextExtractor() {
  }

  /** Paragraphs of {@code root}, in document order, each trimmed and with collapsed spaces. */
  static List<String> paragraphs(Element root) {
    ParagraphCollector collector = new ParagraphCollector();
    root.filter(collector);
    collector.breakParagraph();
    return collector.paragraphs;
  }

  /** The paragraphs joined by blank lines. */
  static String text(Element root) {
    return String.join("\n\n", paragraphs(root));
  }

  private static final class ParagraphCollector implements NodeFilter {
    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int preDepth;

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode t) {
        current.append(preDepth > 0 ? t.getWholeText() : t.text());
      } else if (node instanceof Element e) {
        String tag = e.normalName();
        if (SKIPPED.contains(tag)) return FilterResult.SKIP_ENTIRELY;
        if (tag.equals("br")) current.append('\n');
        else if (BLOCKS.contains(tag)) breakParagraph();
        if (tag.equals("pre")) preDepth++;
        if (tag.equals("td") || tag.equals("th")) current.append(' ');
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("pre")) preDepth--;
        if (BLOCKS.contains(tag)) breakParagraph();
      }
      return FilterResult.CONTINUE;
    }

    void breakParagraph() {
      String paragraph = tidy(current.toString());
      if (!paragraph.isEmpty()) paragraphs.add(paragraph);
      current.setLength(0);
    }

    /** Collapses runs of spaces within lines, trims lines, and drops empty ones. */
    private static String tidy(String raw) {
      StringBuilder out = new StringBuilder();
      for (String line : raw.replace('\u00A0', ' ').split("\n")) {
        String l = line.replaceAll("[ \\t\\x0B\\f\\r]+", " ").strip();
        if (l.isEmpty()) continue;
        if (out.length() > 0) out.append('\n');
        out.append(l);
      }
      return out.toString();
    }
  }
}
