package dev.lostguard.scan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code .gitignore} files of the scan root and the folders below it, read once each. A path is
 * ignored when the deepest file with a matching pattern says so; folders are pruned as they are
 * walked, so a file inside an ignored folder is never asked about (git cannot re-include it either).
 * A file git tracks ({@link GitIndex}) is never ignored, and a folder holding one is walked.
 */
final class GitIgnoreTree {

  private final Path root;
  private final Map<Path, GitIgnoreFile> files = new HashMap<>();
  /** Git never ignores a tracked file, nor the folders on its way. */
  private final GitIndex index;

  /** @param root an absolute, normalized folder; files above it are not read */
  GitIgnoreTree(Path root) {
    this.root = root;
    this.index = GitIndex.of(root);
  }

  boolean ignored(Path absolute, boolean directory) {
    if (directory ? index.tracksBelow(absolute) : index.tracks(absolute)) {
      return false;
    }
    for (Path folder = absolute.getParent(); folder != null && folder.startsWith(root); folder = folder.getParent()) {
      GitIgnoreFile patterns = file(folder);
      if (patterns.isEmpty()) {
        continue; // most folders: nothing to match, so no relative path to build
      }
      String relative = folder.relativize(absolute).toString().replace('\\', '/');
      switch (patterns.verdict(relative, directory)) {
        case IGNORED:
          return true;
        case KEPT:
          return false;
        default:
          break;
      }
    }
    return false;
  }

  private GitIgnoreFile file(Path folder) {
    return files.computeIfAbsent(folder, GitIgnoreTree::read);
  }

  /** A missing or unreadable file ignores nothing; it never stops a scan. */
  private static GitIgnoreFile read(Path folder) {
    Path file = folder.resolve(".gitignore");
    if (!Files.isRegularFile(file)) {
      return GitIgnoreFile.parse("");
    }
    try {
      return GitIgnoreFile.parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
    } catch (IOException e) {
      return GitIgnoreFile.parse("");
    }
  }
}
