package dev.lostguard.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.lostguard.model.CallerKeyedWrite;
import dev.lostguard.model.CodePattern;
import dev.lostguard.model.PessimisticLocks;
import dev.lostguard.model.QueryLanguage;
import dev.lostguard.model.RowCountUse;
import dev.lostguard.model.SqlCall;
import dev.lostguard.model.SqlText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The framework adapters for writes that pass no SQL text (jOOQ chains and records, MyBatis-Plus,
 * tk.mybatis, MongoDB): each turns its idioms into {@link SqlCall}s like the sink calls, with text they render
 * themselves or a {@link SqlText.Mapped} write that the scan renders once entities and settings are
 * known.
 */
final class FrameworkWrites {

  /** jOOQ's {@code select(..).from(T)...forUpdate()}: a locked read, not a write. */
  private static final String FOR_UPDATE = "forUpdate";
  /** MyBatis-Plus reads of one row by a query wrapper. */
  private static final Set<String> LOCKING_READS = Set.of("selectOne", "getOne");

  /** Method names worth a look; anything else is skipped during the walk. */
  static final Set<String> TRIGGERS =
      union(JooqWrites.TRIGGERS, JooqRecords.TRIGGERS, MybatisPlusWrites.TRIGGERS, TkMapperWrites.TRIGGERS, MongoWrites.TRIGGERS,
          Set.of(FOR_UPDATE));

  /** A write an adapter found, anchored at {@code anchor}. */
  record Found(MethodCallExpr anchor, SqlText sql, String sink, RowCountUse rowCount) {}

  private final String path;
  private final JooqWrites jooq;
  private final JooqRecords jooqRecords;
  private final MybatisPlusWrites mybatisPlus;
  private final TkMapperWrites tk;
  private final MongoWrites mongo;

  FrameworkWrites(String path, ImportScope imports) {
    this.path = path;
    this.jooq = new JooqWrites(imports);
    this.jooqRecords = new JooqRecords(imports);
    this.mybatisPlus = new MybatisPlusWrites(imports);
    this.tk = new TkMapperWrites(imports);
    this.mongo = new MongoWrites(imports);
  }

  /** The framework writes among the candidate calls of one method. */
  void collect(MethodScope method, List<SqlCall> out) {
    collect(method, out, new ArrayList<>());
  }

  /** As {@link #collect(MethodScope, List)}, adding where a MyBatis-Plus write's row key is computed to {@code keys}. */
  void collect(MethodScope method, List<SqlCall> out, List<CodePattern> keys) {
    for (MethodCallExpr call : method.frameworkCandidates) {
      String name = call.getNameAsString();
      if (name.equals(FOR_UPDATE)) {
        continue;
      }
      Optional<Found> found = Optional.empty();
      if (JooqWrites.TRIGGERS.contains(name)) {
        found = jooq.find(call, method);
      }
      if (found.isEmpty() && JooqRecords.TRIGGERS.contains(name)) {
        found = jooqRecords.find(call, method);
      }
      if (found.isEmpty() && MybatisPlusWrites.TRIGGERS.contains(name)) {
        found = mybatisPlus.find(call, method);
        List<Integer> keyLines = found.isPresent() && method.ref() != null
            ? MybatisPlusWrites.keyLines(call, method) : List.of();
        if (!keyLines.isEmpty()) {
          keys.add(new CallerKeyedWrite(Anchors.of(path, found.get().anchor()), method.ref(), keyLines));
        }
      }
      if (found.isEmpty() && TkMapperWrites.TRIGGERS.contains(name)) {
        found = tk.find(call, method);
      }
      if (found.isEmpty() && MongoWrites.TRIGGERS.contains(name)) {
        found = mongo.find(call, method);
      }
      found.ifPresent(f -> out.add(sqlCall(f, method)));
      // A same-named MyBatis-Plus call may turn out, project-wide, to be a jOOQ DAO's: both are kept, one renders.
      jooqRecords.daoWrite(call, method).ifPresent(f -> out.add(sqlCall(f, method)));
    }
  }

  private SqlCall sqlCall(Found found, MethodScope method) {
    return new SqlCall(Anchors.of(path, found.anchor()), found.sql(), QueryLanguage.SQL, found.sink(),
        found.rowCount(), lockedBefore(found.anchor(), method), method.ref(), List.of());
  }

  /**
   * A MyBatis-Plus write of the row this method read with a row lock ({@code qw.last("for update");
   * Order row = orderMapper.selectOne(qw); ..; orderMapper.updateById(row)}): the lock holds until the
   * transaction ends, so no other writer can change the row between the read and the write.
   */
  private static boolean writesTheRowItLocked(MethodCallExpr call, MethodScope method) {
    if (call.getArguments().size() != 1 || !(Fluent.unwrap(call.getArgument(0)) instanceof NameExpr written)) {
      return false;
    }
    MethodScope.Local local = method.local(written.getNameAsString());
    return local != null && local.initializer() != null
        && Fluent.unwrap(local.initializer()) instanceof MethodCallExpr read
        && LOCKING_READS.contains(read.getNameAsString())
        && read.getArguments().stream().anyMatch(wrapper -> locksRows(Fluent.unwrap(wrapper), method));
  }

  /** A query wrapper, or a local holding one, whose {@code last(..)} text takes a row lock. */
  private static boolean locksRows(Expression wrapper, MethodScope method) {
    List<MethodCallExpr> steps = new ArrayList<>();
    if (wrapper instanceof NameExpr local) {
      steps.addAll(method.callsOn(local.getNameAsString()));
    } else if (wrapper instanceof MethodCallExpr chained) {
      steps.addAll(Fluent.chain(chained));
    }
    return steps.stream().anyMatch(step -> step.getNameAsString().equals("last") && step.getArguments().size() == 1
        && step.getArgument(0) instanceof StringLiteralExpr text && PessimisticLocks.locks(text.getValue()));
  }

  /**
   * The tables a jOOQ {@code select(..).from(T)...forUpdate()} of this method locks before {@code write},
   * and the written table itself when the write saves a MyBatis-Plus row read with a lock
   * ({@link #writesTheRowItLocked}): the row lock holds until the transaction ends, so a later write of
   * that row cannot race.
   */
  private static Set<String> lockedBefore(Node write, MethodScope method) {
    Set<String> tables = new HashSet<>();
    if (write instanceof MethodCallExpr call && writesTheRowItLocked(call, method)) {
      tables.add(SqlCall.WRITTEN_TABLE);
    }
    for (MethodCallExpr call : method.frameworkCandidates) {
      if (!call.getNameAsString().equals(FOR_UPDATE) || !call.getArguments().isEmpty() || !Anchors.after(write, call)) {
        continue;
      }
      for (MethodCallExpr step : Fluent.chain(call)) {
        if (step.getNameAsString().equals("from") && !step.getArguments().isEmpty()) {
          String table = JooqWrites.table(step.getArgument(0));
          if (table != null) {
            tables.add(table);
          }
        }
      }
    }
    return Set.copyOf(tables);
  }

  @SafeVarargs
  private static Set<String> union(Set<String>... sets) {
    Set<String> all = new HashSet<>();
    for (Set<String> set : sets) {
      all.addAll(set);
    }
    return Set.copyOf(all);
  }
}
