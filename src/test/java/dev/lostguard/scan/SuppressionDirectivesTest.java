package dev.lostguard.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.SuppressionDirective;
import dev.lostguard.model.SuppressionKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionDirectivesTest {

  private static String describe(SuppressionDirective d) {
    return d.kind().label() + " " + d.location().startLine() + " [" + d.ruleId() + "] [" + d.reason() + "] "
        + d.firstLine() + "-" + d.lastLine();
  }

  private static List<String> find(String path, String text) {
    return SuppressionDirectives.find(path, text).stream().map(SuppressionDirectivesTest::describe).toList();
  }

  @Test
  void readsWholeLineCommentsInEachFilesOwnSyntax() {
    assertThat(find("a.sql", "-- lostguard:ignore upsert-without-guard the import owns rows\nMERGE INTO t;\n"))
        .containsExactly("comment 1 [upsert-without-guard] [the import owns rows] 2-2");
    assertThat(find("Mapper.xml", "<mapper>\n  <!-- lostguard:ignore update-without-version-check batch only -->\n"
        + "  <update id=\"x\">\n</mapper>\n"))
        .containsExactly("comment 2 [update-without-version-check] [batch only] 3-3");
    assertThat(find("A.java", "class A {\n  // lostguard:ignore rowcount-ignored: cache hint\n  void f() {}\n}\n"))
        .containsExactly("comment 2 [rowcount-ignored] [cache hint] 3-3");
  }

  @Test
  void aDirectiveGovernsTheNextLineThatIsNeitherBlankNorAComment() {
    assertThat(find("a.sql", "-- lostguard:ignore bulk-update-bypasses-version nightly\n\n-- ruleid: x\n"
        + "-- lostguard:ignore update-without-version-check also nightly\nUPDATE t SET a = 1;\n"))
        .containsExactly(
            "comment 1 [bulk-update-bypasses-version] [nightly] 5-5",
            "comment 4 [update-without-version-check] [also nightly] 5-5");
  }

  @Test
  void inJavaADirectiveGovernsTheWholeStatementThatStartsOnItsLine() {
    String source = """
        class A {
          void f() {
            // lostguard:ignore rowcount-ignored the caller re-reads the row // and compares
            int updated =
                jdbc.update( // the SQL is below
                    "UPDATE t SET a = ? WHERE id = ?", a, id);
            g();
          }
        }
        """;
    assertThat(find("A.java", source)).containsExactly(
        "comment 3 [rowcount-ignored] [the caller re-reads the row // and compares] 4-6");
    assertThat(find("a.sql", "-- lostguard:ignore rowcount-ignored why\nUPDATE t\n  SET a = 1;\n"))
        .containsExactly("comment 1 [rowcount-ignored] [why] 2-2");
  }

  @Test
  void keepsDirectivesWithoutReasonOrRuleOrFollowingLine() {
    assertThat(find("a.sql", "-- lostguard:ignore update-without-version-check\nUPDATE t SET a = 1;\n-- lostguard:ignore\n"))
        .containsExactly("comment 1 [update-without-version-check] [] 2-2", "comment 3 [] [] 0-0");
  }

  @Test
  void ignoresOtherCommentsTrailingCommentsAndOtherFileTypes() {
    assertThat(find("a.sql", "-- lostguard: see the wiki\nUPDATE t SET a = 1; -- lostguard:ignore x y\n")).isEmpty();
    assertThat(find("notes.md", "-- lostguard:ignore update-without-version-check why\nUPDATE t SET a = 1;\n")).isEmpty();
    assertThat(find("A.java", "class A {}\n")).isEmpty();
  }

  @Test
  void readsSuppressWarningsWithTheDeclarationRangeAndTheReasonAbove() {
    String source = """
        package a;

        // The importer owns these rows.
        @SuppressWarnings("lostguard:update-without-version-check")
        class A {
          @Deprecated
          @java.lang.SuppressWarnings(value = {"rawtypes", "lostguard:rowcount-ignored"})
          void f() {
          }
        }
        """;
    assertThat(SuppressionDirectives.find("A.java", source))
        .extracting(SuppressionDirectivesTest::describe)
        .containsExactly(
            "annotation 4 [update-without-version-check] [The importer owns these rows.] 4-10",
            "annotation 7 [rowcount-ignored] [] 6-9");
    assertThat(SuppressionDirectives.find("A.java", source)).allMatch(d -> d.kind() == SuppressionKind.ANNOTATION);
  }

  @Test
  void aJavaFileThatDoesNotParseStillYieldsItsCommentDirectives() {
    assertThat(find("A.java", "class A {\n  // lostguard:ignore rowcount-ignored why\n  @SuppressWarnings(\"lostguard:x\")\n"))
        .containsExactly("comment 2 [rowcount-ignored] [why] 3-3");
  }
}
