package dev.lostguard.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.lostguard.model.CallerKeyedWrite;
import dev.lostguard.model.CodePattern;
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
   * The tables a jOOQ {@code select(..).from(T)...forUpdate()} of this method locks before {@code write}:
   * the row lock holds until the transaction ends, so a later write of that row cannot race.
   */
  private static Set<String> lockedBefore(Node write, MethodScope method) {
    Set<String> tables = new HashSet<>();
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
