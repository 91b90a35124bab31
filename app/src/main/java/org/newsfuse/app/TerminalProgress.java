package org.newsfuse.app;

import java.time.Duration;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of one long step on stderr. Short runs stay quiet: the bar appears only once the step
 * has taken more than {@link #QUIET_FOR}, so a two-second briefing prints nothing but its result.
 */
final class TerminalProgress implements AutoCloseable {
  static final Duration QUIET_FOR = Duration.ofSeconds(2);

  private final String task;
  private final long total;
  private final boolean enabled;
  private final long startNanos = System.nanoTime();
  private ProgressBar bar;
  private long done;

  TerminalProgress(String task, long total, boolean enabled) {
    this.task = task;
    this.total = total;
    this.enabled = enabled && stderrIsTerminal();
  }

  /**
   * Java cannot ask whether stderr is a terminal (System.console() speaks of stdin and stdout, and
   * stdout is often redirected to a file); the launcher asks the shell and passes the answer.
   */
  static boolean stderrIsTerminal() {
    return Boolean.getBoolean("newsfuse.stderrIsTerminal");
  }

  synchronized void step() {
    done++;
    if (!enabled) return;
    if (bar == null && System.nanoTime() - startNanos > QUIET_FOR.toNanos()) {
      bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
          .setStyle(ProgressBarStyle.ASCII)
          .setConsumer(new ConsoleProgressBarConsumer(System.err)).continuousUpdate().build();
    }
    if (bar != null) bar.stepTo(done);
  }

  @Override
  public synchronized void close() {
    if (bar != null) bar.close();
  }
}
