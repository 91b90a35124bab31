package org.newsfuse.app.eval;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code newsfuse eval timeline}. */
@Command(name = "timeline", mixinStandardHelpOptions = true, description = "Not implemented yet.")
public final class TimelineEvalCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("eval timeline: not implemented yet");
    return 1;
  }
}
