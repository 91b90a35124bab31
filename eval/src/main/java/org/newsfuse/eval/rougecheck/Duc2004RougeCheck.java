package org.newsfuse.eval.rougecheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.newsfuse.eval.rouge.Evaluation;
import org.newsfuse.eval.rouge.RougeResult;
import org.newsfuse.eval.rouge.RougeScorer;
import org.newsfuse.eval.rouge.RougeSettings;

/**
 * Re-scores the published systems' DUC 2004 summaries ({@code <cluster>/refs/*.txt},
 * {@code <cluster>/peers/<SYSTEM>.txt}) with our ROUGE and sets the result beside Hong et al. (2014).
 */
public final class Duc2004RougeCheck {
  /** Agreement required with every published figure, in ROUGE points. */
  public static final double TOLERANCE = 0.1;

  private final RougeScorer scorer;

  public Duc2004RougeCheck() {
    this(new RougeScorer(RougeSettings.duc2004().withRougeL(false)));
  }

  public Duc2004RougeCheck(RougeScorer scorer) {
    this.scorer = scorer;
  }

  /** One row per system found under the clusters' peers/ folders, published systems first. */
  public List<CheckRow> run(Path dir) {
    List<Path> clusters = listDirs(dir);
    if (clusters.isEmpty()) {
      throw new IllegalArgumentException(dir + ": no cluster folders");
    }
    TreeSet<String> systems = new TreeSet<>();
    for (Path cluster : clusters) {
      for (Path peer : listFiles(cluster.resolve("peers"))) {
        systems.add(stripTxt(peer.getFileName().toString()));
      }
    }
    List<String> ordered = new ArrayList<>();
    HongEtAl2014.scores().stream().map(PublishedScore::system).filter(systems::contains).forEach(ordered::add);
    systems.stream().filter(s -> !ordered.contains(s)).forEach(ordered::add);
    List<CheckRow> rows = new ArrayList<>();
    for (String system : ordered) {
      RougeResult result = scorer.score(evaluations(clusters, system));
      double r1 = 100 * result.get("ROUGE-1").recall().mean();
      double r2 = 100 * result.get("ROUGE-2").recall().mean();
      PublishedScore published = HongEtAl2014.of(system)
          .orElse(new PublishedScore(system, Double.NaN, Double.NaN));
      rows.add(new CheckRow(system, published.rouge1Recall(), r1, published.rouge2Recall(), r2));
    }
    return rows;
  }

  private static List<Evaluation> evaluations(List<Path> clusters, String system) {
    List<Evaluation> units = new ArrayList<>();
    for (Path cluster : clusters) {
      Path peer = cluster.resolve("peers").resolve(system + ".txt");
      if (!Files.isRegularFile(peer)) {
        continue;
      }
      List<String> refs = listFiles(cluster.resolve("refs")).stream().map(Duc2004RougeCheck::read).toList();
      units.add(Evaluation.ofTexts(cluster.getFileName().toString(), read(peer), refs));
    }
    return units;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static List<Path> listDirs(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  private static List<Path> listFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  private static String stripTxt(String name) {
    return name.substring(0, name.length() - ".txt".length());
  }
}
