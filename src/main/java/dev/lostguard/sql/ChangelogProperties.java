package dev.lostguard.sql;

import dev.lostguard.model.ColumnDefinition;
import dev.lostguard.model.SchemaChange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Liquibase changelog properties ({@code <property name="id.type" value="BIGINT"/>}) applied to the
 * column types that name them ({@code type="${id.type}"}). Properties usually live in a file of their
 * own that the master changelog includes, so they are resolved once every changelog is read. Of several
 * values for different databases, one for every database wins, then PostgreSQL's, MySQL's, H2's, then
 * the first declared: the type's family (number, text, time) rarely differs between them.
 */
public final class ChangelogProperties {

  private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]+)}");
  private static final List<String> PREFERRED = List.of("postgresql", "mysql", "h2");
  private static final int MAX_DEPTH = 5;

  private ChangelogProperties() {}

  /** The changes with property references in column types resolved, and the properties themselves left out. */
  public static List<SchemaChange> resolve(List<SchemaChange> changes) {
    Map<String, SchemaChange.ChangelogProperty> chosen = new HashMap<>();
    for (SchemaChange change : changes) {
      if (change instanceof SchemaChange.ChangelogProperty property
          && rank(property) < rankOf(chosen.get(property.name()))) {
        chosen.put(property.name(), property);
      }
    }
    Map<String, String> values = new HashMap<>();
    chosen.forEach((name, property) -> values.put(name, property.value()));
    List<SchemaChange> resolved = new ArrayList<>(changes.size());
    for (SchemaChange change : changes) {
      if (change instanceof SchemaChange.ChangelogProperty) {
        continue;
      }
      resolved.add(values.isEmpty() ? change : resolved(change, values));
    }
    return resolved;
  }

  private static int rankOf(SchemaChange.ChangelogProperty property) {
    return property == null ? Integer.MAX_VALUE : rank(property);
  }

  /** Lower is preferred: every database, then PostgreSQL, MySQL, H2, then anything else. */
  private static int rank(SchemaChange.ChangelogProperty property) {
    if (property.dbms() == null || property.dbms().isBlank()) {
      return 0;
    }
    String dbms = property.dbms().toLowerCase(Locale.ROOT);
    for (int i = 0; i < PREFERRED.size(); i++) {
      if (dbms.contains(PREFERRED.get(i))) {
        return i + 1;
      }
    }
    return PREFERRED.size() + 1;
  }

  private static SchemaChange resolved(SchemaChange change, Map<String, String> values) {
    if (change instanceof SchemaChange.CreateTable create) {
      return new SchemaChange.CreateTable(create.table(), create.ifNotExists(),
          create.columns().stream().map(c -> resolved(c, values)).toList(), create.primaryKey(), create.uniqueKeys(),
          create.location());
    }
    if (change instanceof SchemaChange.AddColumn add) {
      return new SchemaChange.AddColumn(add.table(), resolved(add.column(), values));
    }
    if (change instanceof SchemaChange.ChangeColumnType retype && references(retype.type())) {
      String type = substitute(retype.type(), values);
      return new SchemaChange.ChangeColumnType(retype.table(), retype.column(), type, ColumnTypes.categorize(type));
    }
    return change;
  }

  private static ColumnDefinition resolved(ColumnDefinition column, Map<String, String> values) {
    if (!references(column.type())) {
      return column;
    }
    String type = substitute(column.type(), values);
    return new ColumnDefinition(column.name(), type, ColumnTypes.categorize(type), column.location());
  }

  private static boolean references(String type) {
    return type != null && type.contains("${");
  }

  /** {@code ${id.type}} replaced by its value, nested references too; unknown ones stay as written. */
  private static String substitute(String type, Map<String, String> values) {
    String text = type;
    for (int depth = 0; depth < MAX_DEPTH && references(text); depth++) {
      Matcher reference = REFERENCE.matcher(text);
      String next = reference.replaceAll(m -> Matcher.quoteReplacement(values.getOrDefault(m.group(1).strip(), m.group())));
      if (next.equals(text)) {
        break;
      }
      text = next;
    }
    return text;
  }
}
