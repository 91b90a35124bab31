package org.newsfuse.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Expands the paths a user gave into the files to read: files as given, folders walked
 * recursively in sorted order (so every run reads the same files in the same order), hidden files
 * and folders left out unless asked for, and so are files matching an exclude pattern. A file
 * named twice is read once.
 */
final class InputCollector {
  private final boolean includeHidden;
  private final List<PathMatcher> exclude;

  InputCollector(IngestOptions options) {
    this.includeHidden = options.includeHidden();
    this.exclude = options.exclude().stream()
        .map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob))
        .toList();
  }

  /**
   * The files one input stands for, leaving out those already in {@code seen} (compared by real
   * path) and adding the rest to it; problems with the input itself are reported.
   */
  List<Path> expand(Path input, Set<Path> seen, Consumer<IngestProblem> problems) {
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(input)) {
      for (Path file : walk(input, problems)) {
        if (!isExcluded(input.relativize(file))) addOnce(file, files, seen);
      }
    } else if (Files.exists(input)) {
      addOnce(input, files, seen);
    } else if (Files.exists(input, LinkOption.NOFOLLOW_LINKS)) {
      problems.accept(new IngestProblem(input.toString(), "broken symbolic link"));
    } else {
      problems.accept(new IngestProblem(input.toString(), "no such file or directory"));
    }
    return files;
  }

  private List<Path> walk(Path dir, Consumer<IngestProblem> problems) {
    List<Path> files = new ArrayList<>();
    List<Path> children;
    try (Stream<Path> list = Files.list(dir)) {
      children = list.sorted().toList();
    } catch (AccessDeniedException e) {
      problems.accept(new IngestProblem(dir.toString(), "cannot list folder: permission denied"));
      return files;
    } catch (IOException | UncheckedIOException e) {
      problems.accept(new IngestProblem(dir.toString(), "cannot list folder: " + e.getMessage()));
      return files;
    }
    for (Path child : children) {
      if (!includeHidden && isHidden(child)) continue;
      if (Files.isDirectory(child)) {
        // symbolic links to folders are not followed: they can form cycles and duplicate whole trees
        if (!Files.isSymbolicLink(child)) files.addAll(walk(child, problems));
      } else {
        files.add(child);
      }
    }
    return files;
  }

  private boolean isExcluded(Path relative) {
    Path name = relative.getFileName();
    for (PathMatcher m : exclude) {
      if (m.matches(relative) || (name != null && m.matches(name))) return true;
    }
    return false;
  }

  private static boolean isHidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static void addOnce(Path file, List<Path> files, Set<Path> seen) {
    Path key;
    try {
      key = file.toRealPath();
    } catch (IOException | SecurityException e) {
      key = file.toAbsolutePath().normalize();
    }
    if (seen.add(key)) files.add(file);
  }
}
