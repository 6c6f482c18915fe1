package dev.lostguard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format FORMAT[:FILE]} (repeatable), {@code --output} and {@code --sarif-category}, end to end. */
class OutputFormatsTest {

  private static final String UNGUARDED =
      "CREATE TABLE profile (id BIGINT PRIMARY KEY, name TEXT, version INT NOT NULL);\n"
          + "UPDATE profile SET name = ? WHERE id = ?;\n"
          + "UPDATE profile SET name = ?, version = version + 1 WHERE id = ? AND version = ?;\n";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path project;
  @TempDir Path out;

  private String project() throws IOException {
    Files.writeString(project.resolve("schema.sql"), UNGUARDED);
    return project.toString();
  }

  private String file(String name) {
    return out.resolve(name).toString();
  }

  private static void assertUsageError(CliRun run, String reason) {
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("lostguard: " + reason);
    assertThat(run.err().lines().count()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void writesSeveralFormatsInOneRunWithTheUsualExitCode() throws Exception {
    CliRun run =
        CliRun.of(
            "scan", "--color", "never",
            "--format", "sarif:" + file("out.sarif"),
            "--format", "json:" + file("out.json"),
            "--format", "gitlab:" + file("gl-code-quality.json"),
            "--format", "junit:" + file("junit.xml"),
            "--format", "markdown:" + file("summary.md"),
            "--format", "text",
            "--sarif-category", "lostguard/db",
            project());

    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(run.out()).contains("schema.sql:2:1: high [update-without-version-check]");
    JsonNode sarif = MAPPER.readTree(Files.readString(out.resolve("out.sarif")));
    assertThat(sarif.at("/runs/0/results/0/ruleId").asText()).isEqualTo("update-without-version-check");
    assertThat(sarif.at("/runs/0/automationDetails/id").asText()).isEqualTo("lostguard/db/");
    assertThat(sarif.at("/runs/0/results/0/partialFingerprints/primaryLocationLineHash").asText()).isNotEmpty();
    JsonNode json = MAPPER.readTree(Files.readString(out.resolve("out.json")));
    assertThat(json.at("/findings/0/fingerprint").asText())
        .isEqualTo(sarif.at("/runs/0/results/0/partialFingerprints/lostguard~1v1").asText());
    assertThat(MAPPER.readTree(Files.readString(out.resolve("gl-code-quality.json"))).get(0).get("severity").asText())
        .isEqualTo("critical");
    assertThat(
            DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve("junit.xml").toFile())
                .getElementsByTagName("failure").getLength())
        .isEqualTo(1);
    assertThat(Files.readString(out.resolve("summary.md"))).startsWith("## lostguard: 1 finding\n");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("out.sarif", "out.json", "gl-code-quality.json", "junit.xml", "summary.md");
    }
  }

  @Test
  void eachFormatAloneOnStandardOutputKeepsTheExitCodes() throws IOException {
    String path = project();
    for (OutputFormat format : OutputFormat.values()) {
      CliRun run = CliRun.of("scan", "--format", format.name(), path);
      assertThat(run.exitCode()).as(format.name()).isEqualTo(4);
      assertThat(run.out()).as(format.name()).isNotEmpty().endsWith("\n");
      assertThat(CliRun.of("scan", "--format", format.name(), "--fail-on", "none", path).exitCode()).isZero();
    }
  }

  @Test
  void sarifFingerprintsSurviveLinesInsertedAboveTheFinding() throws IOException {
    String path = project();
    JsonNode before = MAPPER.readTree(CliRun.of("scan", "--format", "sarif", path).out()).at("/runs/0/results/0");
    Files.writeString(project.resolve("schema.sql"), "-- profiles\n\n-- owned by the accounts team\n" + UNGUARDED);
    JsonNode after = MAPPER.readTree(CliRun.of("scan", "--format", "sarif", path).out()).at("/runs/0/results/0");

    assertThat(after.at("/locations/0/physicalLocation/region/startLine").asInt())
        .isEqualTo(before.at("/locations/0/physicalLocation/region/startLine").asInt() + 3);
    assertThat(after.get("partialFingerprints")).isEqualTo(before.get("partialFingerprints"));
  }

  @Test
  void reportFilesAreReadableByOtherUsersLikeOrdinaryFiles() throws IOException {
    CliRun.of("scan", "--format", "sarif:" + file("perm.sarif"), project());

    assumeTrue(Files.getFileAttributeView(out, PosixFileAttributeView.class) != null, "POSIX permissions");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("perm.sarif"))))
        .isEqualTo("rw-r--r--");
  }

  @Test
  void twoFormatsOnStandardOutputAreAUsageError() throws IOException {
    assertUsageError(
        CliRun.of("scan", "--format", "json", "--format", "sarif", project()),
        "at most one --format may write to standard output");
  }

  @Test
  void outputTakesTheOneFormat() throws IOException {
    CliRun run = CliRun.of("scan", "--format", "sarif", "--output", file("one.sarif"), project());

    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(run.out()).isEmpty();
    assertThat(MAPPER.readTree(Files.readString(out.resolve("one.sarif"))).get("version").asText()).isEqualTo("2.1.0");
  }

  @Test
  void outputWithSeveralFormatsOrWithAFileOfItsOwnIsAUsageError() throws IOException {
    String path = project();
    assertUsageError(
        CliRun.of("scan", "--format", "json", "--format", "sarif:" + file("a.sarif"), "--output", file("b"), path),
        "--output needs exactly one --format");
    assertUsageError(
        CliRun.of("scan", "--format", "json:" + file("a.json"), "--output", file("b.json"), path),
        "--output and --format FORMAT:FILE both name a file");
  }

  @Test
  void badFormatArgumentsAreUsageErrors() throws IOException {
    String path = project();
    assertUsageError(CliRun.of("scan", "--format", "xml", path), "Invalid value for option '--format'");
    assertThat(CliRun.of("scan", "--format", "xml", path).err()).contains("unknown format 'xml'", "sarif", "junit");
    assertUsageError(CliRun.of("scan", "--format", "json:", path), "Invalid value for option '--format'");
    assertUsageError(
        CliRun.of("scan", "--format", "json:" + file("same"), "--format", "sarif:" + file("same"), path),
        "two formats would write to the same file");
    assertUsageError(CliRun.of("scan", "--sarif-category", "x", path), "--sarif-category needs --format sarif");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void formatNamesAreCaseInsensitive() throws IOException {
    assertThat(CliRun.of("scan", "--format", "SARIF", project()).out()).contains("\"version\": \"2.1.0\"");
  }
}
