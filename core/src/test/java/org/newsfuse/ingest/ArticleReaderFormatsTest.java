package org.newsfuse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfuse.model.Article;

/** Every input format through the public reader, with the metadata each can carry. */
class ArticleReaderFormatsTest {
  private static final ArticleReader READER = new ArticleReader();

  @TempDir
  Path dir;

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private Article only(Path p) {
    IngestResult r = READER.read(List.of(p));
    assertThat(r.problems()).isEmpty();
    assertThat(r.articles()).hasSize(1);
    return r.articles().get(0);
  }

  @Test
  void plainTextWithoutMetadataTakesItsOutletFromTheFileName() throws IOException {
    Path p = write("daily-beacon.txt", "The ferry Maribel ran aground at dawn.\r\nAll forty passengers were safe.\r\n\r\n\r\n"
        + "Rescuers arrived within the hour.\r\n");
    Article a = only(p);
    assertThat(a.source()).isEqualTo("Daily Beacon");
    assertThat(a.title()).isNull();
    assertThat(a.published()).isNull();
    assertThat(a.url()).isNull();
    assertThat(a.origin()).isEqualTo(p.toString());
    assertThat(a.text()).isEqualTo("The ferry Maribel ran aground at dawn.\nAll forty passengers were safe.\n\n"
        + "Rescuers arrived within the hour.");
    assertThat(a.id()).matches("daily-beacon-[0-9a-f]{12}");
  }

  @Test
  void fencedFrontMatterGivesTitleSourceUrlAndTime() throws IOException {
    Article a = only(write("story.txt", """
        ---
        title: "Ferry runs aground: forty rescued"
        source: Harbour Herald
        url: https://herald.example/ferry
        published: 2025-03-11T07:10:00+01:00
        tags: [ferry, coast]
        ---
        The ferry Maribel ran aground at dawn.

        Rescuers arrived within the hour.
        """));
    assertThat(a.title()).isEqualTo("Ferry runs aground: forty rescued");
    assertThat(a.source()).isEqualTo("Harbour Herald");
    assertThat(a.url()).isEqualTo("https://herald.example/ferry");
    assertThat(a.published()).isEqualTo(Instant.parse("2025-03-11T06:10:00Z"));
    assertThat(a.text()).isEqualTo("The ferry Maribel ran aground at dawn.\n\nRescuers arrived within the hour.");
  }

  @Test
  void bareKeyValueLinesAreFrontMatterButADatelineIsNot() throws IOException {
    Article withHeader = only(write("a/wire.txt", """
        Title: Ferry runs aground
        Outlet: Coastal Wire
        Date: March 11, 2025

        Portmere: The ferry Maribel ran aground at dawn.
        """));
    assertThat(withHeader.title()).isEqualTo("Ferry runs aground");
    assertThat(withHeader.source()).isEqualTo("Coastal Wire");
    assertThat(withHeader.published()).isEqualTo(Instant.parse("2025-03-11T00:00:00Z"));
    assertThat(withHeader.text()).isEqualTo("Portmere: The ferry Maribel ran aground at dawn.");

    Article dateline = only(write("b/wire.txt", "Portmere: The ferry Maribel ran aground at dawn.\n\nMore later.\n"));
    assertThat(dateline.title()).isNull();
    assertThat(dateline.text()).startsWith("Portmere: The ferry");
  }

  @Test
  void markdownLosesItsMarkupAndGivesItsHeadingAsTitle() throws IOException {
    Article a = only(write("harbour-herald.md", """
        ---
        published: 2025-03-11 07:10
        ---
        # Ferry *Maribel* runs aground

        The ferry **Maribel** ran aground near [Portmere harbour](https://maps.example/portmere), officials said.

        ![The ferry at dawn](ferry.jpg)

        > "Nobody was hurt," said _Captain Ona Veldt_.

        - forty passengers
        - six crew
        """));
    assertThat(a.title()).isEqualTo("Ferry Maribel runs aground");
    assertThat(a.source()).isEqualTo("Harbour Herald");
    assertThat(a.published()).isEqualTo(Instant.parse("2025-03-11T07:10:00Z"));
    assertThat(a.text()).isEqualTo("The ferry Maribel ran aground near Portmere harbour, officials said.\n\n"
        + "\"Nobody was hurt,\" said Captain Ona Veldt.\n\nforty passengers\nsix crew");
  }

