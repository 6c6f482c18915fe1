package dev.lostguard.java;

import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.lostguard.model.MappedWrite.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The conditions of a tk.mybatis {@code Example} that the method builds itself: {@code Example example =
 * new Example(Article.class); example.createCriteria().andEqualTo("id", id)} (or through a {@code
 * Criteria} local) compares {@code id = ?}. Anything it cannot read ({@code or(..)}, a condition string,
 * an example passed in or built by {@code Example.builder}) is one unknown condition, so the write
 * counts as reaching many rows. So does an example local the method assigns more than once.
 */
final class TkExamples {

  private static final Map<String, String> COMPARISONS = Map.ofEntries(
      Map.entry("andEqualTo", " = ?"), Map.entry("andNotEqualTo", " <> ?"), Map.entry("andGreaterThan", " > ?"),
      Map.entry("andGreaterThanOrEqualTo", " >= ?"), Map.entry("andLessThan", " < ?"),
      Map.entry("andLessThanOrEqualTo", " <= ?"), Map.entry("andIn", " IN (?)"), Map.entry("andNotIn", " NOT IN (?)"),
      Map.entry("andLike", " LIKE ?"), Map.entry("andIsNull", " IS NULL"), Map.entry("andIsNotNull", " IS NOT NULL"));
  private static final Term UNKNOWN = new Term("custom_condition", "(?)");

  /** What {@code example} selects, and the entity class it names as written, or null. */
  record Read(List<Term> where, String entity) {}

  private TkExamples() {}

  static Read read(Expression example, MethodScope method) {
    if (!(Fluent.unwrap(example) instanceof NameExpr name)) {
      return new Read(List.of(UNKNOWN), null);
    }
    MethodScope.Local local = method.local(name.getNameAsString());
    // A local assigned twice (`example = new Example(UserVerify.class)`) may name either entity and mix both conditions.
    if (local == null || !method.assignedOnce(name.getNameAsString())
        || !(Fluent.unwrap(local.initializer()) instanceof ObjectCreationExpr creation)
        || !creation.getType().getNameAsString().equals("Example")) {
      return new Read(List.of(UNKNOWN), null);
    }
    String entity = creation.getArguments().isEmpty() || !(creation.getArgument(0) instanceof ClassExpr type)
        ? null : type.getType().asString();
    List<Term> where = new ArrayList<>();
    for (MethodCallExpr call : method.callsOn(name.getNameAsString())) {
      if (call.getNameAsString().equals("createCriteria") || call.getNameAsString().equals("and")) {
        criteria(call, method, where);
      } else if (call.getNameAsString().equals("or")) {
        where.add(UNKNOWN);
      }
    }
    return new Read(List.copyOf(where.isEmpty() ? List.of(UNKNOWN) : where), entity);
  }

  /** The comparisons chained on {@code createCriteria()}, and those on the local it is assigned to. */
  private static void criteria(MethodCallExpr created, MethodScope method, List<Term> where) {
    List<MethodCallExpr> steps = new ArrayList<>(Fluent.after(created));
    if (created.getParentNode().orElse(null) instanceof VariableDeclarator variable) {
      for (MethodCallExpr call : method.callsOn(variable.getNameAsString())) {
        steps.add(call);
        steps.addAll(Fluent.after(call));
      }
    }
    for (MethodCallExpr step : steps) {
      String rest = COMPARISONS.get(step.getNameAsString());
      String property = step.getArguments().isEmpty() ? null : Fluent.string(step.getArgument(0)).orElse(null);
      where.add(rest == null || property == null ? UNKNOWN : new Term(property, rest));
    }
  }
}
