package dev.lostguard.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.type.UnknownType;
import dev.lostguard.java.FrameworkWrites.Found;
import dev.lostguard.java.SqlSinks.CountStep;
import dev.lostguard.java.SqlSinks.MethodSink;
import dev.lostguard.java.SqlSinks.Returns;
import dev.lostguard.model.QueryLanguage;
import dev.lostguard.model.SqlText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The jOOQ adapter. A {@code DSLContext} chain ({@code dsl.update(ORDERS).set(ORDERS.STATUS, s)
 * .where(ORDERS.ID.eq(id).and(ORDERS.VERSION.eq(v))).execute()}, {@code deleteFrom}, {@code
 * insertInto(..).onDuplicateKeyUpdate()} / {@code onConflict(..).doUpdate()}) becomes the SQL it runs,
 * with generated references read by name: {@code ORDERS} (or {@code Tables.ORDERS}) is table {@code
 * orders}, {@code ORDERS.VERSION} column {@code version}, {@code ORDERS.VERSION.plus(1)} a bump. The
 * count comes from {@code execute()}. Records ({@code store()}) are {@link JooqRecords}.
 *
 * <p>Not read: conditions built in other methods or variables (they become an opaque conjunct; a
 * statement itself kept in a local and finished later is followed, {@link #throughLocal}),
 * {@code set(Record)} and {@code set(Map)} of a map built out of sight (unresolved; one built in place,
 * in the method or by a helper of the class is read, {@link JooqValueMaps}), aliases and plain-SQL templates (a value such
 * as {@code DSL.field("upper(?)", ..)} is an opaque {@code ?}; one that names the column it sets,
 * {@code field(coalesce(META, ..) + " || ?::jsonb", ..)}, is computed from it: {@code meta = meta || ?}).
 */
final class JooqWrites {

  static final Set<String> TRIGGERS = Set.of("update", "deleteFrom", "delete", "insertInto");

  private static final List<String> DSL_CONTEXTS = List.of("org.jooq.DSLContext", "org.jooq.impl.DefaultDSLContext");
  private static final Set<String> STATEMENT_STEPS =
      Set.of("set", "setNull", "where", "columns", "values", "execute", "onDuplicateKeyUpdate", "onConflict", "select");
  private static final MethodSink EXECUTE =
      new MethodSink(DSL_CONTEXTS, List.of(), 0, Returns.DEFERRED, QueryLanguage.SQL,
          List.of(new CountStep("execute", Returns.COUNT)), List.of(), List.of());
  private static final Map<String, String> COMPARISONS =
      Map.ofEntries(
          Map.entry("eq", " = "), Map.entry("equal", " = "), Map.entry("ne", " <> "), Map.entry("notEqual", " <> "),
          Map.entry("gt", " > "), Map.entry("greaterThan", " > "), Map.entry("ge", " >= "),
          Map.entry("greaterOrEqual", " >= "), Map.entry("lt", " < "), Map.entry("lessThan", " < "),
          Map.entry("le", " <= "), Map.entry("lessOrEqual", " <= "), Map.entry("like", " LIKE "),
          // lower(a) = lower(b): on a unique key (a shop's handle) it still pins the one row
          Map.entry("equalIgnoreCase", " = "), Map.entry("notEqualIgnoreCase", " <> "));

  /** {@code DSL.field("status")} names a column; {@code DSL.field("last_insert_id({0})", ..)} is a plain-SQL template. */
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*(\\.[A-Za-z_][A-Za-z0-9_$]*)*");

  private final ImportScope imports;

  JooqWrites(ImportScope imports) {
    this.imports = imports;
  }

  Optional<Found> find(MethodCallExpr call, MethodScope method) {
    String name = call.getNameAsString();
    if (call.getArguments().size() != 1 || !onDslContext(call, method)) {
      return Optional.empty();
    }
    String table = table(call.getArgument(0));
    if (table == null) {
      return Optional.of(found(call, new SqlText.Unknown("jOOQ table not named by a generated reference"), method));
    }
    List<MethodCallExpr> chain = throughLocal(call, method);
    String sql =
        switch (name) {
          case "update" -> update(table, chain, method);
          case "insertInto" -> upsert(table, chain);
          default -> delete(table, chain);
        };
    if (sql == null) {
      return name.equals("insertInto")
          ? Optional.empty() // a plain insert overwrites nothing
          : Optional.of(found(call, new SqlText.Unknown("jOOQ values not given column by column"), method));
    }
    return Optional.of(found(call, new SqlText.Literal(sql), method));
  }

  /**
   * The steps after {@code call}, also when the statement is built in a local and finished later
   * ({@code var step = dsl.update(T).set(..); if (x != null) step = step.set(..); step.where(..).execute()}):
   * every later step on that local is taken, as if each branch ran.
   */
  private static List<MethodCallExpr> throughLocal(MethodCallExpr call, MethodScope method) {
    List<MethodCallExpr> chain = new ArrayList<>(Fluent.after(call));
    MethodCallExpr last = chain.isEmpty() ? call : chain.get(chain.size() - 1);
    if (!(last.getParentNode().orElse(null) instanceof VariableDeclarator declared)
        || method.local(declared.getNameAsString()) == null) {
      return chain;
    }
    for (MethodCallExpr later : method.callsOn(declared.getNameAsString())) {
      if (Anchors.after(later, last)) {
        chain.add(later);
        chain.addAll(Fluent.after(later));
      }
    }
    return chain;
  }

  private static Found found(MethodCallExpr call, SqlText sql, MethodScope method) {
    return new Found(call, sql, "DSLContext." + call.getNameAsString(), RowCounts.of(call, EXECUTE, method));
  }

  private boolean onDslContext(MethodCallExpr call, MethodScope method) {
    Expression receiver = call.getScope().map(Fluent::unwrap).orElse(null);
    if (receiver instanceof MethodCallExpr using && using.getNameAsString().equals("using")
        && "DSL".equals(using.getScope().map(Fluent::lastIdentifier).orElse(null))) {
      return true; // DSL.using(configuration).update(..)
    }
    String type = receiver == null ? null : CallSites.typeOf(receiver, method);
    if (type == null) {
      return untypedLambdaContext(call, receiver, method);
    }
    return DSL_CONTEXTS.stream()
        .anyMatch(t -> SqlSinks.simpleName(t).equals(SqlSinks.simpleName(type)) && imports.mayDenote(type, t));
  }

  /**
   * {@code transactionResult(ds, ctx -> ctx.update(ORDERS).set(..)...)}: the parameter of an untyped
   * lambda has no declared type, and a field or accessor inherited from a superclass in another file
   * ({@code dsl.update(STYLE)} in a repository extending {@code AbstractJooqRespository}, {@code
   * dslContext().update(..)}) is not declared here at all; either counts as a {@code DSLContext} only in
   * a file that imports jOOQ, when the call names a generated table and goes on like a jOOQ statement.
   */
  private boolean untypedLambdaContext(MethodCallExpr call, Expression receiver, MethodScope method) {
    if (!imports.importsFrom("org.jooq") || table(call.getArgument(0)) == null) {
      return false;
    }
    if (inheritedAccessor(receiver)) {
      List<MethodCallExpr> chain = Fluent.after(call);
      return !chain.isEmpty() && STATEMENT_STEPS.contains(chain.get(0).getNameAsString());
    }
    if (!(receiver instanceof NameExpr name)) {
      return false;
    }
    MethodScope.Local local = method.local(name.getNameAsString());
    boolean inherited = local == null && method.type().fieldType(name.getNameAsString()) == null;
    if (!inherited && (local == null || !(local.declaration() instanceof Parameter parameter)
        || !(parameter.getType() instanceof UnknownType))) {
      return false;
    }
    List<MethodCallExpr> chain = Fluent.after(call);
    return !chain.isEmpty() && STATEMENT_STEPS.contains(chain.get(0).getNameAsString());
  }

  /** {@code dslContext().update(..)}: an accessor without arguments on this object, declared in a superclass. */
  private static boolean inheritedAccessor(Expression receiver) {
    return receiver instanceof MethodCallExpr accessor && accessor.getArguments().isEmpty()
        && accessor.getScope().map(scope -> scope.isThisExpr() || scope.isSuperExpr()).orElse(true);
  }

  private static String update(String table, List<MethodCallExpr> chain, MethodScope method) {
    List<String> assignments = new ArrayList<>();
    List<String> conditions = new ArrayList<>();
    for (MethodCallExpr step : chain) {
      if (step.getNameAsString().equals("set")) {
        List<JooqValueMaps.Entry> entries = step.getArguments().size() == 2
            ? List.of(new JooqValueMaps.Entry(step.getArgument(0), step.getArgument(1)))
            : step.getArguments().size() == 1
                ? JooqValueMaps.entries(step.getArgument(0), method).orElse(List.of())
                : List.of();
        if (entries.isEmpty() || step.getArguments().size() == 1 && !entries.stream().allMatch(e -> isField(e.field()))) {
          return null;
        }
        for (JooqValueMaps.Entry entry : entries) {
          String column = column(entry.field());
          assignments.add(column + " = " + value(column, entry.value()));
        }
      } else if (step.getNameAsString().equals("setNull") && step.getArguments().size() == 1) {
        assignments.add(column(step.getArgument(0)) + " = NULL");
      } else {
        conditions(step, conditions);
      }
    }
    return assignments.isEmpty() ? null : "UPDATE " + table + " SET " + String.join(", ", assignments) + where(conditions);
  }

  private static String delete(String table, List<MethodCallExpr> chain) {
    List<String> conditions = new ArrayList<>();
    chain.forEach(step -> conditions(step, conditions));
    return "DELETE FROM " + table + where(conditions);
  }

  /** {@code insertInto(T).set(..).onDuplicateKeyUpdate().set(..)} or {@code .onConflict(K).doUpdate().set(..).where(..)}. */
  private static String upsert(String table, List<MethodCallExpr> chain) {
    List<String> inserted = new ArrayList<>();
    List<String> updated = new ArrayList<>();
    List<String> conditions = new ArrayList<>();
    String conflict = null;
    boolean updating = false;
    for (MethodCallExpr step : chain) {
      String name = step.getNameAsString();
      if (name.equals("onDuplicateKeyUpdate")) {
        updating = true;
      } else if (name.equals("onConflict")) {
        conflict = String.join(", ", step.getArguments().stream().map(JooqWrites::column).toList());
      } else if (name.equals("doUpdate")) {
        updating = true;
      } else if (name.equals("set") && step.getArguments().size() == 2) {
        String column = column(step.getArgument(0));
        (updating ? updated : inserted).add(updating ? column + " = " + value(column, step.getArgument(1)) : column);
      } else if (name.equals("columns")) {
        step.getArguments().forEach(a -> inserted.add(column(a)));
      } else if (updating) {
        conditions(step, conditions);
      }
    }
    if (!updating || updated.isEmpty()) {
      return null;
    }
    List<String> columns = inserted.isEmpty() ? List.of("id") : inserted;
    String head = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
        + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
    if (conflict == null) {
      return head + " ON DUPLICATE KEY UPDATE " + String.join(", ", updated);
    }
    return head + " ON CONFLICT (" + (conflict.isEmpty() ? "id" : conflict) + ") DO UPDATE SET "
        + String.join(", ", updated) + where(conditions);
  }

  private static void conditions(MethodCallExpr step, List<String> conditions) {
    switch (step.getNameAsString()) {
      case "where", "and" -> step.getArguments().forEach(a -> conditions.add(condition(a)));
      case "andNot" -> step.getArguments().forEach(a -> conditions.add("NOT (" + condition(a) + ")"));
      case "or" -> {
        String left = String.join(" AND ", conditions);
        conditions.clear();
        conditions.add("(" + left + " OR " + condition(step.getArgument(0)) + ")");
      }
      default -> { }
    }
  }

  private static String where(List<String> conditions) {
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  /** A condition as SQL; what is not a comparison of a generated field reads as an opaque conjunct. */
  static String condition(Expression expression) {
    if (!(Fluent.unwrap(expression) instanceof MethodCallExpr call)) {
      return "custom_condition(?)";
    }
    String name = call.getNameAsString();
    Expression scope = call.getScope().map(Fluent::unwrap).orElse(null);
    boolean onCondition = scope instanceof MethodCallExpr inner && !isField(inner);
    if (onCondition && call.getArguments().size() == 1 && (name.equals("and") || name.equals("or"))) {
      String left = condition(scope);
      String right = condition(call.getArgument(0));
      return name.equals("and") ? left + " AND " + right : "(" + left + " OR " + right + ")";
    }
    if (scope != null && isField(scope)) {
      String column = column(scope);
      if (COMPARISONS.containsKey(name) && call.getArguments().size() == 1) {
        return column + COMPARISONS.get(name) + operand(call.getArgument(0));
      }
      switch (name) {
        case "in" -> {
          return column + " IN (?)";
        }
        case "notIn" -> {
          return column + " NOT IN (?)";
        }
        case "isNull" -> {
          return column + " IS NULL";
        }
        case "isNotNull" -> {
          return column + " IS NOT NULL";
        }
        default -> { }
      }
    }
    if (name.equals("trueCondition") || name.equals("noCondition")) {
      return "1 = 1";
    }
    return "custom_condition(?)";
  }

  /** A generated field reference ({@code ORDERS.STATUS}) or {@code DSL.field("status")}. */
  private static boolean isField(Expression expression) {
    Expression value = Fluent.unwrap(expression);
    if (value instanceof FieldAccessExpr access) {
      return generatedName(access.getNameAsString());
    }
    return value instanceof MethodCallExpr call && call.getNameAsString().equals("field")
        && call.getArguments().size() >= 1
        && Fluent.string(call.getArgument(0)).filter(name -> PLAIN_NAME.matcher(name).matches()).isPresent();
  }

  private static boolean generatedName(String identifier) {
    return !identifier.isEmpty() && identifier.equals(identifier.toUpperCase(Locale.ROOT))
        && Character.isLetter(identifier.charAt(0));
  }

  static String column(Expression expression) {
    Expression value = Fluent.unwrap(expression);
    if (value instanceof MethodCallExpr call && call.getNameAsString().equals("field") && !call.getArguments().isEmpty()) {
      return Fluent.string(call.getArgument(0)).map(s -> s.toLowerCase(Locale.ROOT)).orElse("unknown_column");
    }
    String identifier = Fluent.lastIdentifier(value);
    return identifier == null ? "unknown_column" : identifier.toLowerCase(Locale.ROOT);
  }

  private static String operand(Expression expression) {
    return isField(expression) ? column(expression) : "?";
  }

  /** {@code ORDERS.VERSION.plus(1)} assigned to {@code version} is {@code version = version + 1}. */
  private static String value(String column, Expression expression) {
    if (Fluent.unwrap(expression) instanceof MethodCallExpr call && call.getScope().isPresent()
        && isField(call.getScope().get()) && call.getArguments().size() == 1) {
      String operator =
          switch (call.getNameAsString()) {
            case "plus", "add" -> " + ";
            case "minus", "sub", "subtract" -> " - ";
            default -> null;
          };
      if (operator != null) {
        Expression amount = Fluent.unwrap(call.getArgument(0));
        boolean literal = amount instanceof IntegerLiteralExpr || amount instanceof LongLiteralExpr;
        return column(call.getScope().get()) + operator + (literal ? amount.toString() : "?");
      }
    }
    if (clock(expression)) {
      return "CURRENT_TIMESTAMP";
    }
    if (!isField(expression) && computedFromItself(column, expression)) {
      // coalesce(META, '{}') || ?::jsonb, in a plain-SQL template: computed from the row's own value, a merge
      return column + " || ?";
    }
    return operand(expression);
  }

  /** Some field reference inside the value names the column it is assigned to. */
  private static boolean computedFromItself(String column, Expression expression) {
    return Fluent.unwrap(expression).findAll(Expression.class).stream()
        .anyMatch(part -> part != expression && isField(part) && column.equals(column(part)));
  }

  private static final Set<String> DSL_CLOCKS =
      Set.of("now", "currentTimestamp", "currentLocalDateTime", "currentOffsetDateTime", "currentInstant");

  /** {@code LocalDateTime.now()}, {@code new Date()}, {@code DSL.currentTimestamp()}: the time of the write. */
  private static boolean clock(Expression expression) {
    Expression value = Fluent.unwrap(expression);
    return FixedValues.isClock(value)
        || value instanceof MethodCallExpr call && call.getArguments().isEmpty() && DSL_CLOCKS.contains(call.getNameAsString())
            && "DSL".equals(call.getScope().map(Fluent::lastIdentifier).orElse(null));
  }

  /**
   * {@code ORDERS}, {@code Tables.ORDERS}, {@code ORDERS.as("o")}, {@code DSL.table("orders")}, and a
   * field of the class that names one of those ({@code static final Orders TB = Orders.ORDERS}, {@code
   * static final Table<Record> GRUPO_TABLE = DSL.table("categoria")}: the table is {@code orders}, {@code
   * categoria}, not {@code tb} or {@code grupo_table}).
   */
  static String table(Expression expression) {
    Expression value = Fluent.unwrap(expression);
    // Follows at most a few aliases: two fields naming each other must not loop.
    for (int hops = 0; hops < 4; hops++) {
      Optional<Expression> alias = aliasedTable(value);
      if (alias.isEmpty()) {
        break;
      }
      value = alias.get();
    }
    if (value instanceof MethodCallExpr call) {
      if (call.getNameAsString().equals("as") && call.getScope().isPresent()) {
        return table(call.getScope().get());
      }
      if (call.getNameAsString().equals("table") && !call.getArguments().isEmpty()) {
        return Fluent.string(call.getArgument(0)).map(s -> s.toLowerCase(Locale.ROOT)).orElse(null);
      }
      return null;
    }
    String identifier = Fluent.lastIdentifier(value);
    return identifier != null && generatedName(identifier) ? identifier.toLowerCase(Locale.ROOT) : null;
  }

  /** The initializer of the field a simple name refers to, when it is a final field naming another table. */
  private static Optional<Expression> aliasedTable(Expression value) {
    if (!(value instanceof NameExpr name)) {
      return Optional.empty();
    }
    String identifier = name.getNameAsString();
    for (Node node = name.getParentNode().orElse(null); node != null; node = node.getParentNode().orElse(null)) {
      if (node instanceof TypeDeclaration<?> type) {
        Optional<Expression> initializer = type.getFieldByName(identifier)
            .filter(FieldDeclaration::isFinal)
            .flatMap(field -> field.getVariables().stream()
                .filter(v -> v.getNameAsString().equals(identifier)).findFirst())
            .flatMap(VariableDeclarator::getInitializer)
            .map(Fluent::unwrap)
            .filter(init -> init instanceof FieldAccessExpr
                || init instanceof MethodCallExpr call
                    && (call.getNameAsString().equals("as") || call.getNameAsString().equals("table"))
                || init instanceof NameExpr other && !other.getNameAsString().equals(identifier));
        if (initializer.isPresent()) {
          return initializer;
        }
      }
    }
    return Optional.empty();
  }
}
