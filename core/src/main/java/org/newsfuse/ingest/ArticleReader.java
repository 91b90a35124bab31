package org.newsfuse.ingest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads news articles from files, folders and streams in any supported format (plain text,
 * Markdown, HTML, JSON, JSON Lines, RSS, Atom), detected from the content. Bad input never stops a
 * batch: each skipped file, line or item becomes one {@link IngestProblem} naming it.
 *
 * <p>The parsers (Jackson, ROME) are built once per reader, so reuse one reader for many batches.
 * A reader keeps no state between calls.
 */
public final class ArticleReader {
  private final IngestOptions options;
  private final InputCollector collector;
  private final InputLoader loader;
  private final FormatDetector detector;
  private final HtmlArticleReader html;
  private final JsonArticleReader jsonReader;
  private final FeedReader feeds;

  public ArticleReader() {
    this(IngestOptions.defaults());
  }

  public ArticleReader(IngestOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    ObjectMapper json = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    this.collector = new InputCollector(options);
    this.loader = new InputLoader(options.maxFileBytes());
    this.detector = new FormatDetector(json);
    this.html = new HtmlArticleReader(json);
    this.jsonReader = new JsonArticleReader(json);
    this.feeds = new FeedReader();
  }

  public IngestOptions options() {
    return options;
  }

  /**
   * Reads every file given and every file under every folder given (sorted, hidden ones skipped),
   * in that order. Paths that do not exist are reported, not thrown.
   */
  public IngestResult read(List<Path> inputs) {
    List<IngestProblem> problems = new ArrayList<>();
    BatchAssembler batch = new BatchAssembler();
    Set<Path> seen = new HashSet<>();
    for (Path input : inputs) {
      for (Path file : collector.expand(input, seen, problems::add)) {
        try {
          readInto(loader.load(file), batch, problems::add);
        } catch (IngestFailure e) {
          problems.add(new IngestProblem(file.toString(), e.getMessage()));
        }
      }
    }
    return new IngestResult(batch.articles(), problems);
  }

  /**
   * Reads one stream (standard input) as one input named {@code name}; the name is the origin of
   * its articles and, when the content names no outlet, the outlet. The stream is not closed.
   */
  public IngestResult readStream(InputStream in, String name) {
    String streamName = name == null || name.isBlank() || name.equals("-") ? OutletNameFromFile.STDIN : name;
    List<IngestProblem> problems = new ArrayList<>();
    BatchAssembler batch = new BatchAssembler();
    try {
      readInto(loader.load(in, streamName), batch, problems::add);
    } catch (IngestFailure e) {
      problems.add(new IngestProblem(streamName, e.getMessage()));
    }
    return new IngestResult(batch.articles(), problems);
  }

  private void readInto(RawInput raw, BatchAssembler batch, Consumer<IngestProblem> problems) throws IngestFailure {
    if (raw.bytes().length == 0) throw new IngestFailure("empty file");
    String decoded = ContentDecoder.decode(raw.bytes());
    if (decoded.isBlank()) throw new IngestFailure("empty file (only whitespace)");
    InputText input = new InputText(raw.origin(), raw.fileName(), raw.extension(), decoded);
    List<ArticleDraft> drafts = switch (detector.detect(input)) {
      case TEXT -> List.of(PlainTextReader.read(input, false));
      case MARKDOWN -> List.of(PlainTextReader.read(input, true));
      case HTML -> List.of(html.read(input));
      case JSON -> jsonReader.readJson(input, problems);
      case JSON_LINES -> jsonReader.readJsonLines(input, problems);
      case FEED -> feeds.read(input, problems);
    };
    for (ArticleDraft draft : drafts) batch.add(draft, raw.fileName(), problems);
  }
}
