package dev.lostguard.java;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The fields and values of a map handed to jOOQ's {@code set(Map<Field<?>, ?>)}, when the map is built
 * where it can be read: {@code Map.of(T.A, a, T.B, b)} or {@code Map.ofEntries(entry(T.A, a))} written
 * in place, a local of the method filled with {@code put(T.A, a)}, or a method of the same class that
 * returns such a map ({@code set(mapOwnerToRecord(owner))}). A map from anywhere else, or one that
 * calls change in other ways ({@code putAll}, {@code remove}), is not read.
 */
final class JooqValueMaps {

  /** One key of the map and the value put there. */
  record Entry(Expression field, Expression value) {}

  private static final Set<String> MAP_TYPES = Set.of("Map", "ImmutableMap");
  /** Calls on a local map that leave its entries as they are. */
  private static final Set<String> READS = Set.of("get", "containsKey", "isEmpty", "size", "keySet", "values");

  private JooqValueMaps() {}

  /** The entries in order; empty when the map is not built in one of the ways read here, or has none. */
  static Optional<List<Entry>> entries(Expression argument, MethodScope method) {
    Expression value = Fluent.unwrap(argument);
    if (value instanceof NameExpr name && method.local(name.getNameAsString()) != null) {
      String local = name.getNameAsString();
      return method.assignedOnce(local)
          ? filled(method.local(local).initializer(), method.callsOn(local))
          : Optional.empty();
    }
    if (value instanceof MethodCallExpr call && call.getScope().map(Expression::isThisExpr).orElse(true)) {
      return helper(call).flatMap(JooqValueMaps::returned);
    }
    return written(value);
  }

  /** {@code Map.of(k, v, ..)}, {@code Map.ofEntries(Map.entry(k, v), ..)}. */
  private static Optional<List<Entry>> written(Expression expression) {
    if (!(Fluent.unwrap(expression) instanceof MethodCallExpr call)
        || !call.getScope().map(Fluent::lastIdentifier).filter(MAP_TYPES::contains).isPresent()) {
      return Optional.empty();
    }
    List<Entry> entries = new ArrayList<>();
    if (call.getNameAsString().equals("of") && call.getArguments().size() % 2 == 0) {
      for (int i = 0; i < call.getArguments().size(); i += 2) {
        entries.add(new Entry(call.getArgument(i), call.getArgument(i + 1)));
      }
    } else if (call.getNameAsString().equals("ofEntries")) {
      for (Expression argument : call.getArguments()) {
        if (!(Fluent.unwrap(argument) instanceof MethodCallExpr entry) || !entry.getNameAsString().equals("entry")
            || entry.getArguments().size() != 2) {
          return Optional.empty();
        }
        entries.add(new Entry(entry.getArgument(0), entry.getArgument(1)));
      }
    } else {
      return Optional.empty();
    }
    return entries.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(entries));
  }

  /** A map written in place, or a new empty one that {@code calls} fill with {@code put}. */
  private static Optional<List<Entry>> filled(Expression initializer, List<MethodCallExpr> calls) {
    if (initializer == null) {
      return Optional.empty();
    }
    List<Entry> entries = new ArrayList<>();
    if (!(Fluent.unwrap(initializer) instanceof ObjectCreationExpr created && created.getArguments().isEmpty()
        && created.getType().getNameAsString().endsWith("Map"))) {
      Optional<List<Entry>> written = written(initializer);
      if (written.isEmpty()) {
        return Optional.empty();
      }
      entries.addAll(written.get());
    }
    for (MethodCallExpr call : calls) {
      if (call.getNameAsString().equals("put") && call.getArguments().size() == 2) {
        entries.add(new Entry(call.getArgument(0), call.getArgument(1)));
      } else if (!READS.contains(call.getNameAsString())) {
        return Optional.empty();
      }
    }
    return entries.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(entries));
  }

  /** The method of the enclosing class that {@code call} runs, when one declaration of that name and arity has a body. */
  private static Optional<MethodDeclaration> helper(MethodCallExpr call) {
    List<MethodDeclaration> candidates = call.findAncestor(TypeDeclaration.class)
        .map(type -> ((TypeDeclaration<?>) type).getMethodsByName(call.getNameAsString()))
        .orElse(List.of()).stream()
        .filter(m -> m.getParameters().size() == call.getArguments().size() && m.getBody().isPresent())
        .toList();
    return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
  }

  /** What a helper's only {@code return} gives: a map written there, or its local filled with {@code put}. */
  private static Optional<List<Entry>> returned(MethodDeclaration helper) {
    List<ReturnStmt> returns = helper.findAll(ReturnStmt.class);
    if (returns.size() != 1 || returns.get(0).getExpression().isEmpty()) {
      return Optional.empty();
    }
    Expression value = Fluent.unwrap(returns.get(0).getExpression().get());
    if (!(value instanceof NameExpr name)) {
      return written(value);
    }
    List<VariableDeclarator> declared = helper.findAll(VariableDeclarator.class,
        v -> v.getNameAsString().equals(name.getNameAsString()));
    boolean reassigned = helper.findAll(AssignExpr.class).stream()
        .anyMatch(a -> a.getTarget() instanceof NameExpr target && target.getNameAsString().equals(name.getNameAsString()));
    if (declared.size() != 1 || reassigned) {
      return Optional.empty();
    }
    List<MethodCallExpr> calls = helper.findAll(MethodCallExpr.class, c -> c.getScope()
        .filter(s -> s instanceof NameExpr receiver && receiver.getNameAsString().equals(name.getNameAsString()))
        .isPresent());
    return filled(declared.get(0).getInitializer().orElse(null), calls);
  }
}
