package dev.lostguard.java;

import dev.lostguard.model.MethodRef;

import com.github.javaparser.Range;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.TryStmt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one pass over a method body collects, so that each sink call is judged from maps instead of
 * new searches of the tree: declared local types, reads of each name, the calls that may be sinks or
 * give a count later, assignments (for data flow) and text that locks rows ({@code FOR UPDATE}).
 * Methods of anonymous and local classes get their own scope whose {@code outer} is the enclosing
 * method, so captured locals keep their declared types.
 */
final class MethodScope {

  /** A local or parameter: its declared type (null when unknown) and its initializer, if any. */
  record Local(String type, Expression initializer, Node declaration) {}

  private final MethodScope outer;
  private final TypeScope type;
  private final String label;
  private final Map<String, Local> locals = new HashMap<>();
  /** Every declaration of each name, in source order: sibling blocks may each declare their own {@code record}. */
  private final Map<String, List<Local>> declarations = new HashMap<>();
  /** Where each name is assigned after its declaration ({@code x = ..}, {@code x++}). */
  private final Map<String, List<Node>> assignedAt = new HashMap<>();
  private final Set<String> reassigned = new HashSet<>();
  private final Map<String, List<NameExpr>> reads = new HashMap<>();
  private final Map<String, List<MethodCallExpr>> callsOn = new HashMap<>();
  final List<MethodCallExpr> sinkCandidates = new ArrayList<>();
  /** Calls named like a framework write (jOOQ, MyBatis-Plus, MongoDB), for {@link FrameworkWrites}. */
  final List<MethodCallExpr> frameworkCandidates = new ArrayList<>();
  /** Calls with arguments on a named receiver, for {@link BuiltArguments}. */
  final List<MethodCallExpr> builtArgumentCandidates = new ArrayList<>();
  /** VariableDeclarators, AssignExprs and ForEachStmts, in source order. */
  final List<Node> assignments = new ArrayList<>();
  final List<Expression> lockingTexts = new ArrayList<>();

  private final MethodRef ref;

  MethodScope(MethodScope outer, TypeScope type, String name, int arity) {
    this.outer = outer;
    this.type = type;
    this.label = type.simpleName() + "." + name;
    this.ref = new MethodRef(type.qualifiedName(), name, arity);
  }

  /** The method as the call graph knows it. */
  MethodRef ref() {
    return ref;
  }

  TypeScope type() {
    return type;
  }

  /** {@code SimpleClass.method}. */
  String label() {
    return label;
  }

  void declareLocal(String name, String declaredType, Expression initializer, Node declaration) {
    if (locals.containsKey(name)) {
      reassigned.add(name); // a second declaration of the name: do not trust either initializer
    }
    Local local = new Local(declaredType, initializer, declaration);
    locals.put(name, local);
    declarations.computeIfAbsent(name, n -> new ArrayList<>(1)).add(local);
  }

  /** Where the local {@code name} is assigned after its declaration ({@code x = ..}, {@code x++}), in source order. */
  List<Node> assignmentsOf(String name) {
    return assignedAt.getOrDefault(name, List.of());
  }

  /** The local {@code name} is assigned at {@code at}. */
  void reassign(String name, Node at) {
    reassigned.add(name);
    assignedAt.computeIfAbsent(name, n -> new ArrayList<>(1)).add(at);
  }

  /**
   * The declaration this method makes of the local that {@code use} names where it stands: the one
   * whose block holds {@code use} (Java lets sibling blocks reuse a name); null for a parameter of an
   * enclosing method, a field, or a name this method does not declare.
   */
  Local localAt(NameExpr use) {
    for (Local local : declarations.getOrDefault(use.getNameAsString(), List.of())) {
      if (local.declaration() == null || scopeOf(local.declaration()).map(b -> encloses(b, use)).orElse(true)) {
        return local;
      }
    }
    return null;
  }

  /** The local {@code use} names has an initializer and is assigned nowhere else in its block. */
  boolean assignedOnceAt(NameExpr use) {
    Local local = localAt(use);
    if (local == null || local.initializer() == null) {
      return false;
    }
    Optional<Node> scope = local.declaration() == null ? Optional.empty() : scopeOf(local.declaration());
    return assignedAt.getOrDefault(use.getNameAsString(), List.of()).stream()
        .noneMatch(at -> scope.map(b -> encloses(b, at)).orElse(true));
  }

  /** The reads of the local {@code use} names, within its block. */
  List<NameExpr> readsAt(NameExpr use) {
    Local local = localAt(use);
    Optional<Node> scope =
        local == null || local.declaration() == null ? Optional.empty() : scopeOf(local.declaration());
    return reads(use.getNameAsString()).stream()
        .filter(read -> scope.map(b -> encloses(b, read)).orElse(true))
        .toList();
  }

  /**
   * {@code scope} holds {@code node}: by their source ranges, which nest as the tree does (walking up
   * from every read of a common name to each candidate scope made this a hot spot), else by the tree.
   */
  private static boolean encloses(Node scope, Node node) {
    Optional<Range> outer = scope.getRange();
    Optional<Range> inner = node.getRange();
    if (outer.isPresent() && inner.isPresent()) {
      return outer.get().contains(inner.get());
    }
    return scope.isAncestorOf(node);
  }

  /** Where a declaration is visible: its block, loop, catch clause, lambda or the whole method. */
  private static Optional<Node> scopeOf(Node declaration) {
    for (Node node = declaration.getParentNode().orElse(null); node != null; node = node.getParentNode().orElse(null)) {
      if (node instanceof BlockStmt || node instanceof ForStmt || node instanceof ForEachStmt
          || node instanceof CatchClause || node instanceof LambdaExpr || node instanceof TryStmt
          || node instanceof SwitchEntry || node instanceof CallableDeclaration<?>) {
        return Optional.of(node);
      }
    }
    return Optional.empty();
  }

  void read(NameExpr name) {
    reads.computeIfAbsent(name.getNameAsString(), n -> new ArrayList<>(2)).add(name);
  }

  void callOn(String receiver, MethodCallExpr call) {
    callsOn.computeIfAbsent(receiver, r -> new ArrayList<>(2)).add(call);
  }

  /** The local or parameter of this name, here or in an enclosing method; null for fields. */
  Local local(String name) {
    for (MethodScope scope = this; scope != null; scope = scope.outer) {
      Local local = scope.locals.get(name);
      if (local != null) {
        return local;
      }
    }
    return null;
  }

  /** Whether this method itself (not an enclosing one) declares the local. */
  boolean declares(String name) {
    return locals.containsKey(name);
  }

  /** Whether a local is assigned exactly once, by its initializer. */
  boolean assignedOnce(String name) {
    for (MethodScope scope = this; scope != null; scope = scope.outer) {
      if (scope.locals.containsKey(name)) {
        return !scope.reassigned.contains(name) && scope.locals.get(name).initializer() != null;
      }
    }
    return false;
  }

  List<NameExpr> reads(String name) {
    return reads.getOrDefault(name, List.of());
  }

  /** Calls such as {@code ps.executeUpdate()} or {@code ps.setLong(..)} made on the variable {@code receiver}. */
  List<MethodCallExpr> callsOn(String receiver) {
    return callsOn.getOrDefault(receiver, List.of());
  }

  boolean isEmpty() {
    return sinkCandidates.isEmpty();
  }
}
