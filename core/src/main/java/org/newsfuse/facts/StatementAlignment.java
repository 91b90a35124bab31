package org.newsfuse.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.newsfuse.dedup.SourceIndependence;
import org.newsfuse.model.Story;

/**
 * The statements of a story grouped by what they say: each group holds sentences of different
 * documents that state the same thing (copies, edits, paraphrases). Computed once per story and
 * shared by {@link FactFinder} and {@link DisagreementFinder}.
 *
 * <p>Two statements are compared by content-lemma overlap (Dice) and sentence-embedding cosine,
 * with a bonus when they share a name or a number. Groups are built agglomeratively, strongest
 * pair first, never putting two sentences of one document in one group and keeping each group's
 * average similarity above the threshold (so a chain of loosely related sentences cannot merge).
 */
public final class StatementAlignment {
  static final double ALIGNED = 0.5;
  /** Looser than {@link #ALIGNED}: statements about the same event slot, not the same claim. */
  static final double RELATED = 0.3;

  private final Story story;
  private final List<Statement> statements;
  private final float[][] vectors;
  private final SourceIndependence independence;
  private final List<List<Statement>> groups;
  private final int[] groupOf;
  private final float[][] similarities;

  private StatementAlignment(Story story, SentenceVectors embedder) {
    this.story = story;
    this.statements = new StatementReader().read(story);
    this.vectors = embedder.embed(statements.stream().map(Statement::text).toList());
    this.independence = SourceIndependence.of(story);
    int n = statements.size();
    this.similarities = new float[n][n];
    StatementFeatures features = new StatementFeatures(statements, vectors, independence.copies());
    // About n²/2 independent pairs (two million for 100 articles): rows run on all cores, each
    // cell written once, so the matrix is the same as on one thread.
    IntStream.range(0, n).parallel().forEach(i -> {
      for (int j = i + 1; j < n; j++) {
        float v = (float) computeSimilarity(features, i, j);
        similarities[i][j] = v;
        similarities[j][i] = v;
      }
    });
    this.groups = group();
    this.groupOf = new int[statements.size()];
    for (int g = 0; g < groups.size(); g++) {
      for (Statement s : groups.get(g)) groupOf[s.id()] = g;
    }
  }

  public static StatementAlignment of(Story story) {
    return new StatementAlignment(story, SentenceVectors.shared());
  }

  public static StatementAlignment of(Story story, SentenceVectors embedder) {
    return new StatementAlignment(story, embedder);
  }

  public Story story() {
    return story;
  }

  public List<Statement> statements() {
    return statements;
  }

  /** Groups of statements saying the same thing, largest support first; singletons included. */
  public List<List<Statement>> groups() {
    return groups;
  }

  public SourceIndependence independence() {
    return independence;
  }

  public boolean aligned(Statement a, Statement b) {
    return groupOf[a.id()] == groupOf[b.id()];
  }

  /** Similarity in [0, 1] of two statements. */
  public double similarity(Statement a, Statement b) {
    return a.id() == b.id() ? 1.0 : similarities[a.id()][b.id()];
  }

  /** Similarity of statements {@code a} and {@code b} (by index), from precomputed features. */
  private static double computeSimilarity(StatementFeatures f, int a, int b) {
    if (f.sameOrigin(a, b)) return 1.0;
    double dice = f.dice(a, b);
    double score;
    if (!f.hasVectors(a, b)) {
      score = dice;
    } else {
      double cos = f.cosine(a, b);
      double semantic = Math.max(0, Math.min(1, (cos - 0.55) / 0.35));
      score = 0.45 * dice + 0.55 * semantic;
    }
    if (f.shareAnchor(a, b)) score += 0.05;
    return Math.min(1.0, score);
  }

  /** Centrality of a statement: its mean similarity to the story's other documents' best match. */
  double centrality(Statement s) {
    Map<Integer, Double> best = new HashMap<>();
    for (Statement o : statements) {
      if (o.order() == s.order()) continue;
      best.merge(o.order(), similarity(s, o), Math::max);
    }
    return best.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
  }

  private record Edge(int a, int b, double score) {
  }

  private List<List<Statement>> group() {
    int n = statements.size();
    List<Edge> edges = new ArrayList<>();
    Map<Long, Double> score = new HashMap<>();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (statements.get(i).order() == statements.get(j).order()) continue;
        double s = similarity(statements.get(i), statements.get(j));
        if (s >= ALIGNED) {
          edges.add(new Edge(i, j, s));
          score.put(((long) i << 32) | j, s);
        }
      }
    }
    edges.sort(Comparator.comparingDouble(Edge::score).reversed()
        .thenComparingInt(Edge::a).thenComparingInt(Edge::b));
    int[] cluster = new int[n];
    List<List<Integer>> members = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      cluster[i] = i;
      members.add(new ArrayList<>(List.of(i)));
    }
    for (Edge e : edges) {
      int ca = cluster[e.a()];
      int cb = cluster[e.b()];
      if (ca == cb) continue;
      List<Integer> ma = members.get(ca);
      List<Integer> mb = members.get(cb);
      Set<Integer> docs = new HashSet<>();
      boolean clash = false;
      for (int x : ma) docs.add(statements.get(x).order());
      for (int y : mb) clash |= docs.contains(statements.get(y).order());
      if (clash) continue;
      double sum = 0;
      for (int x : ma) {
        for (int y : mb) {
          sum += score.getOrDefault(((long) Math.min(x, y) << 32) | Math.max(x, y), 0.0);
        }
      }
      if (sum / (ma.size() * mb.size()) < ALIGNED * 0.9) continue;
      int keep = Math.min(ca, cb);
      int drop = Math.max(ca, cb);
      for (int y : members.get(drop)) cluster[y] = keep;
      members.get(keep).addAll(members.get(drop));
      members.get(drop).clear();
    }
    List<List<Statement>> out = new ArrayList<>();
    for (List<Integer> m : members) {
      if (m.isEmpty()) continue;
      m.sort(Integer::compare);
      out.add(m.stream().map(statements::get).toList());
    }
    return out;
  }
}
