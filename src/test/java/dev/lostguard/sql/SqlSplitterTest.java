package dev.lostguard.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class SqlSplitterTest {

  private final SqlSplitter splitter = new SqlSplitter();

  private List<String> texts(String script) {
    return splitter.split(script).stream().map(SqlChunk::text).toList();
  }

  @Test
  void keepsSemicolonsInsideQuotesAndQuotedNames() {
    assertThat(texts("UPDATE t SET a = 'x;y', b = 'it''s;' WHERE \"c;d\" = 1 AND `e;f` = [g;h];SELECT 1"))
        .containsExactly("UPDATE t SET a = 'x;y', b = 'it''s;' WHERE \"c;d\" = 1 AND `e;f` = [g;h]", "SELECT 1");
  }

  @Test
  void honoursBackslashEscapesInSingleQuotes() {
    assertThat(texts("INSERT INTO t VALUES ('a\\';b');DELETE FROM t")).hasSize(2);
  }

  @Test
  void ignoresSemicolonsInsideCommentsAndDropsCommentOnlyChunks() {
    assertThat(texts("-- a; b\nSELECT 1 /* ; */; # mysql; comment\n/* only ; */ ;\nSELECT 2;"))
        .containsExactly("SELECT 1", "SELECT 2");
  }

  @Test
  void doesNotTreatMyBatisParameterAsHashComment() {
    assertThat(texts("UPDATE t SET a = #{a} WHERE id = #{id}; SELECT 1"))
        .containsExactly("UPDATE t SET a = #{a} WHERE id = #{id}", "SELECT 1");
  }

  @Test
  void keepsDollarQuotedBodiesWhole() {
    String fn = "CREATE FUNCTION f() RETURNS trigger AS $body$ BEGIN x := 1; RETURN NEW; END; $body$ LANGUAGE plpgsql";
    assertThat(texts(fn + ";\nDO $$ BEGIN PERFORM 1; END $$;SELECT $1"))
        .containsExactly(fn, "DO $$ BEGIN PERFORM 1; END $$", "SELECT $1");
  }

  @Test
  void followsMysqlDelimiterLinesWithoutMakingThemStatements() {
    String script = "DELIMITER //\nCREATE PROCEDURE p() BEGIN UPDATE t SET a = 1; END //\nDELIMITER ;\nSELECT 1;";
    assertThat(texts(script))
        .containsExactly("CREATE PROCEDURE p() BEGIN UPDATE t SET a = 1; END", "SELECT 1");
  }

  @Test
  void keepsBeginEndBodiesOfRoutinesWholeWithoutDelimiterLines() {
    String trigger = "CREATE TRIGGER trg BEFORE UPDATE ON t FOR EACH ROW BEGIN\n"
        + "  IF NEW.a > 0 THEN SET NEW.b = 1; END IF;\n  SET NEW.version = OLD.version + 1;\nEND";
    assertThat(texts(trigger + ";\nUPDATE t SET a = 1;")).containsExactly(trigger, "UPDATE t SET a = 1");
  }

  @Test
  void treatsGoLinesAsSeparators() {
    assertThat(texts("UPDATE t SET a = 1\nGO\nUPDATE t SET b = 2\ngo 2\nSELECT 1"))
        .containsExactly("UPDATE t SET a = 1", "UPDATE t SET b = 2", "SELECT 1");
  }

  @Test
  void putsTheRestOfTheFileInOneChunkAfterAnUnterminatedQuote() {
    assertThat(texts("SELECT 1; UPDATE t SET a = 'oops; DELETE FROM t; /* x")).containsExactly(
        "SELECT 1", "UPDATE t SET a = 'oops; DELETE FROM t; /* x");
  }

  @Test
  void locatesTheFirstTokenAfterLeadingComments() {
    List<SqlChunk> chunks = splitter.split("SELECT 1;\n-- ok: rule\n  /* c */ UPDATE t\n   SET a = 1 ;");
    SqlChunk update = chunks.get(1);
    assertThat(update.text()).isEqualTo("UPDATE t\n   SET a = 1");
    assertThat(update.line()).isEqualTo(3);
    assertThat(update.column()).isEqualTo(11);
    assertThat(update.endLine()).isEqualTo(4);
    assertThat(update.endColumn()).isEqualTo(12);
  }

  @Test
  void countsCrlfLineEndingsAsOneLineBreak() {
    SqlChunk chunk = splitter.split("SELECT 1;\r\n\r\n  DELETE FROM t;\r\n").get(1);
    assertThat(chunk.line()).isEqualTo(3);
    assertThat(chunk.column()).isEqualTo(3);
    assertThat(chunk.text()).isEqualTo("DELETE FROM t");
  }

  @Test
  void skipsAByteOrderMarkAtTheStartOfTheFile() {
    SqlChunk chunk = splitter.split("\uFEFFUPDATE t SET a = 1;").get(0);
    assertThat(chunk.text()).isEqualTo("UPDATE t SET a = 1");
    assertThat(chunk.line()).isEqualTo(1);
    assertThat(chunk.column()).isEqualTo(1);
  }

  @Test
  void neverThrowsOnOddInput() {
    for (String input : new String[] {"", ";;;", "'", "\"", "`", "[", "$$", "$a$", "/*", "--", "#", "DELIMITER",
        "DELIMITER \n", "\r", "CREATE PROCEDURE p AS", "END CASE", "$", "\\"}) {
      assertThat(splitter.split(input)).isNotNull();
    }
    assertThat(splitter.split(null)).isEmpty();
  }

  // A hang guard, not a speed target (bench/run.sh measures speed): quadratic splitting of this
  // script would take many minutes, linear splitting well under a second.
  @Test
  @Timeout(120)
  void splitsALargeScriptInOnePass() {
    String script = "UPDATE t SET a = 'x' WHERE id = 1;\n".repeat(100_000);
    assertThat(splitter.split(script)).hasSize(100_000);
  }
}
