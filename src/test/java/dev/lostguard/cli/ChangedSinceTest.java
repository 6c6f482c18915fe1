package dev.lostguard.cli;

import static dev.lostguard.cli.TestProject.GUARDED;
import static dev.lostguard.cli.TestProject.SCHEMA;
import static dev.lostguard.cli.TestProject.UNGUARDED;
import static dev.lostguard.cli.TestProject.findingPaths;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangedSinceTest {

  @TempDir Path workspace;

  private TestProject project() {
    return new TestProject(workspace.resolve("repo"));
  }

  private GitRepo committed(TestProject project) {
    GitRepo repo = GitRepo.init(project.dir());
    repo.commitAll("initial");
    return repo;
  }

  @Test
  void reportsOnlyFindingsInFilesChangedSinceTheRef() {
    TestProject project = project().write("schema.sql", SCHEMA).write("a.sql", UNGUARDED).write("b.sql", UNGUARDED);
    GitRepo repo = committed(project);
    project.write("b.sql", "-- renamed by the admin screen\n" + UNGUARDED);
    repo.commitAll("touch b");

    assertThat(findingPaths(project.scan())).containsExactly("a.sql", "b.sql");
    CliRun run = project.scan("--changed-since", "HEAD~1");
    assertThat(findingPaths(run)).containsExactly("b.sql");
    assertThat(run.exitCode()).isEqualTo(4);
  }

  @Test
  void uncommittedAndUntrackedFilesCountAsChanged() {
    TestProject project = project().write("schema.sql", SCHEMA).write("a.sql", UNGUARDED).write("b.sql", UNGUARDED);
    committed(project);
    CliRun nothingChanged = project.scan("--changed-since", "HEAD");
    assertThat(findingPaths(nothingChanged)).isEmpty();
    assertThat(nothingChanged.exitCode()).isZero();

    project.write("a.sql", UNGUARDED + "\n").write("c.sql", UNGUARDED);
    assertThat(findingPaths(project.scan("--changed-since", "HEAD"))).containsExactly("a.sql", "c.sql");
  }

  @Test
  void aFindingIsReportedWhenItsRelatedLocationChanged() {
    TestProject project =
        project().write("schema.sql", SCHEMA).write("guarded.sql", GUARDED).write("toggle.sql", UNGUARDED);
    committed(project);
    project.write("guarded.sql", "-- the edit form\n" + GUARDED);
    assertThat(findingPaths(project.scan("--changed-since", "HEAD"))).containsExactly("toggle.sql");
  }

  @Test
  void aFindingIsReportedWhenAStepOfItsEntryChainChanged() {
    TestProject project = project()
        .write("schema.sql", SCHEMA)
        .write("src/main/java/notes/NoteController.java", """
            package notes;

            import org.springframework.web.bind.annotation.PathVariable;
            import org.springframework.web.bind.annotation.PutMapping;
            import org.springframework.web.bind.annotation.RequestBody;
            import org.springframework.web.bind.annotation.RestController;

            @RestController
            class NoteController {
              private final NoteDao notes;

              NoteController(NoteDao notes) {
                this.notes = notes;
              }

              @PutMapping("/profiles/{id}/name")
              void rename(@PathVariable long id, @RequestBody String name) {
                notes.rename(id, name);
              }
            }
            """)
        .write("src/main/java/notes/NoteDao.java", """
            package notes;

            import org.springframework.jdbc.core.JdbcTemplate;

            class NoteDao {
              private final JdbcTemplate jdbc;

              NoteDao(JdbcTemplate jdbc) {
                this.jdbc = jdbc;
              }

              int rename(long id, String name) {
                return jdbc.update("UPDATE profile SET name = ? WHERE id = ?", name, id);
              }
            }
            """)
        .write("src/main/java/notes/Unrelated.java", "package notes;\n\nclass Unrelated {}\n");
    committed(project);
    assertThat(findingPaths(project.scan())).contains("src/main/java/notes/NoteDao.java");

    project.write("src/main/java/notes/Unrelated.java", "package notes;\n\nclass Unrelated {\n}\n");
    assertThat(findingPaths(project.scan("--changed-since", "HEAD"))).isEmpty();

    String controller = "src/main/java/notes/NoteController.java";
    project.write(controller, "// names are edited here\n" + project.read(controller));
    assertThat(findingPaths(project.scan("--changed-since", "HEAD"))).contains("src/main/java/notes/NoteDao.java");
  }

  @Test
  void withABaselineOnlyStaleEntriesOfChangedFilesAreReported() throws IOException {
    TestProject project = project().write("schema.sql", SCHEMA).write("a.sql", UNGUARDED).write("b.sql", UNGUARDED);
    committed(project);
    Path baseline = workspace.resolve("baseline.json");
    assertThat(CliRun.of("baseline", "create", "-o", baseline.toString(), project.dir().toString()).exitCode())
        .isZero();
    project.write("b.sql", "-- fixed by hand\n").write("c.sql", UNGUARDED);

    CliRun run = project.scan("--baseline", baseline.toString(), "--changed-since", "HEAD");
    JsonNode report = new ObjectMapper().readTree(run.out());
    assertThat(findingPaths(run)).containsExactly("c.sql");
    List<String> stale = new ArrayList<>();
    report.get("staleBaselineEntries").forEach(e -> stale.add(e.get("path").asText()));
    assertThat(stale).containsExactly("b.sql");
    assertThat(run.exitCode()).isEqualTo(4);
  }

  @Test
  void aBaselineIsNeverWrittenFromADiffAwareRun() {
    TestProject project = project().write("schema.sql", SCHEMA).write("a.sql", UNGUARDED);
    committed(project);
    Path baseline = workspace.resolve("baseline.json");
    CliRun update = project.scan("--update-baseline", baseline.toString(), "--changed-since", "HEAD");
    assertThat(update.exitCode()).isEqualTo(2);
    assertThat(update.err()).contains("--update-baseline needs every finding; it cannot go with --changed-since");
    CliRun create =
        CliRun.of("baseline", "create", "-o", baseline.toString(), "--changed-since", "HEAD", project.dir().toString());
    assertThat(create.exitCode()).isEqualTo(2);
    assertThat(baseline).doesNotExist();
  }

  @Test
  void worksInAShallowCloneAndAnAbsentRefIsAUsageError() {
    TestProject origin = project().write("schema.sql", SCHEMA).write("a.sql", UNGUARDED);
    GitRepo repo = committed(origin);
    origin.write("b.sql", UNGUARDED);
    repo.commitAll("b");
    origin.write("c.sql", UNGUARDED);
    repo.commitAll("c");
    Path clone = workspace.resolve("shallow");
    repo.git("clone", "-q", "--depth", "2", origin.dir().toUri().toString(), clone.toString());
    TestProject shallow = new TestProject(clone);

    assertThat(findingPaths(shallow.scan("--changed-since", "HEAD~1"))).containsExactly("c.sql");
    CliRun tooDeep = shallow.scan("--changed-since", "HEAD~2");
    assertThat(tooDeep.exitCode()).isEqualTo(2);
    assertThat(tooDeep.err()).contains("unknown git ref 'HEAD~2'", "shallow clone");
  }

  @Test
  void aShallowCloneWithoutTheMergeBaseComparesWithTheRefItself() {
    TestProject origin = project().write("schema.sql", SCHEMA).write("a.sql", UNGUARDED);
    GitRepo repo = committed(origin);
    repo.git("branch", "feature");
    origin.write("b.sql", UNGUARDED);
    repo.commitAll("b on main");
    Path clone = workspace.resolve("shallow");
    repo.git("clone", "-q", "--depth", "1", "--branch", "main", origin.dir().toUri().toString(), clone.toString());
    GitRepo shallowRepo = new GitRepo(clone);
    shallowRepo.git("fetch", "-q", "--depth", "1", "origin", "feature:feature");

    CliRun run = new TestProject(clone).scan("--changed-since", "feature");
    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(findingPaths(run)).containsExactly("b.sql");
  }

  @Test
  void anUnknownRefIsAUsageErrorWithAOneLineReason() {
    TestProject project = project().write("schema.sql", SCHEMA).write("a.sql", UNGUARDED);
    committed(project);
    CliRun run = project.scan("--changed-since", "no-such-branch");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("lostguard: --changed-since: unknown git ref 'no-such-branch'\n");
    assertThat(project.scan("--changed-since=--output=x").exitCode()).isEqualTo(2);
  }

  @Test
  void outsideAGitRepositoryItIsAUsageError() {
    TestProject project = project().write("schema.sql", SCHEMA).write("a.sql", UNGUARDED);
    CliRun run = project.scan("--changed-since", "main");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("needs a git repository");
  }

  @Test
  void theScannedRepositorysOwnGitConfigurationNeverRunsACommand() throws IOException {
    TestProject project = project().write("schema.sql", SCHEMA).write("a.sql", UNGUARDED)
        .write(".gitattributes", "*.sql filter=trap\n");
    GitRepo repo = committed(project);
    Path fsmonitorMarker = workspace.resolve("fsmonitor-ran");
    Path filterMarker = workspace.resolve("filter-ran");
    repo.git("config", "core.fsmonitor", script("fsmonitor.sh", "touch '" + fsmonitorMarker + "'\nexit 1"));
    repo.git("config", "filter.trap.clean", script("clean.sh", "touch '" + filterMarker + "'\ncat"));
    repo.git("config", "filter.trap.required", "true");
    project.write("a.sql", UNGUARDED + "\n");

    repo.git("diff", "--name-only", "HEAD");
    assertThat(fsmonitorMarker).as("the trap works for plain git").exists();
    assertThat(filterMarker).as("the trap works for plain git").exists();
    Files.delete(fsmonitorMarker);
    Files.delete(filterMarker);
    project.write("a.sql", UNGUARDED + "\n\n");

    CliRun run = project.scan("--changed-since", "HEAD");
    assertThat(findingPaths(run)).containsExactly("a.sql");
    assertThat(fsmonitorMarker).doesNotExist();
    assertThat(filterMarker).doesNotExist();
  }

  @Test
  void aSubmodulesOwnGitConfigurationNeverRunsACommandEither() throws IOException {
    TestProject inner = new TestProject(workspace.resolve("inner"))
        .write("q.sql", UNGUARDED).write(".gitattributes", "*.sql filter=trap\n");
    GitRepo.init(inner.dir()).commitAll("inner");
    TestProject project = project().write("schema.sql", SCHEMA);
    GitRepo repo = committed(project);
    repo.git("-c", "protocol.file.allow=always", "submodule", "add", "-q", inner.dir().toUri().toString(), "sub");
    repo.commitAll("add sub");
    Path marker = workspace.resolve("filter-ran");
    repo.git("-C", "sub", "config", "filter.trap.clean", script("clean.sh", "touch '" + marker + "'\ncat"));
    Path touched = project.dir().resolve("sub/q.sql");
    // Same size, newer time: git must read the file, through its clean filter, to know it is unchanged.
    Files.setLastModifiedTime(touched, FileTime.fromMillis(System.currentTimeMillis() + 10_000));

    repo.git("diff", "--name-only", "HEAD");
    assertThat(marker).as("the trap works for plain git").exists();
    Files.delete(marker);
    Files.setLastModifiedTime(touched, FileTime.fromMillis(System.currentTimeMillis() + 20_000));

    CliRun run = project.scan("--changed-since", "HEAD");
    assertThat(run.exitCode()).isZero();
    assertThat(marker).doesNotExist();
  }

  private String script(String name, String body) throws IOException {
    Path script = workspace.resolve(name);
    Files.writeString(script, "#!/bin/sh\n" + body + "\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    return script.toString();
  }
}
