package org.newsfuse.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The {@code brief} command as a user runs it: real files in, a briefing and an exit code out. */
class BriefCommandTest {
  @TempDir
  Path dir;

  private String stderr;

  private int run(String... args) {
    PrintStream oldErr = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      return new CommandLine(new Main()).execute(args);
    } finally {
      System.setErr(oldErr);
      stderr = err.toString(StandardCharsets.UTF_8);
    }
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void writesTheBriefingAndSaysWhichInputWasSkipped() throws IOException {
    write("tidewater-wire.txt", """
        ---
        title: Lighthouse keeper rescued after storm
        source: Tidewater Wire
        published: 2031-02-04T09:00:00Z
        ---
        The keeper of the Grenmoor lighthouse was rescued by helicopter on Monday after a storm \
        cut the causeway to the island. Coastguard officer Lena Marsh said the keeper was cold \
        but unhurt. The causeway is expected to reopen on Wednesday.
        """);
    write("bay-chronicle.txt", """
        ---
        title: Grenmoor keeper airlifted
        source: Bay Chronicle
        published: 2031-02-04T11:30:00Z
        ---
        A helicopter lifted the Grenmoor lighthouse keeper to safety on Monday after the storm \
        washed over the causeway. The keeper was unhurt, the coastguard said. Engineers will \
        inspect the causeway on Tuesday.
        """);
    Files.write(dir.resolve("photo.bin"), new byte[] {0, 1, 2, 3, 0, 0, 7, 8});
    Path out = dir.resolve("briefing.json");

    int code = run("brief", "--format", "json", "--words", "40", "--no-progress", "-o",
        out.toString(), dir.toString());

    assertThat(code).isEqualTo(BriefCommand.EXIT_SKIPPED);
    assertThat(stderr.lines().filter(l -> l.contains("photo.bin")).count()).isEqualTo(1);
    String json = Files.readString(out);
    assertThat(json).contains("\"headline\"", "\"summary\"", "Tidewater Wire", "Bay Chronicle")
        .contains("Grenmoor");
  }

  @Test
  void nothingReadableIsAnError() throws IOException {
    write("empty.txt", "   \n");
    assertThat(run("brief", "--no-progress", dir.toString())).isEqualTo(1);
    assertThat(stderr).contains("empty.txt").contains("no readable articles");
  }

  @Test
  void unknownFormatIsAUsageError() throws IOException {
    Path p = write("a.txt", "Some text about a storm on the coast. It was windy.");
    assertThat(run("brief", "--format", "pdf", p.toString())).isEqualTo(2);
    assertThat(stderr).contains("unknown format 'pdf'");
  }

  @Test
  void noThreadsIsAUsageError() throws IOException {
    Path p = write("a.txt", "Some text about a storm on the coast. It was windy.");
    assertThat(run("brief", "--threads", "0", p.toString())).isEqualTo(2);
    assertThat(stderr).contains("--threads must be at least 1");
  }

  @Test
  void helpListsEveryOption() {
    PrintStream oldOut = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      assertThat(new CommandLine(new Main()).execute("brief", "--help")).isZero();
    } finally {
      System.setOut(oldOut);
    }
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("--format", "--output", "--words", "--threads", "--max-file-mb", "Exit codes");
  }
}
