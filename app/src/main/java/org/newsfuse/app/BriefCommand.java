package org.newsfuse.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsfuse.briefing.Briefing;
import org.newsfuse.ingest.ArticleReader;
import org.newsfuse.ingest.IngestOptions;
import org.newsfuse.ingest.IngestProblem;
import org.newsfuse.ingest.IngestResult;
import org.newsfuse.model.Article;
import org.newsfuse.render.BriefingRenderer;
import org.newsfuse.render.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsfuse brief}: one briefing of the given articles. */
@Command(name = "brief", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Write one briefing of the given articles: summary, agreed facts, disagreements, "
            + "timeline, entities and quotes, each line with its sources.",
        "Inputs are files or folders (read recursively) of plain text, Markdown, HTML, JSON, "
            + "JSON Lines, RSS or Atom, detected by content; - reads standard input."},
    footer = {"", "Exit codes: 0 briefing written from every input; 3 briefing written, some "
        + "inputs skipped (one line each on stderr); 1 nothing could be briefed; 2 bad usage."})
public final class BriefCommand implements Callable<Integer> {
  static final int EXIT_SKIPPED = 3;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders, or - for stdin.")
  List<String> inputs;

  @Option(names = {"-f", "--format"}, defaultValue = "md", paramLabel = "md|json|html",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the briefing to FILE instead of standard output.")
  Path output;

  @Mixin
  BriefingOptions briefing;

  @Option(names = "--max-file-mb", defaultValue = "20", paramLabel = "MB",
      description = "Skip input files larger than this (default: ${DEFAULT-VALUE}).")
  long maxFileMb;

  @Option(names = "--exclude", paramLabel = "GLOB",
      description = "Skip files matching GLOB when walking folders (repeatable), e.g. '*.json'.")
  List<String> exclude = new ArrayList<>();

  @Option(names = "--no-progress", description = "Never show a progress bar.")
  boolean noProgress;

  @Override
  public Integer call() throws IOException {
    OutputFormat outputFormat;
    try {
      outputFormat = OutputFormat.parse(format);
    } catch (IllegalArgumentException e) {
      System.err.println("newsfuse brief: " + e.getMessage());
      return 2;
    }
    if (briefing.problem() != null) {
      System.err.println("newsfuse brief: " + briefing.problem());
      return 2;
    }
    IngestResult read = read();
    for (IngestProblem p : read.problems()) {
      System.err.println("skipped " + p);
    }
    List<Article> articles = read.articles();
    if (articles.isEmpty()) {
      System.err.println("newsfuse brief: no readable articles in the input");
      return 1;
    }
    Briefing result;
    try (TerminalProgress progress = new TerminalProgress("analysing", articles.size(),
        !noProgress)) {
      result = briefing.newsFuse().brief(articles, (done, total) -> progress.step());
    }
    write(result, BriefingRenderer.forFormat(outputFormat));
    return read.hasProblems() ? EXIT_SKIPPED : 0;
  }

  private IngestResult read() {
    ArticleReader reader = new ArticleReader(
        IngestOptions.defaults().withMaxFileBytes(maxFileMb * 1024 * 1024)
            .withExclude(exclude.toArray(String[]::new)));
    List<Path> paths = new ArrayList<>();
    IngestResult fromStdin = null;
    for (String in : inputs) {
      if (in.equals("-")) {
        fromStdin = reader.readStream(System.in, "stdin");
      } else {
        paths.add(Path.of(in));
      }
    }
    IngestResult fromFiles = reader.read(paths);
    if (fromStdin == null) return fromFiles;
    List<Article> all = new ArrayList<>(fromFiles.articles());
    all.addAll(fromStdin.articles());
    List<IngestProblem> problems = new ArrayList<>(fromFiles.problems());
    problems.addAll(fromStdin.problems());
    return new IngestResult(all, problems);
  }

  private void write(Briefing briefing, BriefingRenderer renderer) throws IOException {
    if (output == null) {
      Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
      renderer.render(briefing, out);
      out.flush();
    } else {
      try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
        renderer.render(briefing, out);
      }
    }
  }
}
