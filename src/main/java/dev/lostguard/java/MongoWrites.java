package dev.lostguard.java;

import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.lostguard.java.FrameworkWrites.Found;
import dev.lostguard.model.MappedWrite;
import dev.lostguard.model.MappedWrite.Term;
import dev.lostguard.model.PhysicalNaming;
import dev.lostguard.model.SqlText;
import dev.lostguard.model.WriteKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Spring Data MongoDB adapter: {@code MongoTemplate.updateFirst/updateMulti/findAndModify(query,
 * update, Order.class)} become {@link MappedWrite}s of the document's collection, so the SQL rules judge
 * them like any update: {@code Criteria.where("id").is(id).and("version").is(v)} is the filter
 * ({@code _id} is {@code id}), {@code Update.set/unset} the written fields, {@code inc("version", 1)}
 * a bump. {@code updateMulti} without an id criterion touches many documents. The query and the
 * update may be inline or locals built in the same method ({@code query.addCriteria(..)}, {@code
 * update.set(..)}); built elsewhere, they are unresolved. The count is the {@code UpdateResult}
 * (or {@code findAndModify}'s document) the code reads.
 */
final class MongoWrites {

  static final Set<String> TRIGGERS = Set.of("updateFirst", "updateMulti", "findAndModify");

  private static final List<String> TEMPLATES =
      List.of("org.springframework.data.mongodb.core.MongoTemplate", "org.springframework.data.mongodb.core.MongoOperations",
          "org.springframework.data.mongodb.core.ReactiveMongoTemplate",
          "org.springframework.data.mongodb.core.ReactiveMongoOperations");
  private static final Map<String, String> CRITERIA =
      Map.of("is", " = ?", "ne", " <> ?", "in", " IN (?)", "nin", " NOT IN (?)", "gt", " > ?", "gte", " >= ?",
          "lt", " < ?", "lte", " <= ?", "exists", " IS NOT NULL");

  private final ImportScope imports;

  MongoWrites(ImportScope imports) {
    this.imports = imports;
  }

  Optional<Found> find(MethodCallExpr call, MethodScope method) {
    if (call.getArguments().size() < 3 || !onTemplate(call, method)) {
      return Optional.empty();
    }
    Expression target = Fluent.unwrap(call.getArgument(call.getArguments().size() - 1));
    List<String> entity = List.of();
    String collection = null;
    if (target instanceof ClassExpr type) {
      entity = imports.typeCandidates(type.getType().asString());
    } else {
      collection = Fluent.string(target).map(PhysicalNaming::snakeCase).orElse(null);
    }
    if (entity.isEmpty() && collection == null) {
      // updateFirst(query, update, Order.class, "orders") names both: the class comes first
      Expression third = Fluent.unwrap(call.getArgument(2));
      if (third instanceof ClassExpr type) {
        entity = imports.typeCandidates(type.getType().asString());
      }
    }
    List<Term> where = new ArrayList<>();
    List<Term> set = new ArrayList<>();
    boolean known = criteria(call.getArgument(0), method, where) & update(call.getArgument(1), method, set);
    String sink = "MongoTemplate." + call.getNameAsString();
    if (!known || set.isEmpty() || entity.isEmpty() && collection == null) {
      return Optional.of(new Found(call, new SqlText.Unknown("query or update built elsewhere"), sink,
          RowCounts.of(call, RowCounts.RETURNED, method)));
    }
    MappedWrite write =
        new MappedWrite(MappedWrite.Framework.MONGO, WriteKind.UPDATE, entity, List.of(), collection, List.copyOf(set),
            List.copyOf(where), false, false);
    return Optional.of(new Found(call, new SqlText.Mapped(write), sink, RowCounts.of(call, RowCounts.RETURNED, method)));
  }

  private boolean onTemplate(MethodCallExpr call, MethodScope method) {
    String type = call.getScope().map(s -> CallSites.typeOf(s, method)).orElse(null);
    return type != null && TEMPLATES.stream()
        .anyMatch(t -> SqlSinks.simpleName(t).equals(SqlSinks.simpleName(type)) && imports.mayDenote(type, t));
  }

  /** Every call that builds the expression: its chain, the chains of its arguments, and calls on a local holding it. */
  private static List<MethodCallExpr> calls(Expression expression, MethodScope method, int depth) {
    List<MethodCallExpr> calls = new ArrayList<>();
    Expression value = Fluent.unwrap(expression);
    if (depth > 4) {
      return calls;
    }
    if (value instanceof NameExpr name) {
      MethodScope.Local local = method.local(name.getNameAsString());
      if (local == null) {
        return calls; // a class name (Criteria.where) or a field: nothing built here
      }
      if (local.initializer() != null) {
        calls.addAll(calls(local.initializer(), method, depth + 1));
      }
      for (MethodCallExpr later : method.callsOn(name.getNameAsString())) {
        List<MethodCallExpr> chain = new ArrayList<>(List.of(later));
        chain.addAll(Fluent.after(later));
        for (MethodCallExpr call : chain) {
          calls.add(call);
          call.getArguments().forEach(a -> calls.addAll(calls(a, method, depth + 1)));
        }
      }
      return calls;
    }
    if (value instanceof ObjectCreationExpr creation) {
      creation.getArguments().forEach(a -> calls.addAll(calls(a, method, depth + 1)));
      return calls;
    }
    for (MethodCallExpr call : Fluent.chain(value)) {
      calls.add(call);
      call.getArguments().forEach(a -> calls.addAll(calls(a, method, depth + 1)));
    }
    Expression root = Fluent.root(value);
    if (root instanceof NameExpr || root instanceof ObjectCreationExpr) {
      calls.addAll(0, calls(root, method, depth + 1));
    }
    return calls;
  }

  /** {@code where("f")} / {@code and("f")} name the field that the next {@code is(..)} compares. */
  private static boolean criteria(Expression query, MethodScope method, List<Term> where) {
    String field = null;
    List<MethodCallExpr> calls = calls(query, method, 0);
    for (MethodCallExpr call : calls) {
      String name = call.getNameAsString();
      if ((name.equals("where") || name.equals("and")) && call.getArguments().size() == 1) {
        field = Fluent.string(call.getArgument(0)).map(MongoWrites::field).orElse(null);
      } else if (CRITERIA.containsKey(name) && field != null) {
        where.add(new Term(field, CRITERIA.get(name)));
        field = null;
      } else if (name.equals("orOperator") || name.equals("norOperator") || name.equals("regex")) {
        where.add(new Term("custom_condition", "(?)"));
      }
    }
    // A query passed in from elsewhere is unknown; an empty new Query() matches every document.
    return !calls.isEmpty() || Fluent.unwrap(query) instanceof ObjectCreationExpr;
  }

  private static boolean update(Expression update, MethodScope method, List<Term> set) {
    for (MethodCallExpr call : calls(update, method, 0)) {
      String name = call.getNameAsString();
      if (call.getArguments().isEmpty()) {
        continue;
      }
      String field = Fluent.string(call.getArgument(0)).map(MongoWrites::field).orElse(null);
      if (field == null) {
        continue;
      }
      switch (name) {
        case "set", "update", "setOnInsert", "push", "addToSet", "pull", "currentDate" -> set.add(Term.parameter(field));
        case "unset" -> set.add(new Term(field, " = NULL"));
        case "inc" -> {
          Expression amount = call.getArguments().size() > 1 ? Fluent.unwrap(call.getArgument(1)) : null;
          boolean literal = amount instanceof IntegerLiteralExpr || amount instanceof LongLiteralExpr;
          set.add(new Term(field, " = {self} + " + (literal ? amount.toString() : "?")));
        }
        default -> { }
      }
    }
    return !set.isEmpty();
  }

  private static String field(String name) {
    return name.equals("_id") ? "id" : name;
  }
}
