package org.newsfuse.eval.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads Timeline17 as laid out in shared/eval: {@code <topic>/articles.jsonl} ({id, date, text}),
 * {@code <topic>/timelines.json} (list of timelines, each a list of {date, sentences[]}) and
 * {@code <topic>/meta.json} (keywords). A bad article line is reported on stderr and skipped.
 */
public final class Timeline17Reader {
  private final ObjectMapper json = new ObjectMapper();

  /** Topic folders in name order. */
  public List<Path> topicDirs(Path root) {
    try (Stream<Path> s = Files.list(root)) {
      return s.filter(p -> Files.isRegularFile(p.resolve("timelines.json"))).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
  }

  public TimelineTopic read(Path topicDir) {
    String name = topicDir.getFileName().toString();
    return new TimelineTopic(name, readQuery(topicDir, name), readArticles(topicDir.resolve("articles.jsonl")),
        readTimelines(topicDir.resolve("timelines.json")));
  }

  private Query readQuery(Path topicDir, String name) {
    Path meta = topicDir.resolve("meta.json");
    List<String> keywords = new ArrayList<>();
    if (Files.isRegularFile(meta)) {
      try {
        json.readTree(meta.toFile()).path("keywords").forEach(k -> keywords.add(k.asText()));
      } catch (IOException e) {
        System.err.println(meta + ": unreadable meta.json (" + e.getMessage() + "); no keywords");
      }
    }
    return new Query(name, keywords);
  }

  private List<DatedArticle> readArticles(Path file) {
    List<DatedArticle> articles = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int lineNumber = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        try {
          JsonNode node = json.readTree(line);
          articles.add(new DatedArticle(node.path("id").asText(), LocalDate.parse(node.path("date").asText()),
              node.path("text").asText()));
        } catch (IOException | DateTimeParseException e) {
          System.err.println(file + ":" + lineNumber + ": skipped bad article (" + e.getMessage() + ")");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return articles;
  }

  private List<List<DatedSummary>> readTimelines(Path file) {
    try {
      List<List<DatedSummary>> timelines = new ArrayList<>();
      for (JsonNode timeline : json.readTree(file.toFile())) {
        List<DatedSummary> entries = new ArrayList<>();
        for (JsonNode entry : timeline) {
          List<String> sentences = new ArrayList<>();
          entry.path("sentences").forEach(s -> sentences.add(s.asText()));
          entries.add(new DatedSummary(LocalDate.parse(entry.path("date").asText()), sentences));
        }
        if (!entries.isEmpty()) {
          timelines.add(entries);
        }
      }
      return timelines;
    } catch (IOException | DateTimeParseException e) {
      throw new IllegalArgumentException(file + ": unreadable timelines (" + e.getMessage() + ")", e);
    }
  }
}
