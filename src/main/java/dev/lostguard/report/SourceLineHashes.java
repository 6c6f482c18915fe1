package dev.lostguard.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GitHub's line hash for a line of a scanned file, reading each file once. Files are decoded as
 * UTF-8 with malformed bytes replaced, as {@code upload-sarif} reads them, whatever encoding the scan
 * fell back to. A file that cannot be read simply has no hash: GitHub then computes it on upload.
 */
final class SourceLineHashes {

  private final Path root;
  private final Map<String, Optional<List<String>>> byPath = new HashMap<>();

  /** @param root the directory report paths are relative to, or null when sources are not at hand */
  SourceLineHashes(Path root) {
    this.root = root;
  }

  Optional<String> of(String path, int line) {
    if (root == null || line < 1) {
      return Optional.empty();
    }
    return byPath
        .computeIfAbsent(path, this::read)
        .filter(hashes -> line <= hashes.size())
        .map(hashes -> hashes.get(line - 1));
  }

  private Optional<List<String>> read(String path) {
    Path file = root.resolve(path);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(LineHashes.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
