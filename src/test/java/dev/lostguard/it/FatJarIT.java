package dev.lostguard.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code target/lostguard.jar} in a separate JVM, from a directory that has no {@code rules/}. */
class FatJarIT {

  private static final Path JAR = Path.of(System.getProperty("lostguard.jar", "target/lostguard.jar")).toAbsolutePath();

  @TempDir Path workingDirectory;

  private record Run(int exitCode, String out, String err) {}

  private Run java(String... args) throws IOException, InterruptedException {
    return java(Map.of(), args);
  }

  private Run java(Map<String, String> environment, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Path out = workingDirectory.resolve("out.txt");
    Path err = workingDirectory.resolve("err.txt");
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(environment);
    Process process =
        builder
            .directory(workingDirectory.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("jar finished").isTrue();
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  @Test
  void jarCarriesTheRuleCatalog() throws Exception {
    assertThat(Files.exists(workingDirectory.resolve("rules"))).isFalse();
    Run run = java("rules", "show", "update-without-version-check");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("remediation:", "# update-without-version-check");
  }

  @Test
  void jarScansAProjectAndExitsFourOnFindings() throws Exception {
    Files.writeString(
        workingDirectory.resolve("app.sql"),
        "CREATE TABLE doc (id INT PRIMARY KEY, body TEXT, version INT);\n"
            + "UPDATE doc SET body = ? WHERE id = ?;\n"
            + "UPDATE doc SET body = ?, version = version + 1 WHERE id = ? AND version = ?;\n");
    Run run = java("scan", "--format", "json", ".");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(4);
    assertThat(run.out()).contains("\"ruleId\": \"update-without-version-check\"");
  }

  @Test
  void jarPrintsVersion() throws Exception {
    Run run = java("--version");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("lostguard 0.");
  }

  @Test
  void jarRunsTheScanInAJvmThatCompilesQuicklyUnlessTurnedOff() throws Exception {
    Files.writeString(workingDirectory.resolve("app.sql"), "CREATE TABLE doc (id INT PRIMARY KEY, body TEXT);\n"
        + "UPDATE doc SET body = ? WHERE id = ?;\n");
    Run quick = java("scan", "--stats", "--fail-on", "none", ".");
    assertThat(quick.exitCode()).as(quick.err()).isZero();
    assertThat(quick.out()).contains("unversioned-table-update");
    assertThat(quick.err()).contains("jvm: quick compiler (-XX:TieredStopAtLevel=1, relaunched)");

    Run inPlace = java(Map.of("LOSTGUARD_QUICK_JVM", "0"), "scan", "--stats", "--fail-on", "none", ".");
    assertThat(inPlace.exitCode()).as(inPlace.err()).isZero();
    assertThat(inPlace.out()).isEqualTo(quick.out());
    assertThat(inPlace.err()).contains("jvm: as started");
  }
}
