package org.newsfuse.app.bench;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsfuse.ingest.ArticleReader;
import org.newsfuse.ingest.IngestProblem;
import org.newsfuse.ingest.IngestResult;
import org.newsfuse.model.Article;

/**
 * The stories a benchmark briefs. By default every size is generated ({@link StoryGenerator})
 * from the project's invented fixture story; from a folder given with {@code --input}, a size up
 * to the folder's article count takes its first articles as they are, and a larger size is
 * generated from them.
 */
final class BenchStories {
  static final String FIXTURE = "examples/harbour-ferry-fire";

  private final List<Article> read;
  private final boolean generateAlways;
  private final StoryGenerator generator;
  private final String source;

  private BenchStories(List<Article> read, boolean generateAlways, long seed, String source) {
    this.read = read;
    this.generateAlways = generateAlways;
    this.generator = new StoryGenerator(read, seed);
    this.source = source;
  }

  /** Stories from the fixture story, found beside the installation or above the working folder. */
  static BenchStories fromFixture(long seed) {
    Path dir = locateFixture();
    return new BenchStories(readFolder(dir), true, seed, "generated from " + FIXTURE);
  }

  /** Stories from any folder of articles. */
  static BenchStories fromFolder(Path dir, long seed) {
    return new BenchStories(readFolder(dir), false, seed, dir.toString());
  }

  /** Where the articles come from, for the report. */
  String source() {
    return source;
  }

  /** The articles read from the folder. */
  int available() {
    return read.size();
  }

  List<Article> story(int size) {
    if (!generateAlways && size <= read.size()) return List.copyOf(read.subList(0, size));
    return generator.generate(size);
  }

  private static List<Article> readFolder(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("not a folder of articles: " + dir);
    }
    IngestResult result = new ArticleReader().read(List.of(dir));
    for (IngestProblem p : result.problems()) System.err.println("skipped " + p);
    if (result.articles().isEmpty()) {
      throw new IllegalArgumentException("no readable articles in " + dir);
    }
    return result.articles();
  }

  /**
   * The fixture folder: under {@code newsfuse.home} (set by the ./newsfuse launcher), else above
   * the working folder, else above the application jar (app/target/newsfuse.jar in a clone).
   */
  static Path locateFixture() {
    List<Path> starts = new ArrayList<>();
    String home = System.getProperty("newsfuse.home");
    if (home != null) starts.add(Path.of(home));
    starts.add(Path.of("").toAbsolutePath());
    try {
      starts.add(Path.of(BenchStories.class.getProtectionDomain().getCodeSource().getLocation()
          .toURI()).toAbsolutePath());
    } catch (URISyntaxException | RuntimeException e) {
      // No code source location: the other starting points remain.
    }
    for (Path start : starts) {
      for (Path p = start; p != null; p = p.getParent()) {
        Path candidate = p.resolve(FIXTURE);
        if (Files.isDirectory(candidate)) return candidate;
      }
    }
    throw new IllegalArgumentException("cannot find " + FIXTURE
        + " (run from a newsfuse clone, or give --input DIR)");
  }
}
