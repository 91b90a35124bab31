package org.newsfuse.app;

import org.newsfuse.app.bench.BenchCommand;
import org.newsfuse.app.eval.EvalCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsfuse} command. */
@Command(name = "newsfuse", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Many news reports in, one trustworthy briefing per story out.",
    subcommands = {BriefCommand.class, EvalCommand.class, BenchCommand.class,
        CommandLine.HelpCommand.class})
public final class Main {
  public static void main(String[] args) {
    System.exit(new CommandLine(new Main()).execute(args));
  }
}
