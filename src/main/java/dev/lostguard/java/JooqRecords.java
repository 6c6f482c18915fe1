package dev.lostguard.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import dev.lostguard.java.FrameworkWrites.Found;
import dev.lostguard.model.MappedWrite;
import dev.lostguard.model.MappedWrite.Term;
import dev.lostguard.model.PhysicalNaming;
import dev.lostguard.model.RowCountUse;
import dev.lostguard.model.SqlText;
import dev.lostguard.model.WriteKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * jOOQ's {@code UpdatableRecord}: {@code store()}, {@code update()} or {@code delete()} of a variable
 * typed {@code XxxRecord} (from a generated {@code ...records} package) or loaded with {@code
 * fetchOne(T, ..)}, {@code selectFrom(T)...}, is a {@link MappedWrite} of the record's table by id,
 * setting what its setters set; guarded only where the project switches on {@code
 * executeWithOptimisticLocking}. jOOQ then throws {@code DataChangedException}, so the count is not
 * the guard. {@code store()} of a {@code newRecord}, of a {@code copy()} or of a record created with
 * {@code new} inserts and is no write. {@code dsl.executeUpdate(record)}
 * (or with a condition on the record's id) writes the same row.
 */
final class JooqRecords {

  static final Set<String> TRIGGERS = Set.of("store", "update", "delete", "executeUpdate", "executeDelete");

  private static final Set<String> RECORD_SOURCES =
      Set.of("newRecord", "fetchOne", "fetchSingle", "fetchAny", "fetchOptional", "selectFrom");

  private final ImportScope imports;

  JooqRecords(ImportScope imports) {
    this.imports = imports;
  }

  Optional<Found> find(MethodCallExpr call, MethodScope method) {
    String operation = call.getNameAsString();
    if (operation.startsWith("execute")) {
      return executed(call, method);
    }
    Optional<Found> fromPojo = newRecordOfPojo(call, operation);
    if (fromPojo.isPresent()) {
      return fromPojo;
    }
    if (!call.getArguments().isEmpty()
        || !(call.getScope().map(Fluent::unwrap).orElse(null) instanceof NameExpr variable)) {
      return Optional.empty();
    }
    return record(call, variable, operation, "UpdatableRecord." + operation, method)
        // With optimistic locking on, a conflict throws DataChangedException: the count is not the guard.
        .map(write -> new Found(call, new SqlText.Mapped(write), "UpdatableRecord." + operation, RowCountUse.UNKNOWN));
  }

  /**
   * {@code dsl.newRecord(CUSTOMER, customer).update()}: a record made from a POJO the request sent,
   * written back by its key, every column the table has ({@code store()} of it inserts: no write).
   */
  private Optional<Found> newRecordOfPojo(MethodCallExpr call, String operation) {
    if (!call.getArguments().isEmpty() || !(operation.equals("update") || operation.equals("delete"))
        || !(call.getScope().map(Fluent::unwrap).orElse(null) instanceof MethodCallExpr created)
        || !created.getNameAsString().equals("newRecord") || created.getArguments().size() != 2) {
      return Optional.empty();
    }
    String table = JooqWrites.table(created.getArgument(0));
    if (table == null) {
      return Optional.empty();
    }
    WriteKind kind = operation.equals("delete") ? WriteKind.DELETE : WriteKind.UPDATE;
    List<Term> set = kind == WriteKind.UPDATE ? List.of(Term.EVERY_COLUMN) : List.of();
    MappedWrite write = new MappedWrite(MappedWrite.Framework.JOOQ, kind, List.of(), List.of(), table, set, List.of(),
        true, true);
    return Optional.of(new Found(call, new SqlText.Mapped(write), "UpdatableRecord." + operation, RowCountUse.UNKNOWN));
  }

  /**
   * {@code dsl.executeUpdate(record)} and {@code dsl.executeUpdate(record, T.ID.eq(id))} (also
   * {@code executeDelete}): the record's row by its key. Another condition may pin many rows or none,
   * so it is not read.
   */
  private Optional<Found> executed(MethodCallExpr call, MethodScope method) {
    int arity = call.getArguments().size();
    if (arity < 1 || arity > 2 || !(Fluent.unwrap(call.getArgument(0)) instanceof NameExpr variable)
        || arity == 2 && !byId(call.getArgument(1))) {
      return Optional.empty();
    }
    String operation = call.getNameAsString().equals("executeDelete") ? "delete" : "update";
    // No optimistic locking here (only UpdatableRecord's own store/update/delete do it): the count is the caller's.
    return record(call, variable, operation, "DSLContext." + call.getNameAsString(), method)
        .map(write -> new MappedWrite(write.framework(), write.kind(), write.entity(), write.receiver(), write.table(),
            write.set(), write.where(), write.byId(), false))
        .map(write -> new Found(call, new SqlText.Mapped(write), "DSLContext." + call.getNameAsString(),
            RowCounts.of(call, RowCounts.RETURNED, method)));
  }

  /** Receivers worth a look for a generated DAO: the DAO itself, or a project class named as one that may extend it. */
  private static final Pattern DAO_LIKE = Pattern.compile(".*(Dao|DAO|Repository|Repo|Store)");

  /**
   * {@code articleDao.update(article)}, {@code articleDao.delete(article)}: a jOOQ generated DAO
   * ({@code DAOImpl}, in a {@code ...daos} package) writes every column of the POJOs it is handed,
   * by id, through {@code UpdatableRecord}s (so optimistic locking applies when it is on). The
   * receiver's type is kept for the scan, which knows whether it is such a DAO or a project class
   * extending one ({@code ArticlePortalRepository extends ArticleDao}); anything else is no write.
   * Looked for besides the other frameworks' writes of the same call: only one of them renders.
   */
  Optional<Found> daoWrite(MethodCallExpr call, MethodScope method) {
    String operation = call.getNameAsString();
    if (!operation.equals("update") && !operation.equals("delete") || call.getArguments().size() != 1) {
      return Optional.empty();
    }
    Expression scope = call.getScope().map(Fluent::unwrap).orElse(null);
    String name = scope instanceof NameExpr variable ? variable.getNameAsString()
        : scope instanceof FieldAccessExpr field && field.getScope() instanceof ThisExpr ? field.getNameAsString() : null;
    if (name == null) {
      return Optional.empty();
    }
    MethodScope.Local local = scope instanceof NameExpr ? method.local(name) : null;
    String type = local != null ? local.type() : method.type().fieldType(name);
    if (type == null || !DAO_LIKE.matcher(SqlSinks.simpleName(type)).matches()) {
      return Optional.empty();
    }
    WriteKind kind = operation.equals("delete") ? WriteKind.DELETE : WriteKind.UPDATE;
    MappedWrite write = new MappedWrite(MappedWrite.Framework.JOOQ, kind, List.of(), imports.typeCandidates(type),
        null, List.of(), List.of(), true, true);
    return Optional.of(new Found(call, new SqlText.Mapped(write), "DAOImpl." + operation, RowCountUse.UNKNOWN));
  }

  /** {@code ORDERS.ID.eq(id)}, {@code ORDERS.ID.equal(id)}. */
  private static boolean byId(Expression condition) {
    return Fluent.unwrap(condition) instanceof MethodCallExpr call
        && (call.getNameAsString().equals("eq") || call.getNameAsString().equals("equal"))
        && call.getArguments().size() == 1
        && call.getScope().map(JooqWrites::column).filter("id"::equals).isPresent();
  }

  /** The write of the record {@code variable} holds: its table by id, what its setters set. */
  private Optional<MappedWrite> record(MethodCallExpr call, NameExpr variable, String operation, String sink,
      MethodScope method) {
    String name = variable.getNameAsString();
    MethodScope.Local local = method.local(name);
    String type = local != null ? local.type() : method.type().fieldType(name);
    Expression initializer = local == null ? null : local.initializer();
    MethodCallExpr source = recordSource(initializer);
    String table = source != null ? JooqWrites.table(source.getArgument(0)) : null;
    if (table == null && type != null && type.endsWith("Record") && type.length() > "Record".length()
        && imports.typeCandidates(type).get(0).contains(".records.")) {
      String simple = SqlSinks.simpleName(type);
      table = PhysicalNaming.snakeCase(simple.substring(0, simple.length() - "Record".length()));
    }
    if (table == null) {
      return Optional.empty();
    }
    if (operation.equals("store") && (source != null && source.getNameAsString().equals("newRecord")
        || created(initializer) || createdBefore(name, call, method))) {
      return Optional.empty(); // store() of a new record inserts it
    }
    List<Term> set = new ArrayList<>();
    for (MethodCallExpr later : method.callsOn(name)) {
      String property = Fluent.setterProperty(later.getNameAsString());
      if (property != null && later.getArguments().size() == 1) {
        set.add(Term.parameter(property));
      } else if ((later.getNameAsString().equals("set") || later.getNameAsString().equals("setValue"))
          && later.getArguments().size() == 2) {
        set.add(Term.parameter(JooqWrites.column(later.getArgument(0))));
      }
    }
    WriteKind kind = operation.equals("delete") ? WriteKind.DELETE : WriteKind.UPDATE;
    if (kind == WriteKind.UPDATE && source != null && source.getNameAsString().equals("newRecord")
        && source.getArguments().size() == 2) {
      set.add(Term.EVERY_COLUMN); // newRecord(CUSTOMER, customer): every column the POJO brings
    }
    return Optional.of(
        new MappedWrite(MappedWrite.Framework.JOOQ, kind, List.of(), List.of(), table, List.copyOf(set), List.of(), true,
            true));
  }

  /**
   * {@code lo = dsl.newRecord(LOCALES);} in a block that holds {@code lo.store()}, before it: after a
   * lookup that found nothing, the record stored is a new one.
   */
  private static boolean createdBefore(String name, MethodCallExpr store, MethodScope method) {
    for (Node at : method.assignmentsOf(name)) {
      if (at instanceof AssignExpr assign && assign.getOperator() == AssignExpr.Operator.ASSIGN
          && (created(assign.getValue()) || newRecord(recordSource(assign.getValue())))
          && Anchors.after(store, assign)
          && assign.findAncestor(BlockStmt.class).map(block -> block.isAncestorOf(store)).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  private static boolean newRecord(MethodCallExpr source) {
    return source != null && source.getNameAsString().equals("newRecord");
  }

  /**
   * {@code other.copy()} (jOOQ resets the primary key, so {@code store()} inserts the copy) or
   * {@code new OrdersRecord(..)}: a record no row backs yet.
   */
  private static boolean created(Expression initializer) {
    Expression value = initializer == null ? null : Fluent.unwrap(initializer);
    return value instanceof ObjectCreationExpr
        || value instanceof MethodCallExpr call && call.getNameAsString().equals("copy") && call.getArguments().isEmpty();
  }

  /** {@code dsl.fetchOne(ORDERS, ..)}, {@code dsl.newRecord(ORDERS)}, {@code dsl.selectFrom(ORDERS)...fetchOne()}. */
  private static MethodCallExpr recordSource(Expression initializer) {
    if (initializer == null) {
      return null;
    }
    for (MethodCallExpr call : Fluent.chain(initializer)) {
      if (RECORD_SOURCES.contains(call.getNameAsString()) && !call.getArguments().isEmpty()) {
        return call;
      }
    }
    return null;
  }
}
