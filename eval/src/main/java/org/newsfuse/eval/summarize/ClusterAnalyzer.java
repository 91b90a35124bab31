package org.newsfuse.eval.summarize;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.newsfuse.analyze.Analyzer;
import org.newsfuse.model.Article;
import org.newsfuse.model.Document;
import org.newsfuse.model.Story;

/**
 * Analyses the documents (and, for training, the reference summaries) of benchmark clusters with
 * newsfuse's {@link Analyzer}, on two threads, keeping cluster and file order.
 */
public final class ClusterAnalyzer {

  public static final int THREADS = 2;

  private final Analyzer analyzer = new Analyzer();

  /** One story per cluster, its documents in file order. */
  public List<Story> stories(List<EvalCluster> clusters) throws IOException {
    List<List<Document>> docs = analyse(clusters, EvalCluster::articles);
    List<Story> stories = new ArrayList<>(clusters.size());
    for (int i = 0; i < clusters.size(); i++) {
      stories.add(Story.of(clusters.get(i).id(), docs.get(i)));
    }
    return stories;
  }

  /** Each cluster's reference summaries, analysed like articles (to compare their words). */
  public List<List<Document>> references(List<EvalCluster> clusters) throws IOException {
    return analyse(clusters, c -> {
      List<Article> refs = new ArrayList<>();
      for (int k = 0; k < c.references().size(); k++) {
        refs.add(new Article(c.id() + "-ref" + k, "reference", null, null, null,
            c.references().get(k), null, null));
      }
      return refs;
    });
  }

  private List<List<Document>> analyse(List<EvalCluster> clusters,
                                       Function<EvalCluster, List<Article>> texts)
      throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<List<Future<Document>>> pending = new ArrayList<>();
      for (EvalCluster c : clusters) {
        List<Future<Document>> docs = new ArrayList<>();
        for (Article a : texts.apply(c)) {
          Callable<Document> job = () -> analyzer.analyze(a);
          docs.add(pool.submit(job));
        }
        pending.add(docs);
      }
      List<List<Document>> out = new ArrayList<>();
      for (List<Future<Document>> docs : pending) {
        List<Document> done = new ArrayList<>();
        for (Future<Document> f : docs) done.add(f.get());
        out.add(done);
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("analysis interrupted", e);
    } catch (ExecutionException e) {
      throw new IOException("analysis failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
