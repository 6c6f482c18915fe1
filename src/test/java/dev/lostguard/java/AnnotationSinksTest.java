package dev.lostguard.java;

import static dev.lostguard.java.Analyzed.calls;
import static dev.lostguard.java.Analyzed.onlyCall;
import static dev.lostguard.java.Analyzed.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.QueryLanguage;
import dev.lostguard.model.RowCountUse;
import dev.lostguard.model.SqlCall;
import org.junit.jupiter.api.Test;

class AnnotationSinksTest {

  private static String repository(String imports, String body) {
    return "package com.acme;\n" + imports + "\ninterface ItemRepository {\n" + body + "\n}\n";
  }

  private static final String SPRING_DATA =
      "import org.springframework.data.jpa.repository.Modifying;\nimport org.springframework.data.jpa.repository.Query;";

  @Test
  void findsModifyingQueryAsJpqlAnchoredAtTheAnnotation() {
    SqlCall call = onlyCall(repository(SPRING_DATA,
        "  @Modifying\n  @Query(\"update Item i set i.name = :n where i.id = :id\")\n  void rename(long id, String n);"));

    assertThat(call.sink()).isEqualTo("@Query");
    assertThat(call.language()).isEqualTo(QueryLanguage.JPQL);
    assertThat(call.location().startLine()).isEqualTo(6);
    assertThat(call.method().label()).isEqualTo("ItemRepository.rename");
    assertThat(call.rowCount()).isEqualTo(RowCountUse.DISCARDED);
  }

  @Test
  void findsNativeModifyingQueryAsSqlWithItsCountReturned() {
    SqlCall call = onlyCall(repository(SPRING_DATA,
        "  @Modifying(clearAutomatically = true)\n"
            + "  @Query(value = \"UPDATE item SET name = ?1 WHERE id = ?2 AND version = ?3\", nativeQuery = true)\n"
            + "  int rename(String n, long id, long v);"));

    assertThat(call.language()).isEqualTo(QueryLanguage.SQL);
    assertThat(call.rowCount()).isEqualTo(RowCountUse.USED);
  }

  @Test
  void ignoresQueriesWithoutModifying() {
    assertThat(calls(repository(SPRING_DATA, "  @Query(\"select i from Item i\")\n  java.util.List<Object> all();")))
        .isEmpty();
  }

  @Test
  void joinsMyBatisStringArrayLinesWithSpaces() {
    SqlCall call = onlyCall(repository("import org.apache.ibatis.annotations.Update;",
        "  @Update({\"UPDATE item\", \"SET name = #{name}\", \"WHERE id = #{id}\"})\n  Integer rename(Object item);"));

    assertThat(call.sink()).isEqualTo("@Update");
    assertThat(text(call.sql())).isEqualTo("UPDATE item SET name = #{name} WHERE id = #{id}");
    assertThat(call.rowCount()).isEqualTo(RowCountUse.USED);
  }

  @Test
  void findsMyBatisDeleteAndJdbiSqlUpdate() {
    String source = repository(
        "import org.apache.ibatis.annotations.Delete;\nimport org.jdbi.v3.sqlobject.statement.SqlUpdate;",
        "  @Delete(\"DELETE FROM item WHERE id = #{id}\")\n  void remove(long id);\n"
            + "  @SqlUpdate(\"UPDATE item SET name = :name WHERE id = :id\")\n  boolean rename(long id, String name);");

    assertThat(calls(source)).extracting(SqlCall::sink, SqlCall::rowCount)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("@Delete", RowCountUse.DISCARDED),
            org.assertj.core.groups.Tuple.tuple("@SqlUpdate", RowCountUse.USED));
  }

  @Test
  void ignoresAnUpdateAnnotationOfAnotherFramework() {
    assertThat(calls(repository("import com.acme.audit.Update;",
        "  @Update(\"UPDATE item SET a = 1\")\n  void touch();"))).isEmpty();
  }

  @Test
  void readsAnnotationTextFromAConstant() {
    SqlCall call = onlyCall(repository(SPRING_DATA,
        "  String RENAME = \"update Item i set i.name = :n\";\n"
            + "  @Modifying @Query(RENAME)\n  void rename(String n);"));

    assertThat(text(call.sql())).isEqualTo("{com.acme.ItemRepository.RENAME}");
  }
}
