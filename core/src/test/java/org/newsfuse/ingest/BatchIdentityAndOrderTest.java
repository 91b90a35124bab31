package org.newsfuse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfuse.model.Article;

/** Content ids, duplicate handling and the order folders are read in. */
class BatchIdentityAndOrderTest {
  private static final ArticleReader READER = new ArticleReader();

  @TempDir
  Path dir;

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
    return p;
  }

  @Test
  void sameContentAtTwoPathsGetsTheSameIdInSeparateRuns() throws IOException {
    Path a = write("one/daily-beacon.txt", "Title: Ferry aground\n\nThe ferry ran aground.");
    Path b = write("two/deeper/daily-beacon.txt", "Title: Ferry aground\r\n\r\nThe ferry ran aground.\r\n");
    Article first = READER.read(List.of(a)).articles().get(0);
    Article second = new ArticleReader().read(List.of(b)).articles().get(0);
    assertThat(first.id()).isEqualTo(second.id()).startsWith("daily-beacon-");
    assertThat(first.id()).isEqualTo(ArticleIds.idFor("Daily Beacon", null, "Ferry aground", "The ferry ran aground."));
  }

  @Test
  void differentContentGetsDifferentIds() throws IOException {
    Path a = write("a/daily-beacon.txt", "The ferry ran aground.");
    Path b = write("b/daily-beacon.txt", "The ferry ran aground!");
    Path c = write("c/daily-beacon.txt", "Title: Other\n\nThe ferry ran aground.");
    IngestResult r = READER.read(List.of(a, b, c));
    assertThat(r.problems()).isEmpty();
    assertThat(r.articles()).extracting(Article::id).doesNotHaveDuplicates().hasSize(3);
  }

  @Test
  void identicalArticlesKeepTheFirstAndReportTheDuplicate() throws IOException {
    Path a = write("x/wire.txt", "The ferry ran aground.");
    Path b = write("y/wire.txt", "The ferry ran aground.\n");
    IngestResult r = READER.read(List.of(a, b));
    assertThat(r.articles()).extracting(Article::origin).containsExactly(a.toString());
    assertThat(r.problems()).extracting(IngestProblem::toString).containsExactly(
        b + ": duplicate of " + a + " (identical article " + r.articles().get(0).id() + ")");
  }

  @Test
  void identicalLinesInOneJsonLinesFileAreDuplicatesToo() throws IOException {
    Path p = write("dump.jsonl", "{\"text\": \"Same.\", \"source\": \"S\"}\n{\"text\": \"Same.\", \"source\": \"S\"}\n");
    IngestResult r = READER.read(List.of(p));
    assertThat(r.articles()).hasSize(1);
    assertThat(r.problems()).extracting(IngestProblem::origin).containsExactly(p + "#line 2");
  }

  @Test
  void foldersAreReadRecursivelyInSortedOrderSkippingHiddenOnes() throws IOException {
    write("b.txt", "B text.");
    write("a.txt", "A text.");
    write("sub/c.txt", "C text.");
    write("a-sub/d.txt", "D text.");
    write(".hidden.txt", "Hidden text.");
    write(".git/objects/e.txt", "Git text.");
    Path explicitHidden = write(".explicit.txt", "Explicit text.");
    IngestResult r = READER.read(List.of(dir, explicitHidden));
    assertThat(r.problems()).isEmpty();
    assertThat(r.articles()).extracting(Article::text)
        .containsExactly("D text.", "A text.", "B text.", "C text.", "Explicit text.");

    IngestResult withHidden = new ArticleReader(IngestOptions.defaults().withIncludeHidden(true)).read(List.of(dir));
    assertThat(withHidden.articles()).extracting(Article::text).contains("Hidden text.", "Git text.");
  }

  @Test
  void aFileNamedTwiceIsReadOnce() throws IOException {
    Path a = write("only.txt", "Once.");
    IngestResult r = READER.read(List.of(a, dir, a.getParent().resolve("./only.txt")));
    assertThat(r.problems()).isEmpty();
    assertThat(r.articles()).hasSize(1);
  }

  @Test
  void repeatedRunsGiveEqualResults() throws IOException {
    write("f1.jsonl", "{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n");
    write("f2.md", "# Head\n\nBody.");
    write("g/f3.txt", "Three.");
    assertThat(new ArticleReader().read(List.of(dir))).isEqualTo(new ArticleReader().read(List.of(dir)));
  }

  @Test
  void excludePatternsLeaveOutWalkedFilesButNotNamedOnes() throws IOException {
    write("story/a.txt", "A text.");
    write("story/TRUTH.md", "# Answers\n\nNot news.");
    write("story/notes/draft.txt", "Draft text.");
    Path named = write("story/truth.json", "{\"text\": \"Named explicitly.\"}");
    ArticleReader reader = new ArticleReader(IngestOptions.defaults().withExclude("TRUTH.md", "*.json", "notes/**"));
    IngestResult r = reader.read(List.of(dir.resolve("story")));
    assertThat(r.articles()).extracting(Article::text).containsExactly("A text.");
    assertThat(reader.read(List.of(named)).articles()).extracting(Article::text).containsExactly("Named explicitly.");
  }

  @Test
  void badExcludePatternIsRefusedUpFront() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> IngestOptions.defaults().withExclude("[unclosed"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[unclosed");
  }
}
