package org.newsfuse.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * One invented fixture story under {@code examples/<name>/}: its planted truth
 * ({@code examples/truth/<name>.json}) and a plain-text view of each article.
 *
 * <p>The plain text here is deliberately simple and independent of the ingest package, so the
 * truth file can be checked without trusting the code under test: front matter is cut from
 * .txt/.md, the text/body field is taken from .jsonl, and jsoup's whitespace-normalised
 * {@code text()} is used for the HTML {@code <article>} and for RSS item bodies. Truth strings
 * never span a line break, so they match both this view and a real ingested
 * {@code Article.text}.
 */
public final class FixtureStory {
  /** The story every test uses unless it says otherwise. */
  public static final String HARBOUR_FERRY_FIRE = "harbour-ferry-fire";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path dir;
  private final JsonNode truth;
  private final Map<String, String> texts;

  private FixtureStory(Path dir, JsonNode truth, Map<String, String> texts) {
    this.dir = dir;
    this.truth = truth;
    this.texts = texts;
  }

  /** Loads {@code examples/<name>} found by walking up from the working directory. */
  public static FixtureStory load(String name) {
    Path dir = examplesDir().resolve(name);
    // The truth lives beside the story, not in it: the story folder is input to newsfuse.
    JsonNode truth = readJson(examplesDir().resolve("truth").resolve(name + ".json"));
    Map<String, String> texts = new LinkedHashMap<>();
    for (JsonNode article : truth.get("articles")) {
      texts.put(article.get("id").asText(), plainText(dir, article));
    }
    return new FixtureStory(dir, truth, texts);
  }

  /** The project's {@code examples/} folder: the nearest one above the working directory. */
  public static Path examplesDir() {
    Path here = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      Path candidate = p.resolve("examples");
      if (Files.isDirectory(candidate.resolve(HARBOUR_FERRY_FIRE))) {
        return candidate;
      }
    }
    throw new IllegalStateException("no examples/ folder above " + here);
  }

  public Path dir() {
    return dir;
  }

  public JsonNode truth() {
    return truth;
  }

  /** Article ids in the order of {@code truth.json}. */
  public List<String> articleIds() {
    return new ArrayList<>(texts.keySet());
  }

  /** The plain text of one article (see the class comment for how it is made). */
  public String text(String articleId) {
    String text = texts.get(articleId);
    if (text == null) {
      throw new IllegalArgumentException("unknown article id " + articleId);
    }
    return text;
  }

  /** The truth entry of one article. */
  public JsonNode article(String articleId) {
    for (JsonNode article : truth.get("articles")) {
      if (article.get("id").asText().equals(articleId)) {
        return article;
      }
    }
    throw new IllegalArgumentException("unknown article id " + articleId);
  }

  /** The file an article lives in. */
  public Path file(String articleId) {
    return dir.resolve(article(articleId).get("file").asText());
  }

  private static String plainText(Path dir, JsonNode article) {
    Path file = dir.resolve(article.get("file").asText());
    String raw = read(file);
    String format = article.get("format").asText();
    switch (format) {
      case "text":
        return raw;
      case "text+frontmatter":
      case "markdown+frontmatter":
        return withoutFrontMatter(raw);
      case "jsonl": {
        String line = raw.split("\n")[article.get("index").asInt()];
        return readJson(line).get(article.get("textField").asText()).asText();
      }
      case "html":
        return Jsoup.parse(raw).selectFirst("article").text();
      case "rss": {
        Element item = Jsoup.parse(raw, "", Parser.xmlParser())
            .select("item").get(article.get("index").asInt());
        Element encoded = item.selectFirst("content|encoded");
        String html = encoded != null ? encoded.text() : item.selectFirst("description").text();
        return Jsoup.parse(html).text();
      }
      default:
        throw new IllegalStateException("unknown format " + format + " in truth.json");
    }
  }

  /** Cuts a leading {@code ---}-fenced block. */
  static String withoutFrontMatter(String raw) {
    if (!raw.startsWith("---")) {
      return raw;
    }
    int end = raw.indexOf("\n---", 3);
    return end < 0 ? raw : raw.substring(raw.indexOf('\n', end + 1) + 1);
  }

  /** One {@code key: value} line of the front matter, quotes stripped, or null. */
  static String frontMatterValue(String raw, String key) {
    for (String line : raw.split("\n")) {
      if (line.startsWith(key + ":")) {
        return line.substring(key.length() + 1).trim().replaceAll("^\"|\"$", "");
      }
    }
    return null;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode readJson(Path file) {
    return readJson(read(file));
  }

  private static JsonNode readJson(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
