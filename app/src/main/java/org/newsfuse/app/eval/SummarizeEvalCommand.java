package org.newsfuse.app.eval;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code newsfuse eval summarize}. */
@Command(name = "summarize", mixinStandardHelpOptions = true, description = "Not implemented yet.")
public final class SummarizeEvalCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("eval summarize: not implemented yet");
    return 1;
  }
}
