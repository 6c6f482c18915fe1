package dev.lostguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterministicOutputTest {

  @TempDir Path project;

  /** 220 files: schemas, guarded and unguarded writes, unparsable statements, binary and Latin-1 files. */
  private void writeMixedTree() throws IOException {
    Files.createDirectories(project.resolve("db/migration"));
    for (int module = 0; module < 20; module++) {
      Path dir = project.resolve("module" + module);
      Files.createDirectories(dir);
      Files.writeString(
          project.resolve("db/migration/V" + (module + 1) + "__t" + module + ".sql"),
          "CREATE TABLE t" + module + " (id BIGINT PRIMARY KEY, a TEXT, b TEXT"
              + (module % 2 == 0 ? ", version INT" : "") + ");\n");
      for (int file = 0; file < 10; file++) {
        String table = "t" + module;
        StringBuilder sql = new StringBuilder();
        sql.append("UPDATE ").append(table).append(" SET a = ? WHERE id = ?;\n");
        sql.append("UPDATE ").append(table).append(" SET a = ? WHERE id = ?;\n");
        sql.append("DELETE FROM ").append(table).append(" WHERE id = ?;\n");
        if (file % 3 == 0) {
          sql.append("UPDATE ").append(table).append(" SET a = WHERE id = ?;\n");
        }
        if (file % 4 == 0) {
          sql.append("UPDATE ").append(table).append(" SET b = ?, version = version + 1 WHERE id = ? AND version = ?;\n");
        }
        Files.writeString(dir.resolve("q" + file + ".sql"), sql.toString());
      }
    }
    Files.write(project.resolve("module0/blob.sql"), new byte[] {1, 0, 2, 0, 3});
    Files.write(
        project.resolve("module1/legacy.sql"),
        "-- caf\u00e9\nUPDATE t1 SET a = ? WHERE id = ?;\n".getBytes(StandardCharsets.ISO_8859_1));
  }

  @Test
  void jsonIsByteIdenticalForOneAndEightThreads() throws IOException {
    writeMixedTree();
    CliRun one = CliRun.of("scan", "--format", "json", "--threads", "1", project.toString());
    CliRun eight = CliRun.of("scan", "--format", "json", "--threads", "8", project.toString());
    assertThat(one.exitCode()).isEqualTo(4);
    assertThat(eight.out()).isEqualTo(one.out());
    assertThat(one.out())
        .contains("\"kind\": \"parse-sql\"", "\"kind\": \"encoding\"", "\"update-without-version-check\"");
    try (var files = Files.walk(project)) {
      assertThat(files.filter(Files::isRegularFile).count()).isGreaterThanOrEqualTo(200);
    }
  }

  @Test
  void everyFormatIsByteIdenticalForOneAndEightThreads(@TempDir Path reports) throws IOException {
    writeMixedTree();
    for (String threads : new String[] {"1", "8"}) {
      List<String> args = new ArrayList<>(List.of("scan", "--threads", threads));
      for (OutputFormat format : OutputFormat.values()) {
        args.add("--format");
        args.add(format.name() + ":" + reports.resolve(threads + "." + format.name()));
      }
      args.add(project.toString());
      assertThat(CliRun.of(args.toArray(String[]::new)).exitCode()).isEqualTo(4);
    }
    for (OutputFormat format : OutputFormat.values()) {
      byte[] one = Files.readAllBytes(reports.resolve("1." + format.name()));
      assertThat(Files.readAllBytes(reports.resolve("8." + format.name()))).as(format.name()).isEqualTo(one);
      assertThat(one.length).as(format.name()).isGreaterThan(100);
    }
  }
}
