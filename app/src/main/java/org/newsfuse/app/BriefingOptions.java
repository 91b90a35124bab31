package org.newsfuse.app;

import org.newsfuse.NewsFuse;
import picocli.CommandLine.Option;

/** The options every command that briefs stories shares (picocli mixin): budget and threads. */
public final class BriefingOptions {
  @Option(names = {"-w", "--words"}, defaultValue = "100", paramLabel = "N",
      description = "Word budget of the summary (default: ${DEFAULT-VALUE}).")
  int words;

  @Option(names = "--threads", paramLabel = "N",
      description = "Articles analysed at once (default: number of cores).")
  Integer threads;

  public int words() {
    return words;
  }

  /** Threads to analyse on: as given, else one per core. */
  public int workers() {
    return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
  }

  /** What is wrong with these options, or null when nothing is. */
  public String problem() {
    if (words < 10) return "--words must be at least 10";
    if (threads != null && threads < 1) return "--threads must be at least 1";
    return null;
  }

  public NewsFuse newsFuse() {
    return NewsFuse.builder().words(words).threads(workers()).build();
  }
}
