package org.newsfuse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfuse.model.Article;

/** Byte order marks, declared charsets, the UTF-8 / Windows-1252 fallback, and text normalisation. */
class EncodingDetectionTest {
  private static final ArticleReader READER = new ArticleReader();
  private static final String TEXT = "Café owner José said “nobody was hurt” — twice.";

  @TempDir
  Path dir;

  private Article read(String name, byte[]... parts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) out.write(p);
    Path p = dir.resolve(name);
    Files.write(p, out.toByteArray());
    IngestResult r = READER.read(List.of(p));
    assertThat(r.problems()).isEmpty();
    assertThat(r.articles()).hasSize(1);
    return r.articles().get(0);
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) b[i] = (byte) values[i];
    return b;
  }

  @Test
  void utf8WithByteOrderMark() throws IOException {
    Article a = read("bom8.txt", bytes(0xEF, 0xBB, 0xBF), TEXT.getBytes(StandardCharsets.UTF_8));
    assertThat(a.text()).isEqualTo(TEXT);
  }

  @Test
  void utf16LittleAndBigEndianWithByteOrderMark() throws IOException {
    assertThat(read("le.txt", bytes(0xFF, 0xFE), TEXT.getBytes(StandardCharsets.UTF_16LE)).text()).isEqualTo(TEXT);
    assertThat(read("be.txt", bytes(0xFE, 0xFF), TEXT.getBytes(StandardCharsets.UTF_16BE)).text()).isEqualTo(TEXT);
  }

  @Test
  void utf16WithoutByteOrderMarkIsRecognisedNotCalledBinary() throws IOException {
    String json = "{\"title\": \"Ferry\", \"text\": \"" + TEXT.replace("“", "\\u201c").replace("”", "\\u201d") + "\"}";
    Article a = read("export.json", json.getBytes(StandardCharsets.UTF_16LE));
    assertThat(a.text()).isEqualTo(TEXT);
  }

  @Test
  void htmlDeclaringLatin1IsReadAsWindows1252SoSmartQuotesSurvive() throws IOException {
    String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
        + "<meta property=\"og:site_name\" content=\"Daily Beacon\"></head><body><p>" + TEXT + "</p></body></html>";
    Article a = read("latin1.html", html.getBytes(Charset.forName("windows-1252")));
    assertThat(a.text()).isEqualTo(TEXT);
    assertThat(a.source()).isEqualTo("Daily Beacon");
  }

  @Test
  void htmlDeclaringWindows1252() throws IOException {
    String html = "<html><head><meta charset=windows-1252></head><body><p>" + TEXT + "</p></body></html>";
    assertThat(read("cp.html", html.getBytes(Charset.forName("windows-1252"))).text()).isEqualTo(TEXT);
  }

  @Test
  void feedDeclaringIso88591InItsXmlProlog() throws IOException {
    String rss = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>Café Wire</title>"
        + "<link>l</link><description>d</description><item><title>t</title><description>Señor Núñez spoke.</description>"
        + "</item></channel></rss>";
    Article a = read("latin.xml", rss.getBytes(StandardCharsets.ISO_8859_1));
    assertThat(a.text()).isEqualTo("Señor Núñez spoke.");
    assertThat(a.source()).isEqualTo("Café Wire");
  }

  @Test
  void invalidUtf8FallsBackToWindows1252() throws IOException {
    // 0x93 and 0x94 are curly quotes in Windows-1252 and can never stand alone in UTF-8
    Article a = read("old.txt", "He said ".getBytes(StandardCharsets.US_ASCII), bytes(0x93),
        "hello".getBytes(StandardCharsets.US_ASCII), bytes(0x94), " and left; caf".getBytes(StandardCharsets.US_ASCII),
        bytes(0xE9), ".".getBytes(StandardCharsets.US_ASCII));
    assertThat(a.text()).isEqualTo("He said “hello” and left; café.");
  }

  @Test
  void lineEndingsAreUnixAndTextIsNfc() throws IOException {
    String decomposed = "Cafe\u0301 opened.\r\nOld Mac line.\rNext.\r\n\r\n\r\n\r\nNew paragraph.\u00A0 ";
    Article a = read("mixed.txt", decomposed.getBytes(StandardCharsets.UTF_8));
    assertThat(a.text()).isEqualTo("Café opened.\nOld Mac line.\nNext.\n\nNew paragraph.");
    assertThat(a.text()).doesNotContain("\r").contains("\u00E9");
  }
}
