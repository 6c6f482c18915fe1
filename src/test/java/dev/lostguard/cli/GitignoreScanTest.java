package dev.lostguard.cli;

import static dev.lostguard.cli.TestProject.SCHEMA;
import static dev.lostguard.cli.TestProject.UNGUARDED;
import static dev.lostguard.cli.TestProject.findingPaths;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitignoreScanTest {

  @TempDir Path dir;

  private TestProject project() {
    return new TestProject(dir)
        .write("schema.sql", SCHEMA)
        .write("q.sql", UNGUARDED)
        .write(".gitignore", "# local stuff\n/scratch.sql\ntmp/\n*.local.sql\n!keep.local.sql\n")
        .write("scratch.sql", UNGUARDED)
        .write("sub/scratch.sql", UNGUARDED)
        .write("tmp/t.sql", UNGUARDED)
        .write("a.local.sql", UNGUARDED)
        .write("keep.local.sql", UNGUARDED)
        .write("sub/.gitignore", "generated/**\n!scratch.sql\n")
        .write("sub/generated/g.sql", UNGUARDED)
        .write("sub/other.sql", UNGUARDED)
        .write(".git/hooks/q.sql", UNGUARDED);
  }

  @Test
  void filesThatGitignoreFilesIgnoreAreSkipped() {
    CliRun run = project().scan();
    assertThat(findingPaths(run)).containsExactly("keep.local.sql", "q.sql", "sub/other.sql", "sub/scratch.sql");
  }

  @Test
  void noGitignoreBringsThemBackButNeverTheGitFolder() {
    CliRun run = project().scan("--no-gitignore");
    assertThat(findingPaths(run)).containsExactly(
        "a.local.sql", "keep.local.sql", "q.sql", "scratch.sql", "sub/generated/g.sql", "sub/other.sql",
        "sub/scratch.sql", "tmp/t.sql");
  }

  @Test
  void aFileGitTracksIsScannedWhateverGitignoreSaysAndAnUntrackedOneIsNot() {
    Path repo = dir.resolve("repo");
    new TestProject(repo)
        .write(".gitignore", "*.sql\n")
        .write("db/schema.sql", SCHEMA)
        .write("queries/q.sql", UNGUARDED)
        .write("scratch/local.sql", UNGUARDED);
    GitRepo git = GitRepo.init(repo);
    git.git("add", ".gitignore");
    git.git("add", "-f", "db/schema.sql", "queries/q.sql");

    assertThat(TestProject.findings(new TestProject(repo).scan()))
        .containsExactly("queries/q.sql:1 update-without-version-check high");

    git.git("update-index", "--index-version", "4");
    assertThat(TestProject.findings(new TestProject(repo).scan()))
        .containsExactly("queries/q.sql:1 update-without-version-check high");
  }
}
