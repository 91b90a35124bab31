package org.newsfuse.ingest;

/**
 * Settings for {@link ArticleReader}.
 *
 * @param maxFileBytes  files (and stdin) larger than this are skipped with a message naming the limit
 * @param includeHidden when true, folders are walked into hidden files and folders (".git", ".cache") too
 */
public record IngestOptions(long maxFileBytes, boolean includeHidden) {
  /** 20 MiB: far above any real article page, low enough to refuse accidental dumps and media files. */
  public static final long DEFAULT_MAX_FILE_BYTES = 20L * 1024 * 1024;

  /** A file is held in one byte array, so it cannot exceed what an array can hold. */
  public static final long MAX_SUPPORTED_FILE_BYTES = Integer.MAX_VALUE - 16L;

  public IngestOptions {
    if (maxFileBytes <= 0 || maxFileBytes > MAX_SUPPORTED_FILE_BYTES) {
      throw new IllegalArgumentException("maxFileBytes must be between 1 and " + MAX_SUPPORTED_FILE_BYTES
          + ", got " + maxFileBytes);
    }
  }

  public static IngestOptions defaults() {
    return new IngestOptions(DEFAULT_MAX_FILE_BYTES, false);
  }

  public IngestOptions withMaxFileBytes(long bytes) {
    return new IngestOptions(bytes, includeHidden);
  }

  public IngestOptions withIncludeHidden(boolean include) {
    return new IngestOptions(maxFileBytes, include);
  }
}
