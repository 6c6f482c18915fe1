package dev.lostguard.cli;

import static dev.lostguard.cli.TestProject.SCHEMA;
import static dev.lostguard.cli.TestProject.UNGUARDED;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressTest {

  @TempDir Path dir;

  private String project() {
    new TestProject(dir).write("schema.sql", SCHEMA).write("q.sql", UNGUARDED)
        .write("src/main/java/a/A.java", "package a;\nclass A {}\n");
    return dir.toString();
  }

  private static CliRun interactive(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err), Map.of(), true);
    return new CliRun(code, out.toString(), err.toString());
  }

  @Test
  void alwaysPrintsPhasesAndFilesDoneAsPlainLinesWhenNotInteractive() {
    CliRun run = CliRun.of("scan", "--progress=always", project());
    assertThat(run.err()).contains("lostguard: walk\n", "lostguard: parse 3/3 files\n", "lostguard: rules\n")
        .doesNotContain("\r", "done in");
  }

  @Test
  void neverAndNonInteractiveAutoPrintNothing() {
    String project = project();
    assertThat(CliRun.of("scan", "--progress=never", project).err()).isEmpty();
    assertThat(CliRun.of("scan", project).err()).isEmpty();
    assertThat(interactive("scan", "--progress=never", project).err()).isEmpty();
  }

  @Test
  void autoOnATerminalRewritesOneLineAndClearsIt() {
    CliRun run = interactive("scan", "--color=never", project());
    assertThat(run.err()).contains("\rlostguard: parse 3/3 files").endsWith("\r").doesNotContain("\n");
  }

  @Test
  void quietSilencesProgress() {
    String project = project();
    assertThat(CliRun.of("scan", "--progress=always", "--quiet", project).err()).isEmpty();
    assertThat(interactive("scan", "-q", project).err()).isEmpty();
  }

  @Test
  void verboseAddsEachPhasesWallTime() {
    CliRun run = CliRun.of("scan", "--verbose", project());
    assertThat(run.err()).containsPattern("lostguard: parse 3/3 files done in \\d+ ms\n")
        .containsPattern("lostguard: rules done in \\d+ ms\n");
    assertThat(CliRun.of("scan", "--verbose", "--progress=never", project()).err()).isEmpty();
  }

  @Test
  void progressLeavesTheReportUnchanged() {
    String project = project();
    CliRun plain = CliRun.of("scan", "--format", "json", "--progress=never", project);
    CliRun shown = CliRun.of("scan", "--format", "json", "--progress=always", "--verbose", project);
    assertThat(shown.out()).isEqualTo(plain.out());
    assertThat(shown.exitCode()).isEqualTo(plain.exitCode());
  }
}
