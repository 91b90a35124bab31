package org.newsfuse.app.bench;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code newsfuse bench}: speed and memory figures. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Not implemented yet.")
public final class BenchCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("bench: not implemented yet");
    return 1;
  }
}
