package dev.lostguard.scan;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Source lines for snippets, read again only for files that have findings. */
final class SourceLines {

  private final Map<String, FileWalker.ScannedFile> files;
  private final Map<String, String[]> cache = new HashMap<>();

  SourceLines(Map<String, FileWalker.ScannedFile> files) {
    this.files = files;
  }

  String line(String path, int line) {
    String[] lines =
        cache.computeIfAbsent(
            path,
            p -> Optional.ofNullable(files.get(p))
                .flatMap(f -> SourceText.read(f.file(), p).text())
                .map(text -> text.split("\r\n|\r|\n", -1))
                .orElse(new String[0]));
    return line >= 1 && line <= lines.length ? lines[line - 1] : null;
  }
}
