package org.newsfuse.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfuse.model.Article;

/**
 * Every kind of bad input gives exactly one line naming the file (or line/item) and the problem,
 * and the good file read in the same batch still comes through.
 */
class BadInputTest {
  private static final ArticleReader READER = new ArticleReader();

  @TempDir
  Path dir;

  private Path good;

  private Path write(String name, String content) throws IOException {
    return write(name, content.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String name, byte[] content) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, content);
    return p;
  }

  /** Reads the bad input together with a good file and returns the single problem reported. */
  private IngestProblem onlyProblem(Path bad) throws IOException {
    return onlyProblem(READER, bad);
  }

  private IngestProblem onlyProblem(ArticleReader reader, Path bad) throws IOException {
    good = write("zz-good.txt", "The ferry ran aground at dawn.");
    IngestResult r = reader.read(List.of(bad, good));
    assertThat(r.articles()).extracting(Article::origin).containsExactly(good.toString());
    assertThat(r.hasProblems()).isTrue();
    assertThat(r.problems()).hasSize(1);
    IngestProblem p = r.problems().get(0);
    assertThat(p.toString()).startsWith(p.origin() + ": ").doesNotContain("\n");
    return p;
  }

  @Test
  void binaryFileWithNulBytes() throws IOException {
    Path bad = write("photo.bin", new byte[] {'G', 'I', 'F', '8', '9', 'a', 1, 0, 2, 0, 0, 0});
    IngestProblem p = onlyProblem(bad);
    assertThat(p.origin()).isEqualTo(bad.toString());
    assertThat(p.message()).isEqualTo("binary file (NUL byte at offset 7)");
  }

  @Test
  void binaryFileFullOfControlCharacters() throws IOException {
    byte[] b = new byte[400];
    for (int i = 0; i < b.length; i++) b[i] = (byte) (i % 3 == 0 ? 0x01 : 'a' + i % 20);
    assertThat(onlyProblem(write("blob.txt", b)).message()).startsWith("binary file (").contains("% control characters");
  }

  @Test
  void emptyAndWhitespaceOnlyFiles() throws IOException {
    assertThat(onlyProblem(write("empty.txt", new byte[0])).message()).isEqualTo("empty file");
    assertThat(onlyProblem(write("blank.txt", " \n\t\r\n  ")).message()).isEqualTo("empty file (only whitespace)");
  }

  @Test
  void brokenJsonNamesLineAndColumn() throws IOException {
    IngestProblem p = onlyProblem(write("dump.json", "[\n  {\"title\": \"A\", \"text\": \"x\"},\n  {\"title\": oops}\n]"));
    assertThat(p.origin()).endsWith("dump.json");
    assertThat(p.message()).startsWith("broken JSON at line 3, column ");
  }

  @Test
  void aBrokenJsonLineSkipsOnlyThatLine() throws IOException {
    Path p = write("dump.jsonl", "{\"text\": \"One.\"}\n{\"text\": \"Two.\n{\"text\": \"Three.\"}\n[1, 2]\n{\"title\": \"no text\"}\n");
    IngestResult r = READER.read(List.of(p));
    assertThat(r.articles()).extracting(Article::text).containsExactly("One.", "Three.");
    assertThat(r.problems()).extracting(IngestProblem::origin)
        .containsExactly(p + "#line 2", p + "#line 4", p + "#line 5");
    assertThat(r.problems().get(0).message()).startsWith("broken JSON at column ");
    assertThat(r.problems().get(1).message()).isEqualTo("not a JSON object but an array");
    assertThat(r.problems().get(2).message()).startsWith("JSON object without article text (expected a field named text");
  }

  @Test
  void jsonArrayItemsWithoutTextAreSkippedByNumber() throws IOException {
    Path p = write("items.json", "[{\"text\": \"Kept.\"}, \"stray\", {\"headline\": \"no body\"}]");
    IngestResult r = READER.read(List.of(p));
    assertThat(r.articles()).extracting(Article::text).containsExactly("Kept.");
    assertThat(r.problems()).extracting(IngestProblem::toString).containsExactly(
        p + "#item 2: not a JSON object but a string",
        p + "#item 3: JSON object without article text (expected a field named "
            + JsonArticleFields.textFieldNames() + ")");
  }

  @Test
  void htmlWithoutExtractableText() throws IOException {
    IngestProblem p = onlyProblem(write("shell.html",
        "<html><head><title>App</title><script>render()</script></head><body><div id=root></div><nav>Menu</nav></body></html>"));
    assertThat(p.message()).isEqualTo("HTML without extractable article text");
  }

  @Test
  void malformedFeed() throws IOException {
    IngestProblem p = onlyProblem(write("broken.rss",
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><item><title>x</item></channel></rss>"));
    assertThat(p.message()).startsWith("malformed feed: ");
  }

  @Test
  void xmlThatIsNotAFeed() throws IOException {
    IngestProblem p = onlyProblem(write("config.xml", "<?xml version=\"1.0\"?><settings><a>1</a></settings>"));
    assertThat(p.message()).startsWith("malformed feed: ");
  }

  @Test
  void xxePayloadDoesNotLeakALocalFile() throws IOException {
    Path secret = write("secret.txt.hidden", "TOP-SECRET-CONTENT-4711");
    Path feed = write("evil.rss", "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [ <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\"> ]>\n"
        + "<rss version=\"2.0\"><channel><title>Evil</title><link>l</link><description>d</description>"
        + "<item><title>t</title><description>Leak: &xxe;</description></item></channel></rss>");
    IngestResult r = READER.read(List.of(feed));
    assertThat(r.articles()).allSatisfy(a -> assertThat(a.text() + a.title()).doesNotContain("TOP-SECRET"));
    assertThat(r.problems()).hasSize(1);
    assertThat(r.problems().get(0).origin()).isEqualTo(feed.toString());
    assertThat(r.problems().get(0).message()).contains("DOCTYPE").contains("XXE").doesNotContain("TOP-SECRET");
  }

  @Test
  void billionLaughsIsRefusedQuickly() throws IOException {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("]>");
    Path feed = write("laughs.atom", "<?xml version=\"1.0\"?>" + dtd
        + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>&lol9;</title></feed>");
    IngestProblem p = onlyProblem(feed);
    assertThat(p.message()).startsWith("feed refused: its DOCTYPE declares entities");
  }

  @Test
  void harmlessPublicDoctypeOfOldRssIsAccepted() throws IOException {
    Path feed = write("old.rss", "<?xml version=\"1.0\"?>\n<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" "
        + "\"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n<rss version=\"0.91\"><channel><title>Old</title>"
        + "<link>http://old.example</link><description>d</description><language>en</language>"
        + "<item><title>t</title><link>http://old.example/1</link><description>Old news.</description></item></channel></rss>");
    IngestResult r = READER.read(List.of(feed));
    assertThat(r.problems()).isEmpty();
    assertThat(r.articles()).extracting(Article::text).containsExactly("Old news.");
  }

  @Test
  void unknownDeclaredEncoding() throws IOException {
    IngestProblem p = onlyProblem(write("odd.html",
        "<html><head><meta charset=\"x-klingon-9\"></head><body><p>Text.</p></body></html>"));
    assertThat(p.message()).isEqualTo("unknown character encoding \"x-klingon-9\" (declared in HTML meta charset)");
  }

  @Test
  void bytesNoEncodingCanDecode() throws IOException {
    // 0x81 is undefined in Windows-1252 and, alone, invalid in UTF-8
    byte[] b = "Ferry news ".getBytes(StandardCharsets.US_ASCII);
    byte[] bad = java.util.Arrays.copyOf(b, b.length + 1);
    bad[b.length] = (byte) 0x81;
    assertThat(onlyProblem(write("mojibake.txt", bad)).message())
        .isEqualTo("undecodable text: byte 0x81 at offset 11 is not valid UTF-8 or Windows-1252");
  }

  @Test
  void textThatBreaksItsDeclaredEncoding() throws IOException {
    byte[] head = "<html><head><meta charset=\"utf-8\"></head><body><p>Caf".getBytes(StandardCharsets.US_ASCII);
    byte[] bad = java.util.Arrays.copyOf(head, head.length + 1);
    bad[head.length] = (byte) 0xE9;
    assertThat(onlyProblem(write("lying.html", bad)).message())
        .startsWith("undecodable text: ").contains("utf-8 (declared in its HTML meta charset)");
  }

  @Test
  void fileOverTheSizeLimitNamesTheLimit() throws IOException {
    ArticleReader small = new ArticleReader(IngestOptions.defaults().withMaxFileBytes(1024));
    IngestProblem p = onlyProblem(small, write("huge.txt", "word ".repeat(1000)));
    assertThat(p.message()).isEqualTo("file too large (4.9 KiB; the limit is 1.0 KiB)");

    IngestResult stream = small.readStream(new ByteArrayInputStream(new byte[5000]), "-");
    assertThat(stream.problems()).extracting(IngestProblem::toString)
        .containsExactly("stdin: file too large (more than 1.0 KiB; the limit is 1.0 KiB)");
  }

  @Test
  void nonexistentPath() throws IOException {
    Path missing = dir.resolve("no-such-dir/nothing.txt");
    IngestProblem p = onlyProblem(missing);
    assertThat(p.toString()).isEqualTo(missing + ": no such file or directory");
  }

  @Test
  void brokenSymbolicLinkInsideAFolder() throws IOException {
    Path sub = Files.createDirectories(dir.resolve("sub"));
    Path link = sub.resolve("gone.txt");
    try {
      Files.createSymbolicLink(link, dir.resolve("target-that-does-not-exist"));
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "symbolic links not supported here");
    }
    IngestProblem p = onlyProblem(sub);
    assertThat(p.toString()).isEqualTo(link + ": broken symbolic link");
  }

  @Test
  void unreadableFile() throws IOException {
    Path locked = write("locked.txt", "Secret.");
    try {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    } catch (UnsupportedOperationException e) {
      assumeTrue(false, "no POSIX permissions here");
    }
    assumeFalse(Files.isReadable(locked), "running as a user who can read anything (root)");
    assertThat(onlyProblem(locked).message()).isEqualTo("cannot read file: permission denied");
  }

  @Test
  void emptyJsonArrayAndFeedWithoutEntries() throws IOException {
    assertThat(onlyProblem(write("none.json", "[]")).message()).isEqualTo("JSON array holds no articles");
    assertThat(onlyProblem(write("none.atom", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title></feed>"))
        .message()).isEqualTo("feed has no entries");
  }

  @Test
  void aJsonFileWithNoArticleAtAllGetsOneLineNotOnePerItem() throws IOException {
    IngestProblem p = onlyProblem(write("answers.json",
        "{\"story\": \"x\", \"articles\": [{\"id\": 1}, {\"id\": 2}, {\"id\": 3}]}"));
    assertThat(p.message()).isEqualTo("none of its 3 items is an article: JSON object without article text "
        + "(expected a field named " + JsonArticleFields.textFieldNames() + ")");

    IngestProblem lines = onlyProblem(write("log.jsonl", "{\"level\": \"info\"}\n{\"broken\n"));
    assertThat(lines.message()).startsWith("none of its 2 lines is an article (first: line 1: JSON object without");

    IngestProblem single = onlyProblem(write("one.jsonl", "{\"text\": \"unterminated}\n"));
    assertThat(single.origin()).endsWith("one.jsonl");
    assertThat(single.message()).startsWith("line 1: broken JSON at column ");
  }

  @Test
  void aFolderOfBadFilesGivesOneLinePerFileAndStillReadsTheGoodOne() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("mixed"));
    List<String> bad = List.of("a.bin", "b.txt", "c.json", "d.html", "e.rss", "f.xml", "g.html", "h.txt", "i.txt");
    Files.write(folder.resolve("a.bin"), new byte[] {1, 2, 0, 3});
    Files.writeString(folder.resolve("b.txt"), "   \n ");
    Files.writeString(folder.resolve("c.json"), "{\"text\": ");
    Files.writeString(folder.resolve("d.html"), "<html><body><script>x()</script></body></html>");
    Files.writeString(folder.resolve("e.rss"), "<rss><channel><item></channel>");
    Files.writeString(folder.resolve("f.xml"), "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><rss>&e;</rss>");
    Files.writeString(folder.resolve("g.html"), "<meta charset=\"bogus-charset\"><p>Hi</p>");
    Files.write(folder.resolve("h.txt"), new byte[] {'a', (byte) 0x8D, 'b'});
    Files.writeString(folder.resolve("i.txt"), "x".repeat(3000));
    Files.writeString(folder.resolve("ok.md"), "# Fine\n\nThe good article.");
    IngestResult r = new ArticleReader(IngestOptions.defaults().withMaxFileBytes(2048)).read(List.of(folder));
    assertThat(r.articles()).extracting(Article::text).containsExactly("The good article.");
    assertThat(r.problems()).extracting(IngestProblem::origin)
        .containsExactlyElementsOf(bad.stream().map(name -> folder.resolve(name).toString()).toList());
    assertThat(r.problems()).allSatisfy(p -> assertThat(p.toString()).doesNotContain("\n").doesNotContain("root:"));
  }

  @Test
  void binaryDataThatLooksLikeUtf16IsStillBinary() throws IOException {
    byte[] b = new byte[512];
    for (int i = 0; i < b.length; i += 2) b[i] = (byte) (i % 7 + 1);
    assertThat(onlyProblem(write("samples.raw", b)).message()).startsWith("binary file (").contains("control characters");
  }
}
