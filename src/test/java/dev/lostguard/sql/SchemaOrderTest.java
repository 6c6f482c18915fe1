package dev.lostguard.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.ColumnDefinition;
import dev.lostguard.model.FileFacts;
import dev.lostguard.model.Location;
import dev.lostguard.model.SchemaChange;
import dev.lostguard.model.SchemaChange.AddColumn;
import dev.lostguard.model.SchemaChange.CreateTable;
import dev.lostguard.model.SchemaInclude;
import dev.lostguard.model.SourceRole;
import dev.lostguard.model.TypeCategory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaOrderTest {

  private static FileFacts file(String path, List<SchemaChange> changes, SchemaInclude... includes) {
    return FileFacts.ofSql(path, SourceRole.MIGRATION, changes.size(), 0, changes, List.of(), List.of())
        .withIncludes(List.of(includes));
  }

  private static SchemaChange create(String table) {
    return new CreateTable(table, false, List.of(), List.of(), List.of(), Location.point("x", 1, 1));
  }

  private static SchemaChange add(String table, String column) {
    return new AddColumn(table, new ColumnDefinition(column, "INT", TypeCategory.INTEGRAL, Location.point("x", 1, 1)));
  }

  private static SchemaInclude include(String target, boolean relative, int position) {
    return new SchemaInclude(target, relative, false, position, Location.point("x", 1, 1));
  }

  @Test
  void followsTheMasterChangelogsIncludeOrderOverPathOrder() {
    List<FileFacts> files = List.of(
        file("res/db/changelog/add-version.xml", List.of(add("a", "version"))),
        file("res/db/changelog/create-tables.xml", List.of(create("a"))),
        file("res/db/changelog/master.xml", List.of(),
            include("create-tables.xml", true, 0), include("db/changelog/add-version.xml", false, 0)));

    assertThat(SchemaOrder.changes(files)).containsExactly(create("a"), add("a", "version"));
  }

  @Test
  void aTeardownScriptBesideTheCreatesIsNotAppliedButANumberedDropStepIs() {
    List<FileFacts> files = List.of(
        file("sql/main_create_tables.sql", List.of(create("a"), create("b"))),
        file("sql/main_drop_all.sql", List.of(new SchemaChange.DropTable("a"), new SchemaChange.DropTable("b"))),
        file("db/migration/V1__create.sql", List.of(create("c"))),
        file("db/migration/V2__drop_c.sql", List.of(new SchemaChange.DropTable("c"))));

    assertThat(SchemaOrder.changes(files))
        .containsExactly(create("a"), create("b"), create("c"), new SchemaChange.DropTable("c"));
  }

  @Test
  void appliesPathOrderWhenNoChangelogIncludesTheFiles() {
    List<FileFacts> files = List.of(
        file("db/changelog/002-add.xml", List.of(add("a", "version"))),
        file("db/changelog/001-create.xml", List.of(create("a"))));

    assertThat(SchemaOrder.changes(files)).containsExactly(create("a"), add("a", "version"));
  }

  @Test
  void appliesAnSqlFileAtItsPlaceAmongTheChangelogsOwnChangesAndOnlyOnce() {
    List<FileFacts> files = List.of(
        file("db/changelog/changes.xml", List.of(create("b"), add("a", "version")),
            include("sql/create-a.sql", true, 1)),
        file("db/changelog/sql/create-a.sql", List.of(create("a"))));

    assertThat(SchemaOrder.changes(files)).containsExactly(create("b"), create("a"), add("a", "version"));
  }

  @Test
  void includeAllTakesTheFolderInPathOrderAndCyclesEnd() {
    List<FileFacts> files = new ArrayList<>(List.of(
        file("db/master.yaml", List.of(),
            new SchemaInclude("db/changes", false, true, 0, Location.point("x", 1, 1))),
        file("db/changes/02.yaml", List.of(add("a", "version")), include("01.yaml", true, 0)),
        file("db/changes/01.yaml", List.of(create("a")), include("02.yaml", true, 1)),
        file("db/other/x.yaml", List.of(create("z")))));

    assertThat(SchemaOrder.changes(files)).containsExactly(create("a"), add("a", "version"), create("z"));
  }
}
