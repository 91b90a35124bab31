package org.newsfuse.ingest;

import java.nio.file.FileSystems;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Settings for {@link ArticleReader}.
 *
 * @param maxFileBytes  files (and stdin) larger than this are skipped with a message naming the limit
 * @param includeHidden when true, folders are walked into hidden files and folders (".git", ".cache") too
 * @param exclude       glob patterns ("TRUTH.md", "*.json", "drafts/**") for files to leave out while
 *                      walking a folder; matched against the file name and the path below the folder
 *                      given. Files named explicitly are always read.
 */
public record IngestOptions(long maxFileBytes, boolean includeHidden, List<String> exclude) {
  /** 20 MiB: far above any real article page, low enough to refuse accidental dumps and media files. */
  public static final long DEFAULT_MAX_FILE_BYTES = 20L * 1024 * 1024;
  /** A file is held in one byte array, so it cannot exceed what an array can hold. */
  public static final long MAX_SUPPORTED_FILE_BYTES = Integer.MAX_VALUE - 16L;

  public IngestOptions {
    if (maxFileBytes <= 0 || maxFileBytes > MAX_SUPPORTED_FILE_BYTES) {
      throw new IllegalArgumentException("maxFileBytes must be between 1 and " + MAX_SUPPORTED_FILE_BYTES
          + ", got " + maxFileBytes);
    }
    exclude = List.copyOf(Objects.requireNonNull(exclude, "exclude"));
    // fail on a bad glob now, with the pattern named, rather than on the first folder walked
    for (String glob : exclude) {
      try {
        FileSystems.getDefault().getPathMatcher("glob:" + glob);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("bad exclude pattern \"" + glob + "\": " + e.getMessage(), e);
      }
    }
  }

  public static IngestOptions defaults() {
    return new IngestOptions(DEFAULT_MAX_FILE_BYTES, false, List.of());
  }

  public IngestOptions withMaxFileBytes(long bytes) {
    return new IngestOptions(bytes, includeHidden, exclude);
  }

  public IngestOptions withIncludeHidden(boolean include) {
    return new IngestOptions(maxFileBytes, include, exclude);
  }

  /** These options with {@code globs} added to the exclude patterns. */
  public IngestOptions withExclude(String... globs) {
    return new IngestOptions(maxFileBytes, includeHidden, Stream.concat(exclude.stream(), Stream.of(globs)).toList());
  }
}
