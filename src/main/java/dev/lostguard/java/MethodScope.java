package dev.lostguard.java;

import dev.lostguard.model.MethodRef;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
    locals.put(name, new Local(declaredType, initializer, declaration));
  }

  void reassign(String name) {
    reassigned.add(name);
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
