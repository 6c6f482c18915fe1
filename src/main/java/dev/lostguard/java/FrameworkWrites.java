package dev.lostguard.java;

import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.lostguard.model.QueryLanguage;
import dev.lostguard.model.RowCountUse;
import dev.lostguard.model.SqlCall;
import dev.lostguard.model.SqlText;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The framework adapters for writes that pass no SQL text (jOOQ chains and records, MyBatis-Plus,
 * MongoDB): each turns its idioms into {@link SqlCall}s like the sink calls, with text they render
 * themselves or a {@link SqlText.Mapped} write that the scan renders once entities and settings are
 * known.
 */
final class FrameworkWrites {

  /** Method names worth a look; anything else is skipped during the walk. */
  static final Set<String> TRIGGERS =
      union(JooqWrites.TRIGGERS, JooqRecords.TRIGGERS, MybatisPlusWrites.TRIGGERS, MongoWrites.TRIGGERS);

  /** A write an adapter found, anchored at {@code anchor}. */
  record Found(MethodCallExpr anchor, SqlText sql, String sink, RowCountUse rowCount) {}

  private final String path;
  private final JooqWrites jooq;
  private final JooqRecords jooqRecords;
  private final MybatisPlusWrites mybatisPlus;
  private final MongoWrites mongo;

  FrameworkWrites(String path, ImportScope imports) {
    this.path = path;
    this.jooq = new JooqWrites(imports);
    this.jooqRecords = new JooqRecords(imports);
    this.mybatisPlus = new MybatisPlusWrites(imports);
    this.mongo = new MongoWrites(imports);
  }

  /** The framework writes among the candidate calls of one method. */
  void collect(MethodScope method, List<SqlCall> out) {
    for (MethodCallExpr call : method.frameworkCandidates) {
      String name = call.getNameAsString();
      Optional<Found> found = Optional.empty();
      if (JooqWrites.TRIGGERS.contains(name)) {
        found = jooq.find(call, method);
      }
      if (found.isEmpty() && JooqRecords.TRIGGERS.contains(name)) {
        found = jooqRecords.find(call, method);
      }
      if (found.isEmpty() && MybatisPlusWrites.TRIGGERS.contains(name)) {
        found = mybatisPlus.find(call, method);
      }
      if (found.isEmpty() && MongoWrites.TRIGGERS.contains(name)) {
        found = mongo.find(call, method);
      }
      found.ifPresent(f -> out.add(new SqlCall(Anchors.of(path, f.anchor()), f.sql(), QueryLanguage.SQL, f.sink(),
          f.rowCount(), Set.of(), method.ref(), List.of())));
    }
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
