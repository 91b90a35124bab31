package org.newsfuse.analyze;

/** Told after each article of a batch is analysed (from the worker thread that finished it). */
@FunctionalInterface
public interface AnalysisProgress {
  void update(int done, int total);

  AnalysisProgress NONE = (done, total) -> { };
}
