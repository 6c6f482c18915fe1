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

  /**
   * A save that checks {@code table}'s {@code version} column, in a SQL file of the application: a
   * version column no write of the application names is unused, and its table is judged as unversioned.
   */
  static void guardedSave(Path root, String table, String column) throws IOException {
    write(root, "src/main/resources/sql/save-" + table + ".sql", "UPDATE " + table + " SET " + column
        + " = ?, version = version + 1 WHERE id = ? AND version = ?;\n");
  }

  static Report scan(Path root) {
    return new Scanner().scan(ScanRequest.ofDirectory(root));
  }
}
