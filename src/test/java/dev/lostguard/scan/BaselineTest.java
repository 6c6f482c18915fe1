package dev.lostguard.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lostguard.model.BaselineEntry;
import dev.lostguard.model.BaselineState;
import dev.lostguard.model.Confidence;
import dev.lostguard.model.Finding;
import dev.lostguard.model.Location;
import dev.lostguard.model.Report;
import dev.lostguard.model.Severity;
import dev.lostguard.model.Summary;
import dev.lostguard.model.Suppression;
import dev.lostguard.model.SuppressionKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BaselineTest {

  private static Finding finding(String path, int line, String fingerprint) {
    return new Finding("update-without-version-check", Severity.HIGH, Confidence.HIGH, "UPDATE t has no version check",
        Location.point(path, line, 1), List.of(), "t", null, null, List.of(), fingerprint, List.of(), null);
  }

  private static Report report(Finding... findings) {
    Summary summary = new Summary(1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, Map.of(), Map.of()).countingOpen(List.of(findings));
    return new Report("lostguard", "test", summary, List.of(), List.of(findings), List.of());
  }

  @Test
  void acceptsAsManyFindingsPerFingerprintAsItCountsAndMarksTheRestNew() {
    Baseline baseline = new Baseline(List.of(new BaselineEntry("aaaaaaaaaaaaaaaa", "update-without-version-check", "q.sql", 2)));

    Report marked = baseline.applyTo(report(
        finding("q.sql", 1, "aaaaaaaaaaaaaaaa"), finding("q.sql", 5, "aaaaaaaaaaaaaaaa"),
        finding("q.sql", 9, "aaaaaaaaaaaaaaaa")));

    assertThat(marked.findings()).extracting(Finding::baseline)
        .containsExactly(BaselineState.UNCHANGED, BaselineState.UNCHANGED, BaselineState.NEW);
    assertThat(marked.summary().findings()).isEqualTo(1);
    assertThat(marked.summary().bySeverity()).containsEntry("high", 1);
    assertThat(marked.staleBaseline()).isEmpty();
  }

  @Test
  void listsWhatNoFindingMatchedAsStaleWithTheRemainingCount() {
    Baseline baseline = new Baseline(List.of(
        new BaselineEntry("bbbbbbbbbbbbbbbb", "update-without-version-check", "b.sql", 3),
        new BaselineEntry("aaaaaaaaaaaaaaaa", "update-without-version-check", "a.sql", 1)));

    Report marked = baseline.applyTo(report(finding("b.sql", 2, "bbbbbbbbbbbbbbbb")));

    assertThat(marked.staleBaseline()).containsExactly(
        new BaselineEntry("aaaaaaaaaaaaaaaa", "update-without-version-check", "a.sql", 1),
        new BaselineEntry("bbbbbbbbbbbbbbbb", "update-without-version-check", "b.sql", 2));
  }

  @Test
  void suppressedFindingsNeitherConsumeNorEnterTheBaseline() {
    Finding suppressed = finding("q.sql", 3, "aaaaaaaaaaaaaaaa")
        .withSuppression(new Suppression(SuppressionKind.COMMENT, "script", Location.point("q.sql", 2, 1)));
    Baseline baseline = new Baseline(List.of(new BaselineEntry("aaaaaaaaaaaaaaaa", "update-without-version-check", "q.sql", 1)));

    Report marked = baseline.applyTo(report(suppressed));

    assertThat(marked.findings().get(0).baseline()).isNull();
    assertThat(marked.staleBaseline()).hasSize(1);
    assertThat(Baseline.of(List.of(suppressed)).entries()).isEmpty();
  }

  @Test
  void writesWhatItReadsSortedByPathRuleAndFingerprint() throws BaselineFile.Invalid {
    Baseline baseline = Baseline.of(List.of(
        finding("z.sql", 1, "cccccccccccccccc"), finding("a.sql", 4, "dddddddddddddddd"),
        finding("a.sql", 9, "dddddddddddddddd"), finding("a.sql", 2, "0000000000000000")));

    String text = BaselineFile.render(baseline);

    assertThat(text).isEqualTo("""
        {
          "version": 1,
          "tool": "lostguard",
          "findings": [
            {"fingerprint": "0000000000000000", "ruleId": "update-without-version-check", "path": "a.sql", "count": 1},
            {"fingerprint": "dddddddddddddddd", "ruleId": "update-without-version-check", "path": "a.sql", "count": 2},
            {"fingerprint": "cccccccccccccccc", "ruleId": "update-without-version-check", "path": "z.sql", "count": 1}
          ]
        }
        """);
    assertThat(BaselineFile.parse(text)).isEqualTo(baseline);
    assertThat(BaselineFile.render(Baseline.of(List.of()))).isEqualTo(
        "{\n  \"version\": 1,\n  \"tool\": \"lostguard\",\n  \"findings\": []\n}\n");
  }

  @Test
  void rejectsEverythingButVersionOneWithAReasonNamingTheJsonPath() {
    assertThatThrownBy(() -> BaselineFile.parse("[]")).hasMessageContaining("expected a JSON object");
    assertThatThrownBy(() -> BaselineFile.parse("{\"version\": 1, \"tool\": \"other\", \"findings\": []}"))
        .hasMessage("$.tool: expected \"lostguard\", found \"other\"");
    assertThatThrownBy(() -> BaselineFile.parse("{\"version\": 1, \"tool\": \"lostguard\"}"))
        .hasMessage("$.findings: expected an array");
    assertThatThrownBy(() -> BaselineFile.parse(
        "{\"version\": 1, \"tool\": \"lostguard\", \"findings\": [{\"fingerprint\": \"XYZ\", \"ruleId\": \"r\","
            + " \"path\": \"p\", \"count\": 1}]}"))
        .hasMessageStartingWith("$.findings[0].fingerprint: expected 16 to 64 lower-case hex digits");
    assertThatThrownBy(() -> BaselineFile.parse(
        "{\"version\": 1, \"tool\": \"lostguard\", \"findings\": [{\"fingerprint\": \"0123456789abcdef\","
            + " \"ruleId\": \"r\", \"path\": \"p\"}]}"))
        .hasMessage("$.findings[0].count: expected a positive integer, found nothing");
    assertThatThrownBy(() -> BaselineFile.parse("{\"version\": 1,\n\"tool\": }"))
        .hasMessageStartingWith("not valid JSON at line 2")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }
}
