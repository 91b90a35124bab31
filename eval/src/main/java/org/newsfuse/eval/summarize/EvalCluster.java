package org.newsfuse.eval.summarize;

import java.util.List;
import org.newsfuse.model.Article;

/**
 * One cluster of a summarization dataset: its articles in file order and the human reference
 * summaries.
 */
public record EvalCluster(String id, List<Article> articles, List<String> references) {
  public EvalCluster {
    articles = List.copyOf(articles);
    references = List.copyOf(references);
  }

  /** Each reference as the lines ROUGE reads (one sentence per line in the dataset files). */
  public List<List<String>> referenceLines() {
    return references.stream().map(r -> List.of(r.split("\n"))).toList();
  }
}
