package dev.lostguard.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns one {@link WriteSite} and its table's facts into {@link SiteFacts}. */
final class WriteAnalysis {

  private static final Set<Operator> STATE_COMPARISONS =
      Set.of(Operator.EQ, Operator.NE, Operator.IN, Operator.IS_NULL, Operator.IS_NOT_NULL);

  private final AnalysisSettings settings;

  WriteAnalysis(AnalysisSettings settings) {
    this.settings = settings;
  }

  SiteFacts analyse(WriteSite site, TableFacts table) {
    List<Predicate> checks = new ArrayList<>(site.where().conjuncts());
    checks.addAll(site.guard());
    Predicate versionCheck = null;
    Predicate weakVersionCheck = null;
    if (table.versionColumn() != null) {
      for (Predicate p : checks) {
        if (!table.isVersionColumn(p.column()) || p.valueKind() == ValueKind.COLUMN && isSelf(p)) {
          continue;
        }
        if (p.operator() == Operator.EQ) {
          versionCheck = versionCheck == null ? p : versionCheck;
        } else if (weakVersionCheck == null) {
          weakVersionCheck = p;
        }
      }
    }
    return new SiteFacts(
        site,
        table,
        singleRow(site, table, settings),
        versionCheck,
        weakVersionCheck,
        bump(site, table, versionCheck),
        timestampCheck(checks, table),
        editableColumns(site, table),
        exemption(site, table),
        softDelete(site),
        parameterized(site),
        site.role() == SourceRole.APPLICATION || site.role() == SourceRole.TEST && settings.includeTests());
  }

  /** {@code ?}, {@code :name} (not a {@code ::cast}), {@code ?1}, {@code $1}, {@code #{x}}, {@code ${x}}. */
  private static final Pattern BIND_MARKER = Pattern.compile("\\?|(?<!:):[A-Za-z_]|#\\{|\\$\\{|\\$\\d");

  private static boolean parameterized(WriteSite site) {
    for (Assignment a : site.assignments()) {
      if (a.kind() == ValueKind.PARAMETER || a.kind() != ValueKind.LITERAL && hasBindMarker(a.valueText())) {
        return true;
      }
    }
    List<Predicate> predicates = new ArrayList<>(site.where().conjuncts());
    predicates.addAll(site.guard());
    for (Predicate p : predicates) {
      if (p.valueKind() == ValueKind.PARAMETER || p.valueKind() != ValueKind.LITERAL && hasBindMarker(p.valueText())) {
        return true;
      }
    }
    return site.where().opaque() && hasBindMarker(site.text());
  }

  private static boolean hasBindMarker(String text) {
    return text != null && BIND_MARKER.matcher(text).find();
  }

  /** {@code version = version}: compares nothing. A qualified other side ({@code EXCLUDED.version}) does. */
  private static boolean isSelf(Predicate p) {
    return p.valueText() != null && p.valueText().strip().toLowerCase(Locale.ROOT).equals(p.column());
  }

  /**
   * The write pins one row: every column of the primary key or of a unique key (a soft-delete column
   * of the key aside: {@code UNIQUE (experiment_id, is_delete)} keeps one live row per id), the
   * identifier the table's mapped entity declares ({@code @TableId}, {@code @Id}), a {@code uuid}, or
   * with no declared key an {@code id}.
   */
  static boolean singleRow(WriteSite site, TableFacts table, AnalysisSettings settings) {
    if (site.kind() == WriteKind.UPSERT || site.kind() == WriteKind.MERGE || site.kind() == WriteKind.REPLACE) {
      return true;
    }
    Set<String> pinned = new HashSet<>();
    for (Predicate p : site.where().conjuncts()) {
      if (p.operator() == Operator.EQ && p.valueKind() != ValueKind.COLUMN) {
        pinned.add(p.column());
      }
    }
    if (pinned.isEmpty()) {
      return false;
    }
    if (pinned.contains("uuid") || pinned.contains("guid")) {
      return true; // a row's own public identifier, unique whether or not the DDL says so
    }
    String mappedId = table.entity().map(ResolvedEntity::idColumn).orElse(null);
    if (mappedId != null && pinned.contains(mappedId)) {
      return true; // the entity's identifier, whatever wider key the DDL declares (PRIMARY KEY (uid, oid))
    }
    if (table.definition().isPresent()) {
      TableDefinition definition = table.definition().get();
      if (!definition.primaryKey().isEmpty() && pinned.containsAll(definition.primaryKey())) {
        return true;
      }
      for (List<String> unique : definition.uniqueKeys()) {
        if (unique.stream().allMatch(c -> pinned.contains(c) || settings.isSoftDeleteColumn(c))
            && unique.stream().anyMatch(pinned::contains)) {
          return true;
        }
      }
      if (!definition.primaryKey().isEmpty()) {
        return false;
      }
    }
    return pinned.contains("id") || pinned.contains(table.name() + "_id") || pinned.contains(singular(table.name()) + "_id");
  }

  private static String singular(String table) {
    if (table.endsWith("ies")) {
      return table.substring(0, table.length() - 3) + "y";
    }
    if (table.endsWith("ses") || table.endsWith("xes")) {
      return table.substring(0, table.length() - 2);
    }
    return table.endsWith("s") ? table.substring(0, table.length() - 1) : table;
  }

