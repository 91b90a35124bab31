package org.newsfuse.ingest;

import java.util.Objects;

/**
 * One input (or one line/item of a multi-article input) that was skipped, and why.
 *
 * @param origin  where: the file path as given, "stdin", or "path#line 7" / "path#item 3"
 * @param message what went wrong, in words a user can act on ("binary file (NUL byte at offset 12)")
 */
public record IngestProblem(String origin, String message) {
  public IngestProblem {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(message, "message");
  }

  /** {@code origin + ": " + message}, one line, ready to print after "skipped ". */
  @Override
  public String toString() {
    return origin + ": " + message;
  }
}
