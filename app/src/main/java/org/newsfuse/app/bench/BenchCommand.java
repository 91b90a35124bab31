package org.newsfuse.app.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsfuse.ModelLoadTimes;
import org.newsfuse.NewsFuse;
import org.newsfuse.app.BriefingOptions;
import org.newsfuse.embed.SentenceEmbedder;
import org.newsfuse.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsfuse bench}: start-up, wall time and memory of briefing stories of given sizes. */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Measure start-up (JVM and model loading) and, for stories of each size, the wall time, "
            + "CPU time and memory of a full briefing (analysis + briefing), after start-up.",
        "Stories are generated reproducibly from the invented example story "
            + BenchStories.FIXTURE + " unless --input names a folder."},
    footer = {"", "Exit codes: 0 measured; 1 no articles to bench; 2 bad usage."})
public final class BenchCommand implements Callable<Integer> {
  @Option(names = "--sizes", split = ",", defaultValue = "10,100", paramLabel = "N",
      description = "Story sizes in articles (default: ${DEFAULT-VALUE}).")
  List<Integer> sizes;

  @Option(names = "--repeat", defaultValue = "3", paramLabel = "R",
      description = "Measured runs per size (default: ${DEFAULT-VALUE}).")
  int repeat;

  @Option(names = "--warmup", description = "One unmeasured run per size before the measured ones.")
  boolean warmup;

  @Mixin
  BriefingOptions briefing;

  @Option(names = "--input", paramLabel = "DIR",
      description = "Bench this folder's articles instead: a size up to its article count takes "
          + "its first articles, a larger one is generated from them.")
  Path input;

  @Option(names = "--seed", defaultValue = "" + StoryGenerator.DEFAULT_SEED, paramLabel = "N",
      description = "Seed of the story generator (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = {"-f", "--format"}, defaultValue = "table", paramLabel = "table|json",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  String format;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    long jvmToCommand = System.currentTimeMillis()
        - ManagementFactory.getRuntimeMXBean().getStartTime();
    String usage = usageProblem();
    if (usage != null) {
      System.err.println("newsfuse bench: " + usage);
      return 2;
    }
    BenchStories stories;
    try {
      stories = input == null ? BenchStories.fromFixture(seed) : BenchStories.fromFolder(input, seed);
    } catch (IllegalArgumentException e) {
      System.err.println("newsfuse bench: " + e.getMessage());
      return 1;
    }
    MachineFacts machine = MachineFacts.current();
    ModelLoadTimes loaded = NewsFuse.loadModels();
    StartupFigures startup = new StartupFigures(jvmToCommand, loaded.coreNlpMillis(),
        loaded.embedderMillis(), loaded.warmUpMillis(), loaded.totalMillis(),
        jvmToCommand + loaded.totalMillis());

    int workers = briefing.workers();
    BriefingMeter meter = new BriefingMeter(briefing.newsFuse());
    List<RunFigures> runs = new ArrayList<>();
    List<SizeSummary> summaries = new ArrayList<>();
    for (int size : sizes) {
      List<Article> story = stories.story(size);
      List<RunFigures> measured = new ArrayList<>();
      for (int r = warmup ? 0 : 1; r <= repeat; r++) {
        // Every run starts with an empty embedding cache: repetitions must not answer from the
        // previous run's vectors.
        SentenceEmbedder.shared().clearCache();
        RunFigures run = meter.measure(story, r);
        System.err.printf(Locale.ROOT, "bench: %d articles, %s: %.2f s%n", story.size(),
            r == 0 ? "warm-up" : "run " + r + "/" + repeat, run.wallMillis() / 1000.0);
        runs.add(run);
        if (r > 0) measured.add(run);
      }
      summaries.add(SizeSummary.of(measured));
    }
    BenchReport report = new BenchReport(stories.source(), seed, workers, briefing.words(), warmup, machine,
        startup, summaries, runs);
    PrintWriter out = spec.commandLine().getOut();
    if (format.equals("json")) {
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .writeValue(out, report);
      out.println();
      out.flush();
    } else {
      new BenchTable().print(report, out);
    }
    return 0;
  }

  private String usageProblem() {
    if (!format.equals("table") && !format.equals("json")) {
      return "unknown --format " + format + " (table or json)";
    }
    if (sizes.isEmpty() || sizes.stream().anyMatch(s -> s < 1)) {
      return "--sizes must be positive article counts";
    }
    if (repeat < 1) return "--repeat must be at least 1";
    return briefing.problem();
  }
}
