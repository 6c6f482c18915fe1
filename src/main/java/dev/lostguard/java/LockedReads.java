package dev.lostguard.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.Statement;
import dev.lostguard.model.PessimisticLocks;
import dev.lostguard.model.SqlText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Data flow from {@code SELECT ... FOR UPDATE} reads to later writes in the same method: the locals
 * assigned from a locking query's result, and the locals derived from them, carry the read's table.
 * A write whose arguments mention one of them was computed from a locked row.
 */
final class LockedReads {


  /** Locals holding locked data, to the tables they were read from. */
  private final Map<String, Set<String>> locked = new HashMap<>();

  private LockedReads() {}

  static boolean locks(String text) {
    return text.length() > 10 && PessimisticLocks.locks(text);
  }

  /**
   * The locked locals of {@code method}.
   *
   * @param textOf the SQL text of an expression, with constants of this file filled in
   */
  static LockedReads of(MethodScope method, Function<Expression, String> textOf) {
    LockedReads reads = new LockedReads();
    Deque<Expression> starts = new ArrayDeque<>(method.lockingTexts);
    int budget = 64;
    while (!starts.isEmpty() && budget-- > 0) {
      Expression text = widest(starts.pop());
      String table = table(textOf.apply(text));
      if (table == null) {
        continue;
      }
      Node holder = holder(text);
      String name = assignedName(holder);
      if (name == null) {
        continue;
      }
      if (valueOf(holder) == text) {
        method.reads(name).stream().filter(r -> Anchors.after(r, holder)).forEach(starts::add); // the SQL is in a variable
      } else {
        reads.locked.computeIfAbsent(name, n -> new TreeSet<>()).add(table);
      }
    }
    if (!reads.locked.isEmpty()) {
      reads.derive(method);
    }
    return reads;
  }

  boolean isEmpty() {
    return locked.isEmpty();
  }

  /** Tables of the locked locals that any of {@code arguments} mention. */
  Set<String> tablesMentionedBy(List<Expression> arguments) {
    Set<String> tables = new TreeSet<>();
    for (Expression argument : arguments) {
      if (argument instanceof NameExpr name) {
        tables.addAll(locked.getOrDefault(name.getNameAsString(), Set.of()));
      } else {
        for (NameExpr name : argument.findAll(NameExpr.class)) {
          tables.addAll(locked.getOrDefault(name.getNameAsString(), Set.of()));
        }
      }
    }
    return tables;
  }

  /** One forward pass: {@code int left = stock - qty;} after {@code stock} was locked makes {@code left} locked. */
  private void derive(MethodScope method) {
    for (Node assignment : method.assignments) {
      Expression value = valueOf(assignment);
      String target = assignedName(assignment);
      if (value == null || target == null) {
        continue;
      }
      Set<String> tables = tablesMentionedBy(List.of(value));
      if (!tables.isEmpty()) {
        locked.computeIfAbsent(target, n -> new TreeSet<>()).addAll(tables);
      }
    }
  }

  /** The whole {@code +} expression a text is part of. */
  private static Expression widest(Expression text) {
    Expression current = text;
    while (current.getParentNode().orElse(null) instanceof Expression parent
        && (parent instanceof EnclosedExpr
            || (parent instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS))) {
      current = parent;
    }
    return current;
  }

  /** The declaration or assignment that receives the value of the expression around {@code text}. */
  private static Node holder(Expression text) {
    Node current = text;
    while (current != null && !(current instanceof Statement) && !(current instanceof LambdaExpr)) {
      Node parent = current.getParentNode().orElse(null);
      if (parent instanceof VariableDeclarator || parent instanceof AssignExpr) {
        return parent;
      }
      current = parent;
    }
    return null;
  }

  private static Expression valueOf(Node assignment) {
    if (assignment instanceof VariableDeclarator declarator) {
      return declarator.getInitializer().orElse(null);
    }
    if (assignment instanceof AssignExpr assign) {
      return assign.getValue();
    }
    if (assignment instanceof ForEachStmt loop) {
      return loop.getIterable();
    }
    return null;
  }

  private static String assignedName(Node assignment) {
    if (assignment instanceof VariableDeclarator declarator) {
      return declarator.getNameAsString();
    }
    if (assignment instanceof AssignExpr assign && assign.getTarget() instanceof NameExpr target) {
      return target.getNameAsString();
    }
    if (assignment instanceof ForEachStmt loop) {
      List<VariableDeclarator> variables = loop.getVariable().getVariables();
      return variables.isEmpty() ? null : variables.get(0).getNameAsString();
    }
    return null;
  }

  /** The first table after FROM, lower-case, unquoted and unqualified; null when there is none. */
  static String table(String sql) {
    if (sql == null || !locks(sql)) {
      return null;
    }
    String table = PessimisticLocks.table(sql);
    return table.isEmpty() ? null : table;
  }

  /** The literal parts of a text, with each unknown part as a blank. */
  static String literalParts(SqlText text, Function<SqlText.ConstantRef, SqlText> constants) {
    StringBuilder out = new StringBuilder();
    List<SqlText> pending = new ArrayList<>(List.of(text));
    int budget = 256;
    while (!pending.isEmpty() && budget-- > 0) {
      SqlText part = pending.remove(0);
      if (part instanceof SqlText.Literal literal) {
        out.append(literal.text());
      } else if (part instanceof SqlText.WithBranches branches) {
        pending.add(0, branches.text());
      } else if (part instanceof SqlText.Concat concat) {
        pending.addAll(0, concat.parts());
      } else if (part instanceof SqlText.ConstantRef ref && constants.apply(ref) != null) {
        pending.add(0, constants.apply(ref));
      } else {
        out.append(' ');
      }
    }
    return out.toString();
  }
}
