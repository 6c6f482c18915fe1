package dev.lostguard.scan;

import dev.lostguard.model.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A project written file by file into a temporary folder, then scanned whole with the defaults. */
final class TempProject {

  private TempProject() {}

  static void write(Path root, String name, String content) throws IOException {
    Path file = root.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  static Report scan(Path root) {
    return new Scanner().scan(ScanRequest.ofDirectory(root));
  }
}
