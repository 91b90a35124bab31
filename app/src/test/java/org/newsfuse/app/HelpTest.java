package org.newsfuse.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command's --help renders cleanly: picocli warns on stderr about broken format strings. */
class HelpTest {
  @Test
  void everyCommandHasHelpAndRendersItWithoutWarnings() {
    List<List<String>> paths = new ArrayList<>();
    collect(new CommandLine(new Main()), new ArrayList<>(), paths);
    assertThat(paths).extracting(p -> String.join(" ", p))
        .contains("brief", "bench", "eval rouge-check", "eval summarize", "eval timeline",
            "eval train-concepts");
    for (List<String> path : paths) {
      List<String> args = new ArrayList<>(path);
      args.add("--help");
      PrintStream out = System.out;
      PrintStream err = System.err;
      ByteArrayOutputStream captured = new ByteArrayOutputStream();
      ByteArrayOutputStream errors = new ByteArrayOutputStream();
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
      int code;
      try {
        code = new CommandLine(new Main()).execute(args.toArray(String[]::new));
      } finally {
        System.setOut(out);
        System.setErr(err);
      }
      assertThat(code).as(String.join(" ", args)).isZero();
      assertThat(captured.toString(StandardCharsets.UTF_8)).as(String.join(" ", args))
          .startsWith("Usage: newsfuse");
      assertThat(errors.toString(StandardCharsets.UTF_8)).as(String.join(" ", args)).isEmpty();
    }
  }

  private static void collect(CommandLine cmd, List<String> prefix, List<List<String>> out) {
    for (var e : cmd.getSubcommands().entrySet()) {
      if (e.getKey().equals("help")) continue;
      List<String> path = new ArrayList<>(prefix);
      path.add(e.getKey());
      out.add(path);
      collect(e.getValue(), path, out);
    }
  }
}
