package dev.lostguard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A throwaway project folder for end-to-end runs through {@code Cli.run}. */
record TestProject(Path dir) {

  static final String GUARDED =
      "UPDATE profile SET email = ?, version = version + 1 WHERE id = ? AND version = ?;\n";
  /** The table, and the one save that checks its version (a version no statement names is unused). */
  static final String SCHEMA =
      "CREATE TABLE profile (id BIGINT PRIMARY KEY, name TEXT, email TEXT, version INT NOT NULL);\n" + GUARDED;
  static final String UNGUARDED = "UPDATE profile SET name = ?, email = ? WHERE id = ?;\n";

  TestProject write(String relativePath, String content) {
    Path file = dir.resolve(relativePath);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  String read(String relativePath) {
    try {
      return Files.readString(dir.resolve(relativePath));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code scan OPTIONS... DIR} with a JSON report. */
  CliRun scan(String... options) {
    List<String> args = new ArrayList<>(List.of("scan", "--format", "json"));
    args.addAll(List.of(options));
    args.add(dir.toString());
    return CliRun.of(args.toArray(String[]::new));
  }

  /** The findings of a JSON report as {@code path:line rule severity}, in report order. */
  static List<String> findings(CliRun run) {
    try {
      JsonNode report = new ObjectMapper().readTree(run.out());
      List<String> findings = new ArrayList<>();
      report.get("findings").forEach(f -> findings.add(
          f.at("/location/path").asText() + ":" + f.at("/location/startLine").asInt() + " "
              + f.get("ruleId").asText() + " " + f.get("severity").asText()));
      return findings;
    } catch (IOException e) {
      throw new UncheckedIOException("not a JSON report: " + run.out() + run.err(), e);
    }
  }

  /** The paths that findings point at, each once, in report order. */
  static List<String> findingPaths(CliRun run) {
    return findings(run).stream().map(f -> f.substring(0, f.indexOf(':'))).distinct().toList();
  }
}
