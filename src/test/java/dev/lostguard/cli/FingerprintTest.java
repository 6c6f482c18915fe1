package dev.lostguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lostguard.rules.Fingerprints;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintTest {

  /** The table, and the one save that checks its version (a version no statement names is unused). */
  private static final String SCHEMA = "CREATE TABLE doc (id INT PRIMARY KEY, title TEXT, version INT);\n"
      + "UPDATE doc SET title = ?, version = version + 1 WHERE id = ? AND version = ?;\n";
  private static final String UNGUARDED = "UPDATE doc SET title = ? WHERE id = ?;\n";

  @TempDir Path project;

  private List<String> fingerprints(String queries) throws IOException {
    Files.writeString(project.resolve("schema.sql"), SCHEMA);
    Files.writeString(project.resolve("q.sql"), queries);
    JsonNode report = new ObjectMapper().readTree(CliRun.of("scan", "--format", "json", project.toString()).out());
    List<String> prints = new ArrayList<>();
    report.get("findings").forEach(f -> prints.add(f.get("ruleId").asText() + ":" + f.get("fingerprint").asText()));
    return prints;
  }

  @Test
  void survivesInsertedLinesAndReformatting() throws IOException {
    List<String> before = fingerprints(UNGUARDED);
    List<String> moved = fingerprints("-- a comment\n\nSELECT 1;\n\n" + UNGUARDED);
    List<String> reformatted = fingerprints("update   doc\n  set title = ?\n where id = ?;\n");
    assertThat(before).hasSize(1);
    assertThat(moved).isEqualTo(before);
    assertThat(reformatted).isEqualTo(before);
  }

  @Test
  void changesWhenTheStatementChanges() throws IOException {
    assertThat(fingerprints("UPDATE doc SET title = ?, version = version + 1 WHERE id = ?;\n"))
        .doesNotContainAnyElementsOf(fingerprints(UNGUARDED));
  }

  @Test
  void identicalStatementsInOneFileStayDistinct() throws IOException {
    List<String> twice = fingerprints(UNGUARDED + UNGUARDED);
    assertThat(twice).hasSize(2).doesNotHaveDuplicates();
    assertThat(twice.get(0)).isEqualTo(fingerprints(UNGUARDED).get(0));
  }

  @Test
  void changesWithTheRuleOrThePath() {
    String base = Fingerprints.of("update-without-version-check", "q.sql", "update doc set title = ?", 0);
    assertThat(base).matches("[0-9a-f]{16}");
    assertThat(Fingerprints.of("version-not-incremented", "q.sql", "update doc set title = ?", 0)).isNotEqualTo(base);
    assertThat(Fingerprints.of("update-without-version-check", "r.sql", "update doc set title = ?", 0)).isNotEqualTo(base);
    assertThat(Fingerprints.of("update-without-version-check", "q.sql", "update doc set title = ?", 1)).isNotEqualTo(base);
  }
}
