package org.newsfuse.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads JSON (one article object, an array of them, or an object holding such an array under
 * "articles", "items", ...) and JSON Lines (one object per line). A bad item or line is reported
 * with its number and skipped; the rest of the file is still read.
 */
final class JsonArticleReader {
  private static final String[] CONTAINER_FIELDS = {"articles", "items", "entries", "stories", "posts",
      "results", "data", "documents", "docs"};
  private static final int MAX_DETAIL = 160;

  private final ObjectMapper json;

  JsonArticleReader(ObjectMapper json) {
    this.json = json;
  }

  List<ArticleDraft> readJson(InputText input, Consumer<IngestProblem> problems) throws IngestFailure {
    JsonNode root;
    try {
      root = json.readTree(input.text());
    } catch (JsonProcessingException e) {
      throw new IngestFailure("broken JSON " + describe(e));
    }
    if (root == null || root.isMissingNode()) throw new IngestFailure("empty JSON document");
    if (root.isObject()) {
      JsonNode items = containedArray(root);
      if (items == null) {
        ArticleDraft draft = JsonArticleFields.read(root, input.origin());
        if (draft == null) throw new IngestFailure(noTextMessage("JSON object"));
        return List.of(draft);
      }
      root = items;
    }
    if (!root.isArray()) throw new IngestFailure("JSON is neither an object nor an array of objects");
    List<ArticleDraft> drafts = new ArrayList<>();
    List<IngestProblem> skipped = new ArrayList<>();
    int number = 0;
    for (JsonNode item : root) {
      number++;
      String origin = input.origin() + "#item " + number;
      if (!item.isObject()) {
        skipped.add(new IngestProblem(origin, "not a JSON object but " + kind(item)));
        continue;
      }
      ArticleDraft draft = JsonArticleFields.read(item, origin);
      if (draft == null) skipped.add(new IngestProblem(origin, noTextMessage("JSON object")));
      else drafts.add(draft);
    }
    if (number == 0) throw new IngestFailure("JSON array holds no articles");
    return keepOrSummarise(drafts, skipped, number, "items", problems);
  }

  List<ArticleDraft> readJsonLines(InputText input, Consumer<IngestProblem> problems) throws IngestFailure {
    List<ArticleDraft> drafts = new ArrayList<>();
    List<IngestProblem> skipped = new ArrayList<>();
    String[] lines = input.text().split("\r\n|\r|\n", -1);
    int nonBlank = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) continue;
      nonBlank++;
      String origin = input.origin() + "#line " + (i + 1);
      JsonNode node;
      try {
        node = json.readTree(line);
      } catch (JsonProcessingException e) {
        skipped.add(new IngestProblem(origin, "broken JSON " + describeInLine(e)));
        continue;
      }
      if (node == null || !node.isObject()) {
        skipped.add(new IngestProblem(origin, "not a JSON object but " + kind(node)));
        continue;
      }
      ArticleDraft draft = JsonArticleFields.read(node, origin);
      if (draft == null) skipped.add(new IngestProblem(origin, noTextMessage("JSON object")));
      else drafts.add(draft);
    }
    if (nonBlank == 0) throw new IngestFailure("no JSON lines");
    return keepOrSummarise(drafts, skipped, nonBlank, "lines", problems);
  }

  /**
   * Reports skipped items one by one when some items were good; when none was, the file is not
   * an article dump at all, and one line says so instead of one per item.
   */
  private static List<ArticleDraft> keepOrSummarise(List<ArticleDraft> drafts, List<IngestProblem> skipped, int total,
                                                    String unit, Consumer<IngestProblem> problems) throws IngestFailure {
    if (drafts.isEmpty() && total > 1) {
      IngestProblem first = skipped.get(0);
      String where = first.origin().substring(first.origin().lastIndexOf('#') + 1);
      boolean allSame = skipped.stream().allMatch(p -> p.message().equals(first.message()));
      throw new IngestFailure(allSame
          ? "none of its " + total + " " + unit + " is an article: " + first.message()
          : "none of its " + total + " " + unit + " is an article (first: " + where + ": " + first.message() + ")");
    }
    if (drafts.isEmpty()) {
      IngestProblem only = skipped.get(0);
      throw new IngestFailure(only.origin().substring(only.origin().lastIndexOf('#') + 1) + ": " + only.message());
    }
    skipped.forEach(problems);
    return drafts;
  }

  private static JsonNode containedArray(JsonNode object) {
    for (String name : CONTAINER_FIELDS) {
      JsonNode v = object.get(name);
      if (v != null && v.isArray()) return v;
    }
    return null;
  }

  private static String noTextMessage(String what) {
    return what + " without article text (expected a field named " + JsonArticleFields.textFieldNames() + ")";
  }

  private static String kind(JsonNode node) {
    if (node == null) return "nothing";
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  private static String describe(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String where = at == null ? "" : "at line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
    return where + detail(e);
  }

  private static String describeInLine(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String where = at == null ? "" : "at column " + at.getColumnNr() + ": ";
    return where + detail(e);
  }

  /** Jackson's own explanation, first line only and without its source excerpt. */
  private static String detail(JsonProcessingException e) {
    String m = e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage().split("\n")[0].strip();
    return m.length() > MAX_DETAIL ? m.substring(0, MAX_DETAIL) + "..." : m;
  }
}
