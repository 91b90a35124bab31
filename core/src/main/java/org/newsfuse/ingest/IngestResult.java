package org.newsfuse.ingest;

import java.util.List;
import org.newsfuse.model.Article;

/**
 * What one batch read produced: the articles in input order, and every input that was skipped.
 *
 * @param articles articles in deterministic order (inputs as given, folders sorted, items in file order)
 * @param problems one entry per skipped file, line, item or duplicate, in the order met
 */
public record IngestResult(List<Article> articles, List<IngestProblem> problems) {
  public IngestResult {
    articles = List.copyOf(articles);
    problems = List.copyOf(problems);
  }

  /** True when anything was skipped, so a command can report it in its exit code. */
  public boolean hasProblems() {
    return !problems.isEmpty();
  }
}
