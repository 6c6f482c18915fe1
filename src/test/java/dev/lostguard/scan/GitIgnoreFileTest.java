package dev.lostguard.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.scan.GitIgnoreFile.Verdict;
import org.junit.jupiter.api.Test;

class GitIgnoreFileTest {

  private static Verdict file(String patterns, String path) {
    return GitIgnoreFile.parse(patterns).verdict(path, false);
  }

  private static Verdict folder(String patterns, String path) {
    return GitIgnoreFile.parse(patterns).verdict(path, true);
  }

  @Test
  void starMatchesWithinOneSegmentAtAnyDepth() {
    assertThat(file("*.sql", "dump.sql")).isEqualTo(Verdict.IGNORED);
    assertThat(file("*.sql", "db/seed/dump.sql")).isEqualTo(Verdict.IGNORED);
    assertThat(file("*.sql", "dump.sql.txt")).isEqualTo(Verdict.NO_MATCH);
    assertThat(file("gen*/*.java", "generated/A.java")).isEqualTo(Verdict.IGNORED);
    assertThat(file("gen*/*.java", "generated/deep/A.java")).isEqualTo(Verdict.NO_MATCH);
  }

  @Test
  void leadingSlashAnchorsToTheFolderOfTheFile() {
    assertThat(file("/Legacy.java", "Legacy.java")).isEqualTo(Verdict.IGNORED);
    assertThat(file("/Legacy.java", "src/Legacy.java")).isEqualTo(Verdict.NO_MATCH);
    assertThat(file("src/Legacy.java", "src/Legacy.java")).isEqualTo(Verdict.IGNORED);
    assertThat(file("src/Legacy.java", "app/src/Legacy.java")).isEqualTo(Verdict.NO_MATCH);
  }

  @Test
  void doubleStarSpansFolders() {
    assertThat(file("**/generated/*.java", "generated/A.java")).isEqualTo(Verdict.IGNORED);
    assertThat(file("**/generated/*.java", "a/b/generated/A.java")).isEqualTo(Verdict.IGNORED);
    assertThat(file("out/**", "out/a/b/C.java")).isEqualTo(Verdict.IGNORED);
    assertThat(file("out/**", "out")).isEqualTo(Verdict.NO_MATCH);
    assertThat(file("a/**/z.sql", "a/z.sql")).isEqualTo(Verdict.IGNORED);
    assertThat(file("a/**/z.sql", "a/b/c/z.sql")).isEqualTo(Verdict.IGNORED);
  }

  @Test
  void trailingSlashMatchesFoldersOnly() {
    assertThat(folder("tmp/", "tmp")).isEqualTo(Verdict.IGNORED);
    assertThat(folder("tmp/", "x/tmp")).isEqualTo(Verdict.IGNORED);
    assertThat(file("tmp/", "tmp")).isEqualTo(Verdict.NO_MATCH);
  }

  @Test
  void negationReincludesAndTheLastMatchingPatternWins() {
    String patterns = "*.sql\n!keep.sql\n";
    assertThat(file(patterns, "drop.sql")).isEqualTo(Verdict.IGNORED);
    assertThat(file(patterns, "keep.sql")).isEqualTo(Verdict.KEPT);
    assertThat(file("!keep.sql\n*.sql\n", "keep.sql")).isEqualTo(Verdict.IGNORED);
  }

  @Test
  void commentsBlankLinesAndEscapesFollowGit() {
    String patterns = "# a comment\n\n\\#hash.sql\n\\!bang.sql\ntrailing.sql   \n";
    assertThat(file(patterns, "# a comment")).isEqualTo(Verdict.NO_MATCH);
    assertThat(file(patterns, "#hash.sql")).isEqualTo(Verdict.IGNORED);
    assertThat(file(patterns, "!bang.sql")).isEqualTo(Verdict.IGNORED);
    assertThat(file(patterns, "trailing.sql")).isEqualTo(Verdict.IGNORED);
  }

  @Test
  void questionMarkAndCharacterClassesMatchOneCharacter() {
    assertThat(file("V?.sql", "V1.sql")).isEqualTo(Verdict.IGNORED);
    assertThat(file("V?.sql", "V10.sql")).isEqualTo(Verdict.NO_MATCH);
    assertThat(file("V[0-4].sql", "V3.sql")).isEqualTo(Verdict.IGNORED);
    assertThat(file("V[0-4].sql", "V7.sql")).isEqualTo(Verdict.NO_MATCH);
    assertThat(file("V[!0-4].sql", "V7.sql")).isEqualTo(Verdict.IGNORED);
  }

  @Test
  void regexCharactersInPatternsAreLiteral() {
    assertThat(file("a+b(1).sql", "a+b(1).sql")).isEqualTo(Verdict.IGNORED);
    assertThat(file("a.sql", "abs.sql")).isEqualTo(Verdict.NO_MATCH);
  }
}
