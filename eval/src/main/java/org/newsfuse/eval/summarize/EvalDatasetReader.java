package org.newsfuse.eval.summarize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.newsfuse.model.Article;

/**
 * Reads a summarization dataset laid out as {@code <cluster>/docs/*}, {@code <cluster>/refs/*} and
 * an optional {@code <cluster>/meta.json} ({@code docs[]: {file, date, source}}). Article id is the
 * file name, source the agency from meta.json or else the file name, published the meta date.
 * An unreadable file or cluster is reported in one line and skipped.
 */
public final class EvalDatasetReader {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final PrintStream problems;

  public EvalDatasetReader(PrintStream problems) {
    this.problems = problems;
  }

  /** Cluster folders (those with a docs/ folder), sorted by name. */
  public List<Path> clusters(Path dataset) throws IOException {
    try (Stream<Path> s = Files.list(dataset)) {
      return s.filter(p -> Files.isDirectory(p.resolve("docs"))).sorted().toList();
    }
  }

  /** The cluster, or null when it cannot be read (reported). */
  public EvalCluster read(Path cluster) {
    try {
      Map<String, JsonNode> meta = meta(cluster);
      List<Article> articles = new ArrayList<>();
      for (Path doc : files(cluster.resolve("docs"))) {
        Article a = article(doc, meta.get(doc.getFileName().toString()));
        if (a != null) articles.add(a);
      }
      List<String> refs = new ArrayList<>();
      Path refDir = cluster.resolve("refs");
      if (Files.isDirectory(refDir)) {
        for (Path ref : files(refDir)) refs.add(Files.readString(ref, StandardCharsets.UTF_8));
      }
      if (articles.isEmpty()) {
        problems.println(cluster + ": no readable documents, skipped");
        return null;
      }
      return new EvalCluster(cluster.getFileName().toString(), articles, refs);
    } catch (IOException | RuntimeException e) {
      problems.println(cluster + ": " + e.getMessage() + ", skipped");
      return null;
    }
  }

  private Article article(Path doc, JsonNode meta) {
    String name = doc.getFileName().toString();
    try {
      String text = Files.readString(doc, StandardCharsets.UTF_8);
      String source = name.replaceFirst("\\.txt$", "");
      Instant published = null;
      if (meta != null) {
        if (meta.hasNonNull("source")) source = meta.get("source").asText();
        if (meta.hasNonNull("date")) published = date(meta.get("date").asText());
      }
      String title = meta != null && meta.hasNonNull("title") ? meta.get("title").asText() : null;
      return new Article(name, source, null, title, published, text, "en", doc.toString());
    } catch (IOException | RuntimeException e) {
      problems.println(doc + ": " + e.getMessage() + ", skipped");
      return null;
    }
  }

  private static Instant date(String s) {
    try {
      return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s)
          .atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** meta.json's docs by file name. */
  private Map<String, JsonNode> meta(Path cluster) throws IOException {
    Map<String, JsonNode> byFile = new HashMap<>();
    Path meta = cluster.resolve("meta.json");
    if (!Files.isRegularFile(meta)) return byFile;
    JsonNode root = JSON.readTree(meta.toFile());
    for (JsonNode d : root.path("docs")) {
      String file = d.path("file").asText("");
      byFile.put(Path.of(file).getFileName().toString(), d);
    }
    return byFile;
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
