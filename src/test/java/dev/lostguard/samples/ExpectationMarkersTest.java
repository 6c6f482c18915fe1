package dev.lostguard.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.lostguard.samples.ExpectationMarkers.CommentSyntax;
import dev.lostguard.samples.ExpectationMarkers.FileExpectations;
import dev.lostguard.samples.ExpectationMarkers.Kind;
import dev.lostguard.samples.ExpectationMarkers.Marker;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExpectationMarkersTest {

  private static FileExpectations sql(String... lines) {
    return ExpectationMarkers.parse("q.sql", String.join("\n", lines) + "\n", CommentSyntax.SQL);
  }

  @Test
  void ruleidMarkerAppliesToTheNextLine() {
    FileExpectations expectations =
        sql("-- ruleid: update-without-version-check", "UPDATE t SET a = ? WHERE id = ?;");

    assertThat(expectations.expectedFindings())
        .containsExactly(entry(2, Set.of("update-without-version-check")));
    assertThat(expectations.okLines()).isEmpty();
  }

  @Test
  void markerSkipsBlankLinesOtherMarkersAndDirectives() {
    FileExpectations expectations =
        sql(
            "-- ruleid: rule-a",
            "",
            "-- ok: rule-b",
            "   ",
            "-- lostguard: some-directive",
            "UPDATE t",
            "   SET a = ?",
            " WHERE id = ?;");

    assertThat(expectations.expectedFindings()).containsExactly(entry(6, Set.of("rule-a")));
    assertThat(expectations.okLines()).containsExactly(entry(6, Set.of("rule-b")));
  }

  @Test
  void ordinaryCommentIsTheTargetAndKeepsItsText() {
    FileExpectations expectations = sql("-- ok: rule-a", "-- just a remark", "DELETE FROM t;");

    assertThat(expectations.markers())
        .singleElement()
        .satisfies(marker -> {
          assertThat(marker.targetLine()).isEqualTo(2);
          assertThat(marker.targetText()).isEqualTo("-- just a remark");
        });
  }

  @Test
  void markerListsSeveralCommaSeparatedIds() {
    FileExpectations expectations = sql("--ruleid: rule-a,rule-b ,  rule-c", "UPDATE t SET a = 1;");

    assertThat(expectations.expectedFindings())
        .containsExactly(entry(2, Set.of("rule-a", "rule-b", "rule-c")));
    assertThat(expectations.namedRuleIds()).containsExactly("rule-a", "rule-b", "rule-c");
  }

  @Test
  void todoMarkersAreKeptApartFromFirmOnes() {
    FileExpectations expectations =
        sql("-- todoruleid: rule-a", "UPDATE t SET a = 1;", "-- todook: rule-b", "UPDATE t SET b = 1;");

    assertThat(expectations.todoRuleIds()).containsExactly(entry(2, Set.of("rule-a")));
    assertThat(expectations.todoOks()).containsExactly(entry(4, Set.of("rule-b")));
    assertThat(expectations.expectedFindings()).isEmpty();
    assertThat(expectations.okLines()).isEmpty();
  }

  @Test
  void errorMarkerKeepsItsWholeSubstring() {
    FileExpectations expectations =
        sql("SELECT 1;", "-- error: could not parse: near 'WHERE'", "UPDATE t SET a = WHERE id = ?;");

    assertThat(expectations.expectedErrors())
        .containsExactly(entry(3, List.of("could not parse: near 'WHERE'")));
    assertThat(expectations.markers()).extracting(Marker::ruleIds).containsExactly(List.of());
  }

  @Test
  void indentedMarkerInsideCreateTableTargetsTheColumnLine() {
    FileExpectations expectations =
        sql(
            "CREATE TABLE t (",
            "    id BIGINT PRIMARY KEY,",
            "    -- ruleid: timestamp-as-version",
            "    version TIMESTAMP NOT NULL",
            ");");

    assertThat(expectations.expectedFindings()).containsExactly(entry(4, Set.of("timestamp-as-version")));
  }

  @Test
  void javaMarkersUseLineComments() {
    FileExpectations expectations =
        ExpectationMarkers.parse(
            "A.java",
            "class A {\n  // ruleid: rowcount-ignored\n  void save() {}\n  /* ok: rule-a */\n  void load() {}\n}\n",
            CommentSyntax.JAVA);

    assertThat(expectations.markers())
        .singleElement()
        .satisfies(marker -> {
          assertThat(marker.kind()).isEqualTo(Kind.RULEID);
          assertThat(marker.targetLine()).isEqualTo(3);
          assertThat(marker.ruleIds()).containsExactly("rowcount-ignored");
        });
  }

  @Test
  void xmlMarkersUseWholeLineComments() {
    FileExpectations expectations =
        ExpectationMarkers.parse(
            "mapper.xml",
            "<mapper>\n  <!-- ok: rule-a -->\n\n  <update id=\"save\">\n  <!-- a remark --> <x/>\n</mapper>\n",
            CommentSyntax.XML);

    assertThat(expectations.okLines()).containsExactly(entry(4, Set.of("rule-a")));
    assertThat(expectations.markers()).hasSize(1);
  }

  @Test
  void commentsInAnotherSyntaxAreNotMarkers() {
    FileExpectations expectations = sql("// ruleid: rule-a", "# ok: rule-b", "UPDATE t SET a = 1;");

    assertThat(expectations.markers()).isEmpty();
  }

  @Test
  void commentThatOnlyMentionsAKeywordIsNotAMarker() {
    FileExpectations expectations = sql("-- ok, this one is fine: rule-a", "-- errors: none", "SELECT 1;");

    assertThat(expectations.markers()).isEmpty();
  }

  @Test
  void rejectsAMarkerWithNothingAfterIt() {
    assertThatThrownBy(() -> sql("SELECT 1;", "-- ruleid: rule-a", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("q.sql:2: marker has no following line to apply to");
  }

  @Test
  void rejectsAMarkerWithoutIds() {
    assertThatThrownBy(() -> sql("-- ok:", "SELECT 1;"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("q.sql:1: empty 'ok:' marker");
  }

  @Test
  void rejectsProseWhereRuleIdsBelong() {
    assertThatThrownBy(() -> sql("-- ok: fine because of the version check", "SELECT 1;"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("q.sql:1:")
        .hasMessageContaining("kebab-case rule ids");
  }

  @Test
  void choosesTheSyntaxFromTheFileName() {
    assertThat(CommentSyntax.forFileName("V1__init.SQL")).contains(CommentSyntax.SQL);
    assertThat(CommentSyntax.forFileName("OrderService.java")).contains(CommentSyntax.JAVA);
    assertThat(CommentSyntax.forFileName("OrderMapper.xml")).contains(CommentSyntax.XML);
    assertThat(CommentSyntax.forFileName("README.md")).isEmpty();
  }
}
