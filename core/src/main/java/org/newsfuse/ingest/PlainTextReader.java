package org.newsfuse.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plain text or Markdown file as one article: front matter gives the metadata, a leading
 * Markdown heading gives the title when front matter does not, and the rest is the text.
 */
final class PlainTextReader {
  private static final Pattern LEADING_ATX_HEADING = Pattern.compile("\\A\\s*#\\s+([^\\n]+?)\\s*#*\\s*(?:\\n|\\z)");
  private static final Pattern LEADING_SETEXT_HEADING = Pattern.compile("\\A\\s*([^\\n]+)\\n=+\\s*(?:\\n|\\z)");

  private PlainTextReader() {
  }

  static ArticleDraft read(InputText input, boolean markdown) {
    String text = TextNormalizer.normalize(input.text());
    FrontMatter front = FrontMatter.parse(text);
    String body = front.body();
    String title = front.get(ArticleField.TITLE);
    if (markdown) {
      Matcher atx = LEADING_ATX_HEADING.matcher(body);
      Matcher setext = LEADING_SETEXT_HEADING.matcher(body);
      Matcher heading = atx.find() ? atx : setext.find() ? setext : null;
      // a leading heading is the headline, not a paragraph of the report
      if (heading != null) {
        if (title == null) title = MarkdownStripper.strip(heading.group(1));
        body = body.substring(heading.end());
      }
      body = MarkdownStripper.strip(body);
    }
    return new ArticleDraft(input.origin(), title, front.get(ArticleField.SOURCE), front.get(ArticleField.URL),
        PublishedDateParser.parse(front.get(ArticleField.PUBLISHED)).orElse(null),
        front.get(ArticleField.LANGUAGE), body);
  }
}