  private static VersionBump bump(WriteSite site, TableFacts table, Predicate versionCheck) {
    if (table.versionColumn() == null) {
      return VersionBump.NONE;
    }
    if (databaseBumpsVersion(table) || site.implicitVersionBump()) {
      return VersionBump.INCREMENT;
    }
    for (Assignment a : site.assignments()) {
      if (!table.isVersionColumn(a.column())) {
        continue;
      }
      if (a.incrementsSelf()) {
        return VersionBump.INCREMENT;
      }
      if (a.kind() == ValueKind.NOW) {
        return VersionBump.NOW;
      }
      if (a.kind() == ValueKind.COLUMN && a.referencesSelf() || sameAsCompared(a, versionCheck)) {
        return VersionBump.SAME_AS_COMPARED;
      }
      return VersionBump.ASSIGNED;
    }
    return VersionBump.NONE;
  }

  /** SQL Server's {@code rowversion} changes on every write by itself. */
  private static boolean databaseBumpsVersion(TableFacts table) {
    return table.definition()
        .flatMap(d -> d.column(table.versionColumn()))
        .map(c -> c.type() != null && c.type().toLowerCase(Locale.ROOT).startsWith("rowversion"))
        .orElse(false);
  }

  /** {@code SET version = :v ... WHERE version = :v}: positional {@code ?} cannot be told apart. */
  private static boolean sameAsCompared(Assignment a, Predicate versionCheck) {
    if (versionCheck == null || a.kind() != versionCheck.valueKind()) {
      return false;
    }
    if (a.parameterName() != null) {
      return a.parameterName().equals(versionCheck.parameterName());
    }
    return a.kind() == ValueKind.LITERAL && Objects.equals(a.valueText(), versionCheck.valueText());
  }

  private Predicate timestampCheck(List<Predicate> checks, TableFacts table) {
    for (Predicate p : checks) {
      if (p.operator() != Operator.EQ || table.isVersionColumn(p.column())) {
        continue;
      }
      if (p.valueKind() != ValueKind.PARAMETER && p.valueKind() != ValueKind.LITERAL) {
        continue;
      }
      if (settings.isTimestampName(p.column())) {
        return p;
      }
    }
    return null;
  }

  private List<String> editableColumns(WriteSite site, TableFacts table) {
    Set<String> stateCompared = stateComparedColumns(site);
    List<String> editable = new ArrayList<>();
    for (Assignment a : site.assignments()) {
      String column = a.column();
      if (table.isVersionColumn(column)
          || bookkeeping(table, column)
          || settings.isLeaseColumn(column)
          || a.referencesSelf()
          || stateCompared.contains(column)) {
        continue;
      }
      if (!editable.contains(column)) {
        editable.add(column);
      }
    }
    return List.copyOf(editable);
  }

  private boolean bookkeeping(TableFacts table, String column) {
    return settings.isBookkeeping(column) || table.entityBookkeepingColumns().contains(column);
  }

  private static Set<String> stateComparedColumns(WriteSite site) {
    Set<String> compared = new HashSet<>();
    for (Predicate p : site.where().conjuncts()) {
      if (STATE_COMPARISONS.contains(p.operator())) {
        compared.add(p.column());
      }
    }
    for (Predicate p : site.guard()) {
      if (STATE_COMPARISONS.contains(p.operator())) {
        compared.add(p.column());
      }
    }
    return compared;
  }

  private Exemption exemption(WriteSite site, TableFacts table) {
    // A REPLACE deletes the row first: every column it does not list is reset, so nothing it writes is harmless.
    if (site.kind() == WriteKind.DELETE || site.kind() == WriteKind.REPLACE || site.assignments().isEmpty()) {
      return Exemption.NONE;
    }
    if (!editableColumns(site, table).isEmpty() || softDelete(site)) {
      return Exemption.NONE;
    }
    if (site.assignments().stream().anyMatch(a -> settings.isLeaseColumn(a.column()))) {
      return Exemption.LEASE;
    }
    Set<String> stateCompared = stateComparedColumns(site);
    boolean compareAndSet = false;
    boolean relative = false;
    for (Assignment a : site.assignments()) {
      if (table.isVersionColumn(a.column()) || bookkeeping(table, a.column())) {
        continue;
      }
      if (a.referencesSelf()) {
        relative = true;
      } else if (stateCompared.contains(a.column())) {
        compareAndSet = true;
      }
    }
    if (compareAndSet) {
      return Exemption.COMPARE_AND_SET;
    }
    return relative ? Exemption.RELATIVE_UPDATE : Exemption.BOOKKEEPING_ONLY;
  }

  /**
   * The statement also writes a column that is neither the soft-delete mark nor bookkeeping: a save
   * that carries the mark's current value ({@code SET name = ?, deleted = ? WHERE id = ?}), not a delete.
   */
  private boolean savesOtherColumns(WriteSite site, String mark) {
    return site.assignments().stream()
        .map(Assignment::column)
        .anyMatch(c -> !c.equals(mark) && !settings.isSoftDeleteColumn(c) && !settings.isBookkeeping(c)
            && !settings.isTimestampName(c));
  }

  private boolean softDelete(WriteSite site) {
    if (site.kind() != WriteKind.UPDATE) {
      return false;
    }
    for (Assignment a : site.assignments()) {
      String value = a.valueText() == null ? "" : a.valueText().trim().toUpperCase(Locale.ROOT);
      value = value.replace("'", "").replace("\"", "");
      if (settings.isSoftDeleteColumn(a.column())
          && !(a.kind() == ValueKind.LITERAL && Set.of("FALSE", "0", "NULL", "N").contains(value))
          && (a.kind() == ValueKind.LITERAL || a.kind() == ValueKind.NOW || !savesOtherColumns(site, a.column()))) {
        return true;
      }
      if (settings.isSoftDeleteStatusColumn(a.column())
          && a.kind() == ValueKind.LITERAL
          && settings.softDeleteValues().contains(value)) {
        return true;
      }
    }
    return false;
  }
}
