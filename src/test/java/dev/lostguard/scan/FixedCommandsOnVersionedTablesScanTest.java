package dev.lostguard.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.Confidence;
import dev.lostguard.model.Report;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command that sets only values the code fixes on a versioned table carries no stale copy; it is
 * flagged only where a version-checked save writes one of its columns, which a form loaded before the
 * command can put back because the command did not bump the version.
 */
class FixedCommandsOnVersionedTablesScanTest {

  @TempDir Path project;

  private Report scan(String guardedSet) throws IOException {
    TempProject.write(project, "db/schema.sql",
        "CREATE TABLE stream (id BIGINT PRIMARY KEY, title TEXT, status INT, version INT NOT NULL);\n");
    TempProject.write(project, "src/main/resources/sql/stream.sql", """
        UPDATE stream SET %s, version = version + 1 WHERE id = ? AND version = ?;
        UPDATE stream SET status = 3 WHERE id = ?;
        UPDATE stream SET status = ?, title = ? WHERE id = ?;
        """.formatted(guardedSet));
    return TempProject.scan(project);
  }

  @Test
  void aFixedStatusNoGuardedSaveWritesIsNotFlagged() throws IOException {
    assertThat(scan("title = ?").findings()).filteredOn(f -> f.ruleId().equals("update-without-version-check"))
        .extracting(f -> f.location().startLine())
        .as("the command on line 2 is left alone; the edit on line 3 writes values a user read")
        .containsExactly(3);
  }

  @Test
  void aFixedStatusAGuardedSaveWritesIsFlaggedForTheRevertItAllows() throws IOException {
    assertThat(scan("title = ?, status = ?").findings())
        .filteredOn(f -> f.ruleId().equals("update-without-version-check") && f.location().startLine() == 2)
        .singleElement().satisfies(f -> {
          assertThat(f.message()).contains("sets only values the code fixes and neither compares nor increments `version`",
              "silently put the old status back");
          assertThat(f.confidence()).isEqualTo(Confidence.MEDIUM);
        });
  }
}