  @Test
  void htmlPageGivesMainTextWithoutPageFurnitureAndMetadataFromMetaTags() throws IOException {
    Article a = only(write("page.html", """
        <!DOCTYPE html>
        <html lang="en-GB"><head>
        <meta charset="utf-8">
        <title>Ferry runs aground | Harbour Herald</title>
        <meta property="og:title" content="Ferry runs aground near Portmere">
        <meta property="og:site_name" content="Harbour Herald">
        <meta property="article:published_time" content="2025-03-11T07:10:00Z">
        <link rel="canonical" href="https://herald.example/ferry">
        <style>p { color: red }</style><script>var tracking = 1;</script>
        </head><body>
        <nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
        <div class="share">Share on social media</div>
        <article>
        <h1>Ferry runs aground near Portmere</h1>
        <p>The ferry Maribel ran aground at dawn on Tuesday, officials said, and all forty passengers
        were taken ashore by lifeboat crews from the harbour station.</p>
        <p>&ldquo;Nobody was hurt,&rdquo; said Captain Ona Veldt, who has sailed the route for twenty years.
        The company said an inquiry would begin on Wednesday morning.<br>A second line.</p>
        <figure><img src="ferry.jpg"><figcaption>The ferry at dawn. Photo: Herald</figcaption></figure>
        <p>Rescuers arrived within the hour and the tide lifted the vessel free by noon, the coastguard said.</p>
        </article>
        <footer>Copyright 2025 Harbour Herald. Subscribe now for unlimited access.</footer>
        <script>trackPageView();</script>
        </body></html>
        """));
    assertThat(a.title()).isEqualTo("Ferry runs aground near Portmere");
    assertThat(a.source()).isEqualTo("Harbour Herald");
    assertThat(a.url()).isEqualTo("https://herald.example/ferry");
    assertThat(a.published()).isEqualTo(Instant.parse("2025-03-11T07:10:00Z"));
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.text().split("\n\n")).hasSize(3);
    assertThat(a.text()).startsWith("The ferry Maribel ran aground at dawn on Tuesday")
        .contains("“Nobody was hurt,” said Captain Ona Veldt")
        .contains("Wednesday morning.\nA second line.")
        .endsWith("the coastguard said.")
        .doesNotContain("Home", "Share on", "Subscribe", "Copyright", "tracking", "Photo:", "<", "color");
  }

  @Test
  void jsonLdNewsArticleInAGraphGivesHeadlineDatePublisherAndUrl() throws IOException {
    Article a = only(write("ld.html", """
        <html><head><title>Home page</title>
        <script type="application/ld+json">
        {"@context": "https://schema.org", "@graph": [
          {"@type": "WebSite", "name": "Not the article"},
          {"@type": ["NewsArticle"], "headline": "Tide frees grounded ferry",
           "datePublished": "2025-03-11T12:05:00-05:00",
           "author": [{"@type": "Person", "name": "Ina Brook"}],
           "publisher": {"@type": "Organization", "name": "Coastal Wire"},
           "mainEntityOfPage": {"@id": "https://wire.example/tide"}}
        ]}
        </script></head>
        <body><div id="story"><p>The tide lifted the ferry Maribel free by noon on Tuesday, the coastguard said,
        ending a six-hour operation watched by hundreds from the harbour wall.</p>
        <p>Engineers will inspect the hull before the vessel returns to service later this month.</p></div></body></html>
        """));
    assertThat(a.title()).isEqualTo("Tide frees grounded ferry");
    assertThat(a.source()).isEqualTo("Coastal Wire");
    assertThat(a.url()).isEqualTo("https://wire.example/tide");
    assertThat(a.published()).isEqualTo(Instant.parse("2025-03-11T17:05:00Z"));
    assertThat(a.text()).startsWith("The tide lifted").endsWith("later this month.").contains("\n\n");
  }

  @Test
  void jsonObjectArrayAndWrappedArrayUseCommonFieldNames() throws IOException {
    Article single = only(write("one.json", """
        {"headline": "Ferry aground", "body": "The ferry ran aground.", "link": "https://x.example/1",
         "publisher": {"name": "Daily Beacon"}, "publishedAt": "2025-03-11T07:10:00Z", "lang": "en"}
        """));
    assertThat(single.title()).isEqualTo("Ferry aground");
    assertThat(single.source()).isEqualTo("Daily Beacon");
    assertThat(single.url()).isEqualTo("https://x.example/1");
    assertThat(single.published()).isEqualTo(Instant.parse("2025-03-11T07:10:00Z"));
    assertThat(single.origin()).endsWith("one.json");

    IngestResult array = READER.read(List.of(write("dump.json", """
        [{"title": "First", "text": "<p>One.</p><p>Two.</p>", "source": "Harbour Herald", "date": 1741677000},
         {"title": "Second", "content": ["Para one.", "Para two."], "outlet": "Coastal Wire",
          "pubDate": "Tue, 11 Mar 2025 08:10:00 GMT"}]
        """)));
    assertThat(array.problems()).isEmpty();
    assertThat(array.articles()).extracting(Article::title).containsExactly("First", "Second");
    assertThat(array.articles().get(0).text()).isEqualTo("One.\n\nTwo.");
    assertThat(array.articles().get(0).published()).isEqualTo(Instant.ofEpochSecond(1741677000));
    assertThat(array.articles().get(0).origin()).endsWith("dump.json#item 1");
    assertThat(array.articles().get(1).text()).isEqualTo("Para one.\n\nPara two.");
    assertThat(array.articles().get(1).published()).isEqualTo(Instant.parse("2025-03-11T08:10:00Z"));

    IngestResult wrapped = READER.read(List.of(write("wrapped.json",
        "{\"status\": \"ok\", \"articles\": [{\"title\": \"W\", \"article\": \"Wrapped text.\"}]}")));
    assertThat(wrapped.articles()).extracting(Article::text).containsExactly("Wrapped text.");
  }

  @Test
  void jsonLinesGiveOneArticlePerLineWithLineOrigins() throws IOException {
    Path p = write("dump.jsonl", """
        {"title": "A", "text": "First report.", "url": "https://a.example/1"}

        {"title": "B", "text": "Second report.", "site": "Coastal Wire", "published": "2025-03-11 07:10"}
        """);
    IngestResult r = READER.read(List.of(p));
    assertThat(r.problems()).isEmpty();
    assertThat(r.articles()).extracting(Article::origin).containsExactly(p + "#line 1", p + "#line 3");
    assertThat(r.articles()).extracting(Article::source).containsExactly("Dump", "Coastal Wire");
    assertThat(r.articles().get(1).published()).isEqualTo(Instant.parse("2025-03-11T07:10:00Z"));
  }

  @Test
  void rssItemsPreferContentEncodedOverDescription() throws IOException {
    Path p = write("herald.rss", """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel><title>Harbour Herald</title><link>https://herald.example</link><description>News</description>
        <language>en-gb</language>
        <item><title>Ferry &amp; tug aground</title><link>https://herald.example/1</link>
          <description>Short teaser.</description>
          <content:encoded><![CDATA[<p>The ferry ran aground.</p><p>The tug followed.</p>]]></content:encoded>
          <pubDate>Tue, 11 Mar 2025 07:10:00 GMT</pubDate></item>
        <item><title>Second</title><link>https://herald.example/2</link>
          <description>&lt;p&gt;Only a &lt;b&gt;description&lt;/b&gt; here.&lt;/p&gt;</description></item>
        </channel></rss>
        """);
    IngestResult r = READER.read(List.of(p));
    assertThat(r.problems()).isEmpty();
    assertThat(r.articles()).hasSize(2);
    Article first = r.articles().get(0);
    assertThat(first.title()).isEqualTo("Ferry & tug aground");
    assertThat(first.source()).isEqualTo("Harbour Herald");
    assertThat(first.url()).isEqualTo("https://herald.example/1");
    assertThat(first.published()).isEqualTo(Instant.parse("2025-03-11T07:10:00Z"));
    assertThat(first.text()).isEqualTo("The ferry ran aground.\n\nThe tug followed.");
    assertThat(first.origin()).isEqualTo(p + "#item 1");
    assertThat(r.articles().get(1).text()).isEqualTo("Only a description here.");
    assertThat(r.articles().get(1).published()).isNull();
  }

  @Test
  void atomEntriesUseContentOrElseSummary() throws IOException {
    Path p = write("wire.atom", """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Coastal Wire</title><id>urn:wire</id><updated>2025-03-11T09:00:00Z</updated>
          <entry><title>Ferry aground</title><id>urn:1</id><link href="https://wire.example/1"/>
            <published>2025-03-11T07:10:00+01:00</published><updated>2025-03-11T09:00:00Z</updated>
            <content type="html">&lt;p&gt;Full text one.&lt;/p&gt;&lt;p&gt;Para two.&lt;/p&gt;</content></entry>
          <entry><title type="text">Tide frees ferry</title><id>urn:2</id><link href="https://wire.example/2"/>
            <updated>2025-03-11T12:00:00Z</updated>
            <summary type="text">Summary only, &lt;not a tag&gt;.</summary></entry>
        </feed>
        """);
    IngestResult r = READER.read(List.of(p));
    assertThat(r.problems()).isEmpty();
    assertThat(r.articles()).extracting(Article::source).containsOnly("Coastal Wire");
    assertThat(r.articles().get(0).text()).isEqualTo("Full text one.\n\nPara two.");
    assertThat(r.articles().get(0).published()).isEqualTo(Instant.parse("2025-03-11T06:10:00Z"));
    assertThat(r.articles().get(1).text()).isEqualTo("Summary only, <not a tag>.");
    assertThat(r.articles().get(1).published()).isEqualTo(Instant.parse("2025-03-11T12:00:00Z"));
    assertThat(r.articles().get(1).url()).isEqualTo("https://wire.example/2");
  }

  @Test
  void formatIsDetectedFromContentNotName() throws IOException {
    Article htmlInTxt = only(write("saved-page.txt", "<html><head><meta property=\"og:site_name\" content=\"Daily Beacon\">"
        + "</head><body><p>The ferry ran aground at dawn.</p></body></html>"));
    assertThat(htmlInTxt.source()).isEqualTo("Daily Beacon");
    assertThat(htmlInTxt.text()).isEqualTo("The ferry ran aground at dawn.");

    IngestResult jsonlInDat = READER.read(List.of(write("export.dat",
        "{\"text\": \"One.\", \"source\": \"A\"}\n{\"text\": \"Two.\", \"source\": \"B\"}\n")));
    assertThat(jsonlInDat.problems()).isEmpty();
    assertThat(jsonlInDat.articles()).extracting(Article::text).containsExactly("One.", "Two.");

    IngestResult rssInXml = READER.read(List.of(write("feed.bin.xml",
        "<rss version=\"2.0\"><channel><title>T</title><link>l</link><description>d</description>"
            + "<item><title>x</title><description>Item text.</description></item></channel></rss>")));
    assertThat(rssInXml.articles()).extracting(Article::text).containsExactly("Item text.");

    Article bracketText = only(write("update.txt", "[Updated 10:40] The ferry was refloated.\n"));
    assertThat(bracketText.text()).isEqualTo("[Updated 10:40] The ferry was refloated.");
  }

  @Test
  void readsStdinStreamsUnderTheirName() {
    byte[] bytes = "{\"title\": \"S\", \"text\": \"From a pipe.\"}\n{\"text\": \"Second.\"}\n".getBytes(StandardCharsets.UTF_8);
    IngestResult r = READER.readStream(new java.io.ByteArrayInputStream(bytes), "-");
    assertThat(r.problems()).isEmpty();
    assertThat(r.articles()).extracting(Article::origin).containsExactly("stdin#line 1", "stdin#line 2");
    assertThat(r.articles()).extracting(Article::source).containsOnly("stdin");
  }

  @Test
  void jsonLdArticleBodyStandsInWhenThePageShowsNoText() throws IOException {
    Article a = only(write("app-shell.html", """
        <html><head><meta property="og:site_name" content="Harbour Herald">
        <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ferry aground",
          "articleBody": "The ferry ran aground at dawn. All forty passengers were taken ashore."}</script>
        </head><body><div id="app"></div></body></html>
        """));
    assertThat(a.title()).isEqualTo("Ferry aground");
    assertThat(a.text()).isEqualTo("The ferry ran aground at dawn. All forty passengers were taken ashore.");
  }

  @Test
  void proseBetweenTwoRulesIsTextNotFrontMatter() throws IOException {
    Article a = only(write("rules.md", "---\nThe ferry ran aground at dawn, officials said.\n---\n\nMore to follow.\n"));
    assertThat(a.text()).isEqualTo("The ferry ran aground at dawn, officials said.\n\nMore to follow.");
  }

  @Test
  void mislabelledJsonFilesAreReadByWhatTheyHold() throws IOException {
    IngestResult linesInJson = READER.read(List.of(write("lines.json", "{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n")));
    assertThat(linesInJson.problems()).isEmpty();
    assertThat(linesInJson.articles()).extracting(Article::text).containsExactly("One.", "Two.");

    IngestResult arrayInJsonl = READER.read(List.of(write("array.jsonl", "[\n  {\"text\": \"One.\"},\n  {\"text\": \"Two.\"}\n]\n")));
    assertThat(arrayInJsonl.problems()).isEmpty();
    assertThat(arrayInJsonl.articles()).extracting(Article::text).containsExactly("One.", "Two.");
  }
}
