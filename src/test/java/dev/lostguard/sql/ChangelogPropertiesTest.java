package dev.lostguard.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.ColumnDefinition;
import dev.lostguard.model.SchemaChange;
import dev.lostguard.model.TypeCategory;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangelogPropertiesTest {

  private static SchemaChange.AddColumn column(String type) {
    return new SchemaChange.AddColumn("t", new ColumnDefinition("c", type, ColumnTypes.categorize(type), null));
  }

  @Test
  void aValueForEveryDatabaseWinsThenPostgresqlAndPropertiesLeaveTheList() {
    List<SchemaChange> resolved = ChangelogProperties.resolve(List.of(
        column("${a.type}"),
        new SchemaChange.ChangelogProperty("a.type", "varchar2(10)", "oracle"),
        new SchemaChange.ChangelogProperty("a.type", "TEXT", "postgresql"),
        column("${b.type}"),
        new SchemaChange.ChangelogProperty("b.type", "${a.type}", null),
        new SchemaChange.ChangelogProperty("b.type", "INT", "mysql"),
        column("${missing}")));

    assertThat(resolved).hasSize(3).allMatch(c -> c instanceof SchemaChange.AddColumn);
    assertThat(resolved).extracting(c -> ((SchemaChange.AddColumn) c).column().type())
        .containsExactly("TEXT", "TEXT", "${missing}");
    assertThat(((SchemaChange.AddColumn) resolved.get(2)).column().category()).isEqualTo(TypeCategory.UNKNOWN);
  }
}
