package org.newsfuse.app.bench;

import java.io.PrintWriter;
import java.util.Locale;

/** A {@link BenchReport} as a plain-text table for people. */
final class BenchTable {
  private static final String ROW = "%8s %9s %7s %8s %9s %9s %7s %10s %10s %10s %9s%n";

  void print(BenchReport r, PrintWriter out) {
    out.printf(Locale.ROOT, "newsfuse bench: stories %s (seed %d), %d analysis threads, "
        + "%d-word summary%n", r.source(), r.seed(), r.threads(), r.words());
    out.println(r.machine().oneLine());
    StartupFigures s = r.startup();
    out.printf(Locale.ROOT, "start-up: JVM to command %s, models %s (CoreNLP+SUTime %s, "
            + "embedder %s in parallel, warm-up %s); JVM start to models ready %s%n",
        seconds(s.jvmToCommandMillis()), seconds(s.modelsMillis()), seconds(s.coreNlpMillis()),
        seconds(s.embedderMillis()), seconds(s.warmUpMillis()), seconds(s.jvmToReadyMillis()));
    out.println();
    out.printf(Locale.ROOT, ROW, "articles", "sentences", "unique", "wall", "analysis",
        "briefing", "cpu", "articles/s", "peak heap", "live heap", "peak RSS");
    for (SizeSummary z : r.sizes()) {
      out.printf(Locale.ROOT, ROW, z.size(), z.sentences(),
          percent(z.uniqueSentences(), z.sentences()), seconds(z.wallMillis()),
          seconds(z.analysisMillis()), seconds(z.briefingMillis()), seconds(z.cpuMillis()),
          String.format(Locale.ROOT, "%.1f", z.articlesPerSecond()), mb(z.peakHeapMb()),
          mb(z.liveHeapMb()), mb(z.peakRssMb()));
    }
    int runs = r.sizes().isEmpty() ? 0 : r.sizes().get(0).runs();
    out.printf(Locale.ROOT, "%ntimes: median of %d run%s%s; memory: worst run; every run: "
        + "--format json%n", runs, runs == 1 ? "" : "s", r.warmup() ? " after a warm-up run" : "");
    out.flush();
  }

  private static String seconds(long millis) {
    return millis < 0 ? "n/a" : String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
  }

  private static String mb(long mb) {
    return mb < 0 ? "n/a" : mb + " MB";
  }

  private static String percent(int part, int whole) {
    return whole == 0 ? "-" : Math.round(100.0 * part / whole) + "%";
  }
}
