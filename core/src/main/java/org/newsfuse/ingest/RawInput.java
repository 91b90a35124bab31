package org.newsfuse.ingest;

/**
 * The bytes of one input.
 *
 * @param origin   how messages and articles name it: the path as given, or the stream's name
 * @param fileName the last path element ("daily-beacon.txt"), used for the outlet fallback and as a
 *                 format hint; for streams the stream's name
 * @param bytes    the whole content
 */
record RawInput(String origin, String fileName, byte[] bytes) {
  /** The file name's extension in lower case without the dot, or "" when it has none. */
  String extension() {
    int dot = fileName.lastIndexOf('.');
    return dot <= 0 ? "" : fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
  }
}
