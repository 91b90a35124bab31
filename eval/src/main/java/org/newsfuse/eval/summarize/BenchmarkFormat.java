package org.newsfuse.eval.summarize;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/** Prints a {@link BenchmarkReport} as a plain-text table or as one JSON object. */
public final class BenchmarkFormat {

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  private BenchmarkFormat() {
  }

  /** A table: one row per system, the headline measure with its 95% interval. */
  public static String table(BenchmarkReport r) {
    String m = r.measure() == RougeMeasure.RECALL ? "recall" : "F1";
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT,
        "%s: %d clusters, %d words, ROUGE-1.5.5 -n 2 -m -l %d -2 4 -u, %s %% (95%% interval)%n",
        r.dataset(), r.clusters(), r.words(), r.words(), m));
    int width = "system".length();
    for (SystemResult s : r.systems()) width = Math.max(width, s.name().length());
    String name = "%-" + width + "s";
    out.append(String.format(Locale.ROOT, name + " %-21s %-21s %-21s %-21s %9s %8s%n", "system",
        "ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-SU4", "s/cluster", "peak MB"));
    for (SystemResult s : r.systems()) {
      out.append(String.format(Locale.ROOT, name + " %-21s %-21s %-21s %-21s %9.3f %8.0f%n",
          s.name(), cell(s.rouge1(), r.measure()), cell(s.rouge2(), r.measure()),
          cell(s.rougeL(), r.measure()), cell(s.rougeSU4(), r.measure()), s.secondsPerCluster(),
          s.peakMemoryMb()));
    }
    out.append(String.format(Locale.ROOT, "analysis (shared, %d threads): %.3f s/cluster%n",
        ClusterAnalyzer.THREADS, r.analysisSecondsPerCluster()));
    return out.toString();
  }

  private static String cell(RougeFigure f, RougeMeasure m) {
    return String.format(Locale.ROOT, "%.2f [%.2f-%.2f]", f.value(m), f.low(), f.high());
  }

  /**
   * {@code {dataset, clusters, words, measure, analysisSecondsPerCluster, systems[]}}, each system
   * {@code {name, rouge1, rouge2, rougeL, rougeSU4, secondsPerCluster, peakMemoryMb}} and each rouge
   * field {@code {recall, precision, f1, low, high}} in percent.
   */
  public static String json(BenchmarkReport r) {
    ObjectNode root = JSON.createObjectNode();
    root.put("dataset", r.dataset());
    root.put("clusters", r.clusters());
    root.put("words", r.words());
    root.put("measure", r.measure().name().toLowerCase(Locale.ROOT));
    root.put("analysisSecondsPerCluster", r.analysisSecondsPerCluster());
    ArrayNode systems = root.putArray("systems");
    for (SystemResult s : r.systems()) {
      ObjectNode o = systems.addObject();
      o.put("name", s.name());
      o.set("rouge1", figure(s.rouge1()));
      o.set("rouge2", figure(s.rouge2()));
      o.set("rougeL", figure(s.rougeL()));
      o.set("rougeSU4", figure(s.rougeSU4()));
      o.put("secondsPerCluster", s.secondsPerCluster());
      o.put("peakMemoryMb", s.peakMemoryMb());
    }
    try {
      return JSON.writeValueAsString(root) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode figure(RougeFigure f) {
    ObjectNode o = JSON.createObjectNode();
    o.put("recall", f.recall());
    o.put("precision", f.precision());
    o.put("f1", f.f1());
    o.put("low", f.low());
    o.put("high", f.high());
    return o;
  }
}
