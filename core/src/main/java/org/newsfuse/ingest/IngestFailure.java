package org.newsfuse.ingest;

/**
 * Thrown inside the ingest package when a whole input cannot be read; {@link ArticleReader} turns
 * it into one {@link IngestProblem} and moves on to the next input.
 */
final class IngestFailure extends Exception {
  IngestFailure(String message) {
    super(message, null, false, false);
  }
}
