package org.newsfuse.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code newsfuse brief}: one briefing of the given articles. */
@Command(name = "brief", mixinStandardHelpOptions = true,
    description = "Write a briefing of the given articles (files, folders, - for stdin).")
public final class BriefCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("brief: not implemented yet");
    return 1;
  }
}
