package dev.lostguard.sql;

import dev.lostguard.model.ErrorKind;
import dev.lostguard.model.FileFacts;
import dev.lostguard.model.Location;
import dev.lostguard.model.ProcessingError;
import dev.lostguard.model.SchemaChange;
import dev.lostguard.model.SchemaInclude;
import dev.lostguard.model.SourceRole;
import dev.lostguard.model.WriteSite;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The Liquibase front-end for one XML, YAML or JSON file. A file is a changelog when its first bytes
 * name the {@code databaseChangeLog} root; any other file of these types gives no facts and costs only
 * that look. Changes become {@link SchemaChange}s in file order, inline {@code sql} goes through the
 * SQL front-end (its DDL and writes count like a script's), and {@code include}, {@code includeAll}
 * and {@code sqlFile} are recorded as {@link SchemaInclude}s for the project-wide order. Rollback
 * blocks and preconditions are not changes and are skipped.
 */
public final class LiquibaseChangelogAnalyzer {

  /** How much of a file is searched for the changelog root. */
  public static final int SNIFF_BYTES = 2048;

  /** The root element (XML) or key (YAML, JSON) of every changelog. */
  public static final String ROOT = "databaseChangeLog";
  private static final Set<String> NOT_CHANGES =
      Set.of("rollback", "preConditions", "precondition", "comment", "validCheckSum", "modifySql", "tagDatabase");

  private final SqlFileAnalyzer sql;

  public LiquibaseChangelogAnalyzer() {
    this(new SqlFileAnalyzer());
  }

  public LiquibaseChangelogAnalyzer(SqlFileAnalyzer sql) {
    this.sql = sql;
  }

  /** Whether a file of this name may be a Liquibase changelog (XML, YAML or JSON). */
  public static boolean mayRead(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    return name.endsWith(".xml") || name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
  }

  /** Whether the text looks like a changelog: its root is named within the first {@link #SNIFF_BYTES}. */
  public static boolean isChangelog(String content) {
    return content.substring(0, Math.min(content.length(), SNIFF_BYTES)).contains(ROOT);
  }

  public FileFacts analyze(String path, String content, SourceRole role) {
    if (!isChangelog(content)) {
      return FileFacts.ofSql(path, role, 0, 0, List.of(), List.of(), List.of());
    }
    ChangelogNode root;
    try {
      String name = path.toLowerCase(Locale.ROOT);
      root = name.endsWith(".xml") ? ChangelogXml.read(content)
          : name.endsWith(".json") ? ChangelogData.readJson(content)
          : ChangelogData.readYaml(content);
    } catch (ChangelogException e) {
      return FileFacts.ofSql(path, role, 0, 0, List.of(), List.of(), List.of(new ProcessingError(
          ErrorKind.PARSE_CHANGELOG, path, e.line(), "could not read Liquibase changelog: " + e.getMessage(), null)));
    }
    if (!ROOT.equals(root.name())) {
      return FileFacts.ofSql(path, role, 0, 0, List.of(), List.of(), List.of());
    }
    return new Reading(path, content, role).read(root);
  }

  /** The facts of one changelog as they accumulate, in file order. */
  private final class Reading {
    private final String path;
    private final String[] lines;
    private final SourceRole role;
    private final LiquibaseChanges changes;
    private final List<SchemaChange> schema = new ArrayList<>();
    private final List<WriteSite> writes = new ArrayList<>();
    private final List<ProcessingError> errors = new ArrayList<>();
    private final List<SchemaInclude> includes = new ArrayList<>();
    private int statements;
    private int unparsed;

    Reading(String path, String content, SourceRole role) {
      this.path = path;
      this.lines = content.split("\r\n|\r|\n", -1);
      this.role = role;
      this.changes = new LiquibaseChanges(this::at);
    }

    FileFacts read(ChangelogNode root) {
      for (ChangelogNode child : root.children()) {
        switch (child.name()) {
          case "changeSet" ->
              child.children().stream().filter(c -> !NOT_CHANGES.contains(c.name())).forEach(this::change);
          case "include", "includeAll" -> include(child);
          case "property" -> property(child);
          default -> { }
        }
      }
      return FileFacts.ofSql(path, role, statements, unparsed, List.copyOf(schema), List.copyOf(writes),
          List.copyOf(errors)).withIncludes(includes);
    }

    private void change(ChangelogNode change) {
      switch (change.name()) {
        case "sql" -> inlineSql(change);
        case "sqlFile" -> include(change);
        default -> {
          statements++;
          schema.addAll(changes.of(change));
        }
      }
    }

    /** {@code <property name="id.type" value="BIGINT" dbms="postgresql"/>}. */
    private void property(ChangelogNode node) {
      String name = node.attribute("name");
      String value = node.attribute("value");
      if (name != null && !name.isBlank() && value != null && !value.isBlank()) {
        schema.add(new SchemaChange.ChangelogProperty(name.strip(), value.strip(), node.attribute("dbms")));
      }
    }

    private void include(ChangelogNode node) {
      boolean folder = node.name().equals("includeAll");
      String target = node.attribute(folder || node.name().equals("sqlFile") ? "path" : "file");
      if (target == null || target.isBlank() || target.contains("${")) {
        return;
      }
      includes.add(new SchemaInclude(target.strip(), node.flag("relativeToChangelogFile"), folder, schema.size(),
          at(node.line())));
    }

    /** Inline SQL, padded so the SQL front-end's lines are the changelog's lines. */
    private void inlineSql(ChangelogNode change) {
      String text = change.attribute("sql") != null ? change.attribute("sql") : change.text();
      if (text == null || text.isBlank()) {
        return;
      }
      FileFacts facts = sql.analyze(path, "\n".repeat(Math.max(0, change.textLine() - 1)) + text, role);
      statements += facts.statements();
      unparsed += facts.statementsUnparsed();
      schema.addAll(facts.schemaChanges());
      writes.addAll(facts.writeSites());
      errors.addAll(facts.errors());
    }

    /** A line of this file, at its first non-blank column. */
    private Location at(int line) {
      String text = line >= 1 && line <= lines.length ? lines[line - 1] : "";
      int column = 1;
      while (column <= text.length() && Character.isWhitespace(text.charAt(column - 1))) {
        column++;
      }
      return Location.point(path, line, column > text.length() ? 1 : column);
    }
  }
}
