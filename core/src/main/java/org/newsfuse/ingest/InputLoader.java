package org.newsfuse.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads the bytes of a file or stream, refusing anything over the size limit before reading it
 * (for streams: as soon as the limit is passed), and turning I/O failures into messages.
 */
final class InputLoader {
  private final long maxBytes;

  InputLoader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  RawInput load(Path file) throws IngestFailure {
    String origin = file.toString();
    Path name = file.getFileName();
    String fileName = name == null ? origin : name.toString();
    try {
      if (!Files.isRegularFile(file)) {
        if (!Files.exists(file) && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
          throw new IngestFailure("broken symbolic link");
        }
        throw new IngestFailure("not a regular file");
      }
      long size = Files.size(file);
      if (size > maxBytes) throw tooLarge(size);
      return new RawInput(origin, fileName, Files.readAllBytes(file));
    } catch (AccessDeniedException e) {
      throw new IngestFailure("cannot read file: permission denied");
    } catch (NoSuchFileException e) {
      throw new IngestFailure("no such file (it disappeared while reading)");
    } catch (IOException e) {
      throw new IngestFailure("cannot read file: " + e.getMessage());
    }
  }

  RawInput load(InputStream in, String name) throws IngestFailure {
    try {
      byte[] bytes = in.readNBytes((int) (maxBytes + 1));
      if (bytes.length > maxBytes) throw tooLarge(-1);
      return new RawInput(name, name, bytes);
    } catch (IOException e) {
      throw new IngestFailure("cannot read input: " + e.getMessage());
    }
  }

  private IngestFailure tooLarge(long size) {
    String actual = size < 0 ? "more than " + human(maxBytes) : human(size);
    return new IngestFailure("file too large (" + actual + "; the limit is " + human(maxBytes) + ")");
  }

  static String human(long bytes) {
    if (bytes < 1024) return bytes + " bytes";
    if (bytes < 1024 * 1024) return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
    return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
  }
}
