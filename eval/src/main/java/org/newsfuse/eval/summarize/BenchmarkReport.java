package org.newsfuse.eval.summarize;

import java.util.List;

/**
 * A benchmark run: the dataset, its settings and every system's figures.
 *
 * @param analysisSecondsPerCluster mean seconds to analyse one cluster's documents (shared by all
 *                                  systems, not counted in theirs)
 */
public record BenchmarkReport(String dataset, int clusters, int words, RougeMeasure measure,
                              double analysisSecondsPerCluster, List<SystemResult> systems) {
  public BenchmarkReport {
    systems = List.copyOf(systems);
  }
}
