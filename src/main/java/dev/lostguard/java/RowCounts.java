package dev.lostguard.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.AssertStmt;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import dev.lostguard.java.SqlSinks.CountStep;
import dev.lostguard.java.SqlSinks.MethodSink;
import dev.lostguard.java.SqlSinks.Returns;
import dev.lostguard.model.QueryLanguage;
import dev.lostguard.model.RowCountUse;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides what a method does with a write's affected-row count, from the maps of its
 * {@link MethodScope}: the count is USED when compared, returned, passed on or kept in a variable
 * that is read later; DISCARDED when the call is a bare statement or its variable is never read;
 * UNKNOWN when it cannot tell (a lambda's value, a query whose terminal call is elsewhere).
 */
final class RowCounts {

  /** A framework call that returns the affected-row count itself ({@code updateById}, {@code executeUpdate}). */
  static final MethodSink RETURNED =
      new MethodSink(List.of(), List.of(), 0, Returns.COUNT, QueryLanguage.SQL, List.of(), List.of(), List.of());

  private static final Set<String> DROPPING_CALLBACKS = Set.of("useHandle", "useTransaction");
  private static final Set<String> RETURNING_CALLBACKS = Set.of("withHandle", "inTransaction");

  private RowCounts() {}

  /** The use of the count of {@code call}, a match of {@code sink}. */
  static RowCountUse of(MethodCallExpr call, MethodSink sink, MethodScope method) {
    return switch (sink.returns()) {
      case COUNT, COUNT_ARRAY -> use(call, sink.returns(), method);
      case BOOLEAN_NOT_A_COUNT -> laterOnReceiver(call, call.getScope(), sink.countFromReceiver(), method)
          .orElse(RowCountUse.DISCARDED);
      case NONE -> laterOnReceiver(call, call.getScope(), sink.countFromReceiver(), method)
          .orElse(RowCountUse.UNKNOWN);
      case DEFERRED -> deferred(call, sink, method);
    };
  }

  /** The count comes from a later call on the chain, or on the variable that holds the chain. */
  private static RowCountUse deferred(MethodCallExpr call, MethodSink sink, MethodScope method) {
    Expression top = call;
    while (top.getParentNode().orElse(null) instanceof MethodCallExpr next
        && next.getScope().orElse(null) == top) {
      CountStep step = step(next.getNameAsString(), sink.countFrom());
      if (step != null) {
        return terminal(next, step, sink, method);
      }
      top = next;
    }
    String variable = assignedVariable(top);
    if (variable == null) {
      return RowCountUse.UNKNOWN;
    }
    RowCountUse result = null;
    for (MethodCallExpr later : method.callsOn(variable)) {
      CountStep step = step(later.getNameAsString(), sink.countFrom());
      if (step != null && Anchors.after(later, top)) {
        result = strongest(result, terminal(later, step, sink, method));
      }
    }
    return result == null ? RowCountUse.UNKNOWN : result;
  }

  private static RowCountUse terminal(MethodCallExpr call, CountStep step, MethodSink sink, MethodScope method) {
    if (step.returns() == Returns.BOOLEAN_NOT_A_COUNT) {
      return laterOnReceiver(call, call.getScope(), sink.countFromReceiver(), method)
          .orElse(RowCountUse.DISCARDED);
    }
    return use(call, step.returns(), method);
  }

  /** The strongest use among later calls such as {@code stmt.getUpdateCount()} on the same variable. */
  private static Optional<RowCountUse> laterOnReceiver(
      MethodCallExpr call, Optional<Expression> receiver, List<CountStep> steps, MethodScope method) {
    if (steps.isEmpty() || !(receiver.orElse(null) instanceof NameExpr name)) {
      return Optional.empty();
    }
    RowCountUse result = null;
    for (MethodCallExpr later : method.callsOn(name.getNameAsString())) {
      CountStep step = step(later.getNameAsString(), steps);
      if (step != null && Anchors.after(later, call)) {
        result = strongest(result, use(later, step.returns(), method));
      }
    }
    return Optional.ofNullable(result);
  }

  /** What the code around {@code value} does with it: a count or an array of counts. */
  static RowCountUse use(Expression value, Returns kind, MethodScope method) {
    return use(value, kind, method, 0);
  }

  private static RowCountUse use(Expression value, Returns kind, MethodScope method, int depth) {
    Node child = value;
    Node parent = value.getParentNode().orElse(null);
    while (parent instanceof EnclosedExpr || parent instanceof CastExpr
        || (parent instanceof UnaryExpr && kind == Returns.COUNT)) {
      child = parent;
      parent = parent.getParentNode().orElse(null);
    }
    boolean array = kind == Returns.COUNT_ARRAY;
    if (parent instanceof ExpressionStmt statement) {
      // An expression lambda's body is wrapped in a statement: a Supplier returns it, a Runnable drops it.
      return statement.getParentNode().orElse(null) instanceof LambdaExpr lambda
          ? callbackResult(lambda, kind, method, depth)
          : RowCountUse.DISCARDED;
    }
    if (parent instanceof ReturnStmt returned) {
      Node body = returned.findAncestor(Node.class, n -> n instanceof LambdaExpr || n instanceof MethodDeclaration)
          .orElse(null);
      return body instanceof LambdaExpr lambda && depth <= 4
          && callbackResult(lambda, kind, method, depth) == RowCountUse.DISCARDED
          ? RowCountUse.DISCARDED
          : RowCountUse.USED;
    }
    if (parent instanceof MethodCallExpr call) {
      return call.getArguments().contains(child) ? RowCountUse.USED : RowCountUse.UNKNOWN;
    }
    if (parent instanceof ObjectCreationExpr) {
      return RowCountUse.USED;
    }
    if (parent instanceof BinaryExpr) {
      return array ? RowCountUse.UNKNOWN : RowCountUse.USED;
    }
    if (parent instanceof ArrayAccessExpr access) {
      return access.getName() == child ? RowCountUse.USED : RowCountUse.UNKNOWN;
    }
    if (parent instanceof ForEachStmt loop) {
      return loop.getIterable() == child ? RowCountUse.USED : RowCountUse.UNKNOWN;
    }
    if (parent instanceof IfStmt || parent instanceof WhileStmt || parent instanceof DoStmt
        || parent instanceof AssertStmt) {
      return RowCountUse.USED;
    }
    if (parent instanceof ConditionalExpr conditional) {
      return conditional.getCondition() == child || depth > 4
          ? RowCountUse.USED
          : use(conditional, kind, method, depth + 1);
    }
    if (parent instanceof VariableDeclarator declarator) {
      return readLater(declarator.getNameAsString(), declarator, declarator, kind, method, depth);
    }
    if (parent instanceof AssignExpr assign && assign.getValue() == child) {
      return assign.getTarget() instanceof NameExpr target && method.local(target.getNameAsString()) != null
          ? readLater(target.getNameAsString(), assign, method.local(target.getNameAsString()).declaration(), kind,
              method, depth)
          : RowCountUse.USED; // stored in a field or an array: it leaves the method
    }
    if (parent instanceof FieldAccessExpr) {
      return array ? RowCountUse.DISCARDED : RowCountUse.UNKNOWN; // counts.length tests no element
    }
    return RowCountUse.UNKNOWN;
  }

  /**
   * What becomes of a lambda's value, by the callback it is passed to: JDBI's {@code useHandle} and
   * {@code useTransaction} take a consumer and drop it; {@code withHandle} and {@code inTransaction}
   * hand it back to their caller, whose own use decides. Other callbacks: unknown.
   */
  private static RowCountUse callbackResult(LambdaExpr lambda, Returns kind, MethodScope method, int depth) {
    if (!(lambda.getParentNode().orElse(null) instanceof MethodCallExpr callback)
        || !callback.getArguments().contains(lambda)) {
      return RowCountUse.UNKNOWN;
    }
    if (DROPPING_CALLBACKS.contains(callback.getNameAsString())) {
      return RowCountUse.DISCARDED;
    }
    return RETURNING_CALLBACKS.contains(callback.getNameAsString()) && depth <= 4
        ? use(callback, kind, method, depth + 1)
        : RowCountUse.UNKNOWN;
  }

  /** A count kept in a local: USED when a later read in the same block uses it. */
  private static RowCountUse readLater(
      String name, Node store, Node declaration, Returns kind, MethodScope method, int depth) {
    // Reads in the block that declares the variable: a same-named local elsewhere is another variable.
    Node block = declaration.findAncestor(BlockStmt.class).map(Node.class::cast).orElse(null);
    RowCountUse result = RowCountUse.DISCARDED;
    for (NameExpr read : method.reads(name)) {
      if (!Anchors.after(read, store) || (block != null && !block.isAncestorOf(read))) {
        continue;
      }
      if (kind == Returns.COUNT || depth > 4) {
        return RowCountUse.USED;
      }
      RowCountUse use = use(read, kind, method, depth + 1);
      if (use == RowCountUse.USED) {
        return use;
      }
    }
    return result;
  }

  private static String assignedVariable(Expression value) {
    Node parent = value.getParentNode().orElse(null);
    if (parent instanceof VariableDeclarator declarator) {
      return declarator.getNameAsString();
    }
    if (parent instanceof AssignExpr assign && assign.getTarget() instanceof NameExpr target) {
      return target.getNameAsString();
    }
    return null;
  }

  private static CountStep step(String method, List<CountStep> steps) {
    for (CountStep step : steps) {
      if (step.method().equals(method)) {
        return step;
      }
    }
    return null;
  }

  private static RowCountUse strongest(RowCountUse current, RowCountUse next) {
    if (current == RowCountUse.USED || next == RowCountUse.USED) {
      return RowCountUse.USED;
    }
    if (current == RowCountUse.UNKNOWN || next == RowCountUse.UNKNOWN) {
      return RowCountUse.UNKNOWN;
    }
    return next;
  }
}
