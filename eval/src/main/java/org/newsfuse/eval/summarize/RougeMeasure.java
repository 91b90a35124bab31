package org.newsfuse.eval.summarize;

/** Which ROUGE figure a benchmark headlines: recall (DUC) or F1 (Multi-News). */
public enum RougeMeasure {
  RECALL, F1
}
