package dev.lostguard.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.Confidence;
import dev.lostguard.model.ErrorKind;
import dev.lostguard.model.Finding;
import dev.lostguard.model.Location;
import dev.lostguard.model.ProcessingError;
import dev.lostguard.model.Report;
import dev.lostguard.model.Severity;
import dev.lostguard.samples.ExpectationMarkers.CommentSyntax;
import dev.lostguard.samples.ExpectationMarkers.FileExpectations;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportExpectationsTest {

  private static final String RULE = "update-without-version-check";

  private static List<FileExpectations> sql(String... lines) {
    return List.of(ExpectationMarkers.parse("q.sql", String.join("\n", lines) + "\n", CommentSyntax.SQL));
  }

  private static Finding finding(String rule, int line) {
    return new Finding(rule, Severity.HIGH, Confidence.HIGH, "UPDATE t has no version predicate",
        Location.point("q.sql", line, 1), List.of(), "t", "UPDATE t", "check the version", List.of(), "fp", List.of(), null);
  }

  private static Report report(List<Finding> findings, List<ProcessingError> errors) {
    return new Report("lostguard", "test", null, List.of(), findings, errors);
  }

  private static List<String> problems(List<FileExpectations> expectations, Finding... findings) {
    return ReportExpectations.problems(expectations, report(List.of(findings), List.of()));
  }

  @Test
  void agreesWhenRuleidFiresAndOkDoesNot() {
    List<FileExpectations> expectations =
        sql("-- ruleid: " + RULE, "UPDATE t SET a = ? WHERE id = ?;", "-- ok: " + RULE, "UPDATE t SET n = n + 1 WHERE id = ?;");

    assertThat(problems(expectations, finding(RULE, 2))).isEmpty();
  }

  @Test
  void reportsARuleidThatDidNotFire() {
    assertThat(problems(sql("-- ruleid: " + RULE, "UPDATE t SET a = ? WHERE id = ?;")))
        .containsExactly("q.sql:2: expected " + RULE + " (marked 'ruleid:'), but it did not fire");
  }

  @Test
  void reportsAFindingOnAnUnmarkedLineAndOnAnOkLine() {
    List<FileExpectations> expectations = sql("UPDATE t SET a = ?;", "-- ok: " + RULE, "UPDATE t SET b = ?;");

    assertThat(problems(expectations, finding(RULE, 1), finding(RULE, 3)))
        .containsExactly(
            "q.sql:1: " + RULE + " fired on a line with no 'ruleid: " + RULE + "' marker: UPDATE t has no version predicate",
            "q.sql:3: " + RULE + " fired on a line marked 'ok: " + RULE + "': UPDATE t has no version predicate");
  }

  @Test
  void reportsAFindingOfAnotherRuleThanMarked() {
    List<FileExpectations> expectations = sql("-- ruleid: " + RULE, "UPDATE t SET a = ?;");

    assertThat(problems(expectations, finding(RULE, 2), finding("version-not-incremented", 2)))
        .singleElement()
        .asString()
        .startsWith("q.sql:2: version-not-incremented fired on a line with no 'ruleid: version-not-incremented'");
  }

  @Test
  void reportsUnknownRuleIdsInFindingsAndMarkers() {
    List<FileExpectations> expectations = sql("-- ok: no-such-rule", "UPDATE t SET a = ?;");

    assertThat(problems(expectations, finding("made-up-rule", 2)))
        .anySatisfy(problem -> assertThat(problem).startsWith("q.sql:1: 'ok:' marker names unknown rule 'no-such-rule'"))
        .anySatisfy(problem -> assertThat(problem).startsWith("q.sql:2: made-up-rule is not a known rule id"))
        .hasSize(2);
  }

  @Test
  void reportsTodoMarkersThatNoLongerTellTheTruth() {
    List<FileExpectations> expectations =
        sql("-- todoruleid: " + RULE, "UPDATE t SET a = ?;", "-- todook: " + RULE, "UPDATE t SET b = ?;");

    assertThat(problems(expectations, finding(RULE, 2)))
        .containsExactly(
            "q.sql:2: " + RULE + " now fires: change its 'todoruleid:' marker to 'ruleid:'",
            "q.sql:4: " + RULE + " no longer fires: change its 'todook:' marker to 'ok:'");
  }

  @Test
  void acceptsTodoMarkersThatStillHold() {
    List<FileExpectations> expectations =
        sql("-- todoruleid: " + RULE, "UPDATE t SET a = ?;", "-- todook: " + RULE, "UPDATE t SET b = ?;");

    assertThat(problems(expectations, finding(RULE, 4))).isEmpty();
  }

  @Test
  void matchesProcessingErrorsToErrorMarkersBySubstringAndLine() {
    List<FileExpectations> expectations =
        sql("-- error: could not parse", "UPDATE t SET a = WHERE id = ?;", "UPDATE t SET = 1;");
    ProcessingError announced =
        ProcessingError.of(ErrorKind.PARSE_SQL, "q.sql", 2, "could not parse SQL statement: unexpected WHERE");
    ProcessingError unannounced = ProcessingError.of(ErrorKind.PARSE_SQL, "q.sql", 3, "could not parse SQL statement");

    assertThat(ReportExpectations.problems(expectations, report(List.of(), List.of(announced, unannounced))))
        .containsExactly("q.sql:3: unannounced parse-sql error: could not parse SQL statement");
  }

  @Test
  void reportsAnErrorMarkerWithoutItsError() {
    List<FileExpectations> expectations = sql("-- error: could not parse", "UPDATE t SET a = WHERE id = ?;");
    ProcessingError elsewhere = ProcessingError.of(ErrorKind.PARSE_SQL, "q.sql", 1, "could not parse");

    assertThat(ReportExpectations.problems(expectations, report(List.of(), List.of(elsewhere))))
        .contains("q.sql:2: expected a processing error containing 'could not parse', but none was reported there");
  }

  @Test
  void reportsMarkersThatTargetACommentOrContradictEachOther() {
    List<FileExpectations> expectations =
        sql("-- ok: " + RULE, "-- a remark", "-- ruleid: " + RULE, "-- ok: " + RULE, "UPDATE t SET a = ?;");

    assertThat(ReportExpectations.markerProblems(expectations))
        .containsExactlyInAnyOrder(
            "q.sql:1: 'ok:' marker applies to line 2, which is only a comment: '-- a remark'; put the marker right"
                + " above the statement",
            "q.sql:5: both 'ruleid:' and 'ok:' markers name " + RULE);
  }
}
