package dev.lostguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lostguard.rules.Rules;
import org.junit.jupiter.api.Test;

class CliTest {

  @Test
  void printsVersion() {
    CliRun run = CliRun.of("--version");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("lostguard ").doesNotContain("${");
  }

  @Test
  void helpListsSubcommandsAndExitCodes() {
    CliRun run = CliRun.of("--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("scan", "rules", "schema", "Exit codes:", "4", "5", "--fail-on");
    assertThat(CliRun.of("scan", "--help").out())
        .contains("--fail-on", "--strict", "--threads", "--exclude", "--[no-]include-tests", "Exit codes:")
        .contains("analysis incomplete (some input could not be analysed) with --strict");
  }

  @Test
  void aWriteNoEntryPointReachesIsCountedAndReportedOnlyWhenAskedFor() throws Exception {
    String unreached = "src/main/java/com/inkwell/blog/service/TagService.java:30";
    CliRun defaults = CliRun.of("scan", "--format", "text", "samples/tk-mybatis-blog");
    assertThat(defaults.out()).doesNotContain(unreached)
        .contains("Not reported: 1 flagged write no entry point reaches (--include-unreached reports them)");
    CliRun json = CliRun.of("scan", "--format", "json", "samples/tk-mybatis-blog");
    assertThat(new ObjectMapper().readTree(json.out()).at("/summary/writesWithoutEntryPoint").asInt()).isEqualTo(1);

    CliRun all = CliRun.of("scan", "--include-unreached", "--format", "text", "samples/tk-mybatis-blog");
    assertThat(all.out()).contains(unreached + ":5: medium [unversioned-table-update]")
        .doesNotContain("Not reported:");
  }

  @Test
  void listsEveryRuleWithSeverity() {
    CliRun run = CliRun.of("rules", "list");
    assertThat(run.exitCode()).isZero();
    for (String id : Rules.ids()) {
      assertThat(run.out()).contains(id);
    }
  }

  @Test
  void showsARulesCatalogEntryAndPage() {
    CliRun run = CliRun.of("rules", "show", "update-without-version-check");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("severity:", "remediation:", "# update-without-version-check", "## Bad", "## Good");
  }

  @Test
  void unknownRuleIsAUsageErrorWithAOneLineReason() {
    CliRun run = CliRun.of("rules", "show", "no-such-rule");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("lostguard: unknown rule 'no-such-rule'");
    assertThat(run.err().lines().count()).isEqualTo(2);
  }

  @Test
  void printsTheReportSchema() throws Exception {
    CliRun run = CliRun.of("schema");
    assertThat(run.exitCode()).isZero();
    assertThat(new ObjectMapper().readTree(run.out()).get("properties").has("findings")).isTrue();
  }

  @Test
  void missingScanPathIsAUsageErrorBeforeScanning() {
    CliRun run = CliRun.of("scan", "definitely/not/here");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no such file or directory: definitely/not/here");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void badOptionValueIsAUsageError() {
    assertThat(CliRun.of("scan", "--fail-on", "critical", ".").exitCode()).isEqualTo(2);
    assertThat(CliRun.of("scan", "--threads", "0", ".").exitCode()).isEqualTo(2);
  }
}
