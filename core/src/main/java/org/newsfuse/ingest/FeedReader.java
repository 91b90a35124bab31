package org.newsfuse.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.xml.sax.SAXParseException;

/**
 * Reads RSS (0.9x, 1.0, 2.0) and Atom feeds through ROME, one article per entry: the full content
 * ({@code content:encoded}, Atom {@code content}) or else the summary/description, reduced from
 * HTML to paragraphs.
 *
 * <p>XML safety: ROME refuses DOCTYPE declarations, which closes external entities (XXE) and entity
 * expansion ("billion laughs"). A DOCTYPE without an internal subset, as old RSS 0.91 files carry,
 * declares nothing dangerous and is removed so those feeds still read; one with an internal subset
 * ({@code [ <!ENTITY ...> ]}) is refused with a message.
 */
final class FeedReader {
  private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE\\b[^>\\[]*(\\[)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern PLAIN_DOCTYPE = Pattern.compile("<!DOCTYPE\\b[^>\\[]*>", Pattern.CASE_INSENSITIVE);

  private final SyndFeedInput feedInput;

  FeedReader() {
    feedInput = new SyndFeedInput();
    feedInput.setAllowDoctypes(false);
  }

  List<ArticleDraft> read(InputText input, Consumer<IngestProblem> problems) throws IngestFailure {
    SyndFeed feed = parse(input.text());
    String outlet = TextNormalizer.oneLine(feed.getTitle());
    String language = feed.getLanguage();
    List<ArticleDraft> drafts = new ArrayList<>();
    int number = 0;
    for (SyndEntry entry : feed.getEntries()) {
      number++;
      String origin = input.origin() + "#item " + number;
      String text = entryText(entry);
      if (text.isBlank()) {
        problems.accept(new IngestProblem(origin, "feed entry without content or description"));
        continue;
      }
      String source = entry.getSource() != null && entry.getSource().getTitle() != null
          ? entry.getSource().getTitle() : outlet;
      String url = entry.getLink() != null ? entry.getLink() : entry.getUri();
      drafts.add(new ArticleDraft(origin, htmlToLine(entry.getTitle()), source, url, published(entry),
          language == null ? null : language.split("[-_]")[0].toLowerCase(Locale.ROOT), text));
    }
    if (number == 0) throw new IngestFailure("feed has no entries");
    return drafts;
  }

  private SyndFeed parse(String xml) throws IngestFailure {
    Matcher doctype = DOCTYPE.matcher(xml);
    if (doctype.find()) {
      if (doctype.group(1) != null) {
        throw new IngestFailure("feed refused: its DOCTYPE declares entities, which could read local files "
            + "or expand without bound (XXE); remove the DOCTYPE");
      }
      xml = PLAIN_DOCTYPE.matcher(xml).replaceFirst("");
    }
    try {
      return feedInput.build(new StringReader(xml));
    } catch (FeedException | IllegalArgumentException e) {
      throw new IngestFailure("malformed feed: " + reason(e));
    }
  }

  private static String reason(Exception e) {
    Throwable root = e;
    SAXParseException located = null;
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      root = t;
      if (t instanceof SAXParseException sax) located = sax;
    }
    String m = root.getMessage() == null ? e.getMessage() : root.getMessage();
    if (m == null) return e.getClass().getSimpleName();
    m = m.replaceFirst("^Invalid XML:?\\s*", "").split("\n")[0].strip();
    if (m.length() > 160) m = m.substring(0, 160) + "...";
    if (located != null && located.getLineNumber() > 0) {
      return "at line " + located.getLineNumber() + ", column " + located.getColumnNumber() + ": " + m;
    }
    return m;
  }

  private static String entryText(SyndEntry entry) {
    StringBuilder content = new StringBuilder();
    for (SyndContent c : entry.getContents()) {
      String text = contentText(c);
      if (!text.isBlank()) content.append(content.length() > 0 ? "\n\n" : "").append(text);
    }
    if (content.length() > 0) return content.toString();
    return entry.getDescription() == null ? "" : contentText(entry.getDescription());
  }

  /** Atom says which content is plain text; RSS descriptions are HTML in practice whatever they claim. */
  private static String contentText(SyndContent c) {
    String value = c.getValue() == null ? "" : c.getValue();
    String type = c.getType() == null ? "" : c.getType().toLowerCase(Locale.ROOT);
    if (type.equals("text") || type.equals("text/plain")) return value;
    return HtmlTextExtractor.text(Jsoup.parseBodyFragment(value).body());
  }

  /** Feed titles may carry entities or tags ("Ferry &amp; tug"); the title is one line of text. */
  private static String htmlToLine(String title) {
    if (title == null) return null;
    return title.indexOf('<') >= 0 || title.indexOf('&') >= 0 ? Jsoup.parseBodyFragment(title).text() : title;
  }

  private static Instant published(SyndEntry entry) {
    Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    return date == null ? null : date.toInstant();
  }
}
