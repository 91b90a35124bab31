package org.newsfuse.app.eval;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code newsfuse eval rouge-check}. */
@Command(name = "rouge-check", mixinStandardHelpOptions = true, description = "Not implemented yet.")
public final class RougeCheckCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("eval rouge-check: not implemented yet");
    return 1;
  }
}
