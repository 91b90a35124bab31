package org.newsfuse.ingest;

/** The input formats ingest understands; chosen by {@link FormatDetector} from the content. */
enum InputFormat {
  /** Plain text, optionally with a front-matter block. */
  TEXT,
  /** Markdown: plain text whose markup (headings, emphasis, links) is removed. */
  MARKDOWN,
  HTML,
  /** One JSON object or an array of objects (or an object holding such an array). */
  JSON,
  /** One JSON object per line. */
  JSON_LINES,
  /** RSS 0.9x/1.0/2.0 or Atom. */
  FEED
}
