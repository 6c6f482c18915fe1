package dev.lostguard.xml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptTextTest {

  @Test
  void aScriptIsRenderedLikeAMapperStatement() {
    String text = "<script> UPDATE member SET segment_id = #{segmentId} WHERE id IN"
        + " <foreach collection='ids' item='id' open='(' separator=',' close=')'>#{id}</foreach> </script>";

    assertThat(ScriptText.isScript(text)).isTrue();
    ScriptText.Rendered rendered = ScriptText.render(text, "version"::equals);

    assertThat(rendered.error()).isNull();
    assertThat(rendered.sql().replaceAll("\\s+", " ").trim())
        .startsWith("UPDATE member SET segment_id = #{segmentId} WHERE id IN (");
  }

  @Test
  void plainSqlIsNoScript() {
    assertThat(ScriptText.isScript("UPDATE member SET name = ? WHERE id = ?")).isFalse();
  }

  @Test
  void aScriptThatIsNoWellFormedXmlIsADiagnosticAndADoctypeMakesNoScript() {
    assertThat(ScriptText.render("<script> UPDATE t SET a = 1 WHERE b < 2 </script>", "version"::equals).error())
        .startsWith("<script> could not be read as MyBatis XML");
    String laughs = "<!DOCTYPE script [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
        + "<script>UPDATE t SET a = '&b;' WHERE id = 1</script>";
    assertThat(ScriptText.isScript(laughs)).isFalse();
  }
}
