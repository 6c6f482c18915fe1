package dev.lostguard.java;

import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.WhileStmt;
import dev.lostguard.model.SqlText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQL text that a method assembles from known parts: {@code StringBuilder}/{@code StringBuffer}
 * appends (chained, or on a local over several statements), {@code String.format} and
 * {@code "...".formatted} with a literal pattern, {@code String.join}, and {@code +=} on a local
 * String. Parts appended under an {@code if}, a loop, a {@code switch} or a {@code catch} are all
 * taken and the text is marked {@link SqlText.WithBranches}. Everything comes from what the one pass
 * recorded in the {@link MethodScope}; anything it cannot follow (a builder handed to another method,
 * {@code insert}, {@code setLength}, a plain reassignment) leaves the text unknown.
 */
final class AssembledText {

  /** Reads one part, as {@link SqlTextReader} does for any expression. */
  interface PartReader {
    SqlText read(Expression part, TypeScope type, MethodScope method, int hops);
  }

  private static final Set<String> BUILDERS =
      Set.of("StringBuilder", "StringBuffer", "java.lang.StringBuilder", "java.lang.StringBuffer");
  /** Calls on a builder that do not change it. */
  private static final Set<String> BUILDER_READS = Set.of("toString", "length", "charAt", "indexOf", "isEmpty");
  private static final Pattern SPECIFIER = Pattern.compile("%(\\d+\\$|<)?[-#+ 0,(]*\\d*(?:\\.\\d+)?([a-zA-Z%])");

  /** Nested assemblies deeper than this are left unknown. */
  private static final int MAX_HOPS = 8;

  private final PartReader parts;

  AssembledText(PartReader parts) {
    this.parts = parts;
  }

  /** The text of a call that assembles a string, or null when the call is not one of those forms. */
  SqlText call(MethodCallExpr call, TypeScope type, MethodScope method, int hops) {
    if (hops >= MAX_HOPS) {
      return null;
    }
    String name = call.getNameAsString();
    Expression scope = call.getScope().orElse(null);
    boolean onString =
        scope != null && (scope.toString().equals("String") || scope.toString().equals("java.lang.String"));
    if (onString && name.equals("format") && !call.getArguments().isEmpty()) {
      int first = call.getArguments().size() > 1 && call.getArgument(0).toString().contains("Locale") ? 1 : 0;
      return format(call.getArgument(first), call.getArguments().subList(first + 1, call.getArguments().size()),
          type, method, hops);
    }
    if (onString && name.equals("join") && call.getArguments().size() >= 2) {
      return join(call.getArguments(), type, method, hops);
    }
    if (scope != null && name.equals("formatted")) {
      return format(scope, call.getArguments(), type, method, hops);
    }
    if (scope != null && name.equals("toString") && call.getArguments().isEmpty()) {
      return builderText(scope, call, type, method, hops);
    }
    return null;
  }

  private SqlText format(Expression pattern, List<Expression> arguments, TypeScope type, MethodScope method, int hops) {
    if (!(parts.read(pattern, type, method, hops + 1) instanceof SqlText.Literal literal)) {
      return new SqlText.Unknown("format pattern that is not a literal");
    }
    List<SqlText> out = new ArrayList<>();
    Matcher specifier = SPECIFIER.matcher(literal.text());
    int from = 0;
    int next = 0;
    while (specifier.find()) {
      out.add(new SqlText.Literal(literal.text().substring(from, specifier.start())));
      from = specifier.end();
      String conversion = specifier.group(2);
      if (conversion.equals("%")) {
        out.add(new SqlText.Literal("%"));
      } else if (conversion.equals("n")) {
        out.add(new SqlText.Literal("\n"));
      } else if ("<".equals(specifier.group(1))) {
        return new SqlText.Unknown("format argument reused with %<");
      } else if ("sSd".contains(conversion)) {
        int index = specifier.group(1) == null
            ? next++
            : Integer.parseInt(specifier.group(1).substring(0, specifier.group(1).length() - 1)) - 1;
        if (index < 0 || index >= arguments.size()) {
          return new SqlText.Unknown("format argument missing");
        }
        out.add(parts.read(arguments.get(index), type, method, hops + 1));
      } else {
        return new SqlText.Unknown("format conversion %" + conversion);
      }
    }
    out.add(new SqlText.Literal(literal.text().substring(from)));
    return concat(out);
  }

  private SqlText join(List<Expression> arguments, TypeScope type, MethodScope method, int hops) {
    SqlText delimiter = parts.read(arguments.get(0), type, method, hops + 1);
    List<SqlText> out = new ArrayList<>();
    for (int i = 1; i < arguments.size(); i++) {
      if (i > 1) {
        out.add(delimiter);
      }
      out.add(parts.read(arguments.get(i), type, method, hops + 1));
    }
    return concat(out);
  }

  /** {@code new StringBuilder(..).append(..).toString()}, or {@code sb.toString()} on a local builder. */
  private SqlText builderText(Expression builder, MethodCallExpr use, TypeScope type, MethodScope method, int hops) {
    List<Expression> appended = new ArrayList<>();
    Expression start = builder;
    while (start instanceof MethodCallExpr append && append.getNameAsString().equals("append")
        && append.getArguments().size() == 1 && append.getScope().isPresent()) {
      appended.add(0, append.getArgument(0));
      start = append.getScope().get();
    }
    if (start instanceof ObjectCreationExpr creation && BUILDERS.contains(creation.getType().getNameWithScope())) {
      List<SqlText> out = new ArrayList<>();
      initial(creation).ifPresent(e -> out.add(parts.read(e, type, method, hops + 1)));
      appended.forEach(a -> out.add(parts.read(a, type, method, hops + 1)));
      return concat(out);
    }
    if (start instanceof NameExpr name && appended.isEmpty() && method != null) {
      return localBuilder(name.getNameAsString(), use, type, method, hops);
    }
    return null;
  }

  private static Optional<Expression> initial(ObjectCreationExpr creation) {
    if (creation.getArguments().size() != 1 || creation.getArgument(0) instanceof IntegerLiteralExpr) {
      return Optional.empty(); // new StringBuilder() or a capacity
    }
    return Optional.of(creation.getArgument(0));
  }

  private SqlText localBuilder(String name, MethodCallExpr use, TypeScope type, MethodScope method, int hops) {
    MethodScope.Local local = method.local(name);
    if (local == null || !BUILDERS.contains(String.valueOf(local.type())) || !method.declares(name)
        || !method.assignedOnce(name) || !(local.initializer() instanceof ObjectCreationExpr creation)) {
      return null;
    }
    for (NameExpr read : method.reads(name)) {
      if (!(read.getParentNode().orElse(null) instanceof MethodCallExpr call && call.getScope().orElse(null) == read)) {
        return new SqlText.Unknown("builder " + name + " passed on");
      }
    }
    Set<Node> declarationAncestors = ancestors(local.declaration());
    List<SqlText> out = new ArrayList<>();
    boolean branches = false;
    initial(creation).ifPresent(e -> out.add(parts.read(e, type, method, hops + 1)));
    for (MethodCallExpr call : method.callsOn(name)) {
      if (!before(call, use)) {
        continue;
      }
      List<Expression> appended = new ArrayList<>();
      for (Node at = call; at instanceof MethodCallExpr link; at = link.getParentNode().orElse(null)) {
        String called = link.getNameAsString();
        if (called.equals("append") && link.getArguments().size() == 1) {
          appended.add(link.getArgument(0));
        } else if (!BUILDER_READS.contains(called)) {
          return new SqlText.Unknown("builder " + name + " changed by " + called + "()");
        }
        Node parent = link.getParentNode().orElse(null);
        if (!(parent instanceof MethodCallExpr next && next.getScope().orElse(null) == link)) {
          break;
        }
      }
      if (!appended.isEmpty()) {
        branches |= conditional(call, declarationAncestors);
        appended.forEach(a -> out.add(parts.read(a, type, method, hops + 1)));
      }
    }
    return withBranches(concat(out), branches);
  }

  /**
   * {@code sql += "..."} on a local String whose only other assignment is its initializer: the
   * initializer and each addition before {@code use}, in order; null when the local is not that.
   */
  SqlText compound(String name, Expression use, TypeScope type, MethodScope method, int hops) {
    MethodScope.Local local = method.local(name);
    if (hops >= MAX_HOPS || local == null || !method.declares(name) || local.initializer() == null
        || !("String".equals(local.type()) || "java.lang.String".equals(local.type()))) {
      return null;
    }
    Set<Node> declarationAncestors = ancestors(local.declaration());
    List<SqlText> out = new ArrayList<>();
    out.add(parts.read(local.initializer(), type, method, hops + 1));
    boolean branches = false;
    for (Node assignment : method.assignments) {
      if (!(assignment instanceof AssignExpr assign) || !(assign.getTarget() instanceof NameExpr target)
          || !target.getNameAsString().equals(name)) {
        continue;
      }
      if (assign.getOperator() != AssignExpr.Operator.PLUS) {
        return null;
      }
      if (before(assign, use)) {
        branches |= conditional(assign, declarationAncestors);
        out.add(parts.read(assign.getValue(), type, method, hops + 1));
      }
    }
    return withBranches(concat(out), branches);
  }

  /** Whether code between the declaration's block and {@code node} runs only on some paths. */
  private static boolean conditional(Node node, Set<Node> declarationAncestors) {
    for (Node at = node.getParentNode().orElse(null); at != null && !declarationAncestors.contains(at);
        at = at.getParentNode().orElse(null)) {
      if (at instanceof IfStmt || at instanceof ForStmt || at instanceof ForEachStmt || at instanceof WhileStmt
          || at instanceof DoStmt || at instanceof SwitchEntry || at instanceof ConditionalExpr
          || at instanceof CatchClause || at instanceof LambdaExpr) {
        return true;
      }
      if (at instanceof CallableDeclaration<?>) {
        break;
      }
    }
    return false;
  }

  private static Set<Node> ancestors(Node node) {
    Set<Node> found = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Node at = node; at != null; at = at.getParentNode().orElse(null)) {
      found.add(at);
      if (at instanceof CallableDeclaration<?>) {
        break;
      }
    }
    return found;
  }

  private static boolean before(Node node, Node use) {
    Position a = node.getBegin().orElse(null);
    Position b = use.getBegin().orElse(null);
    return a != null && b != null && a.isBefore(b);
  }

  private static SqlText withBranches(SqlText text, boolean branches) {
    return branches && !(text instanceof SqlText.Unknown) ? new SqlText.WithBranches(text) : text;
  }

  private static SqlText concat(List<SqlText> out) {
    List<SqlText> flat = new ArrayList<>();
    for (SqlText part : out) {
      if (part instanceof SqlText.Unknown) {
        return part;
      }
      if (!(part instanceof SqlText.Literal literal && literal.text().isEmpty())) {
        flat.add(part);
      }
    }
    return flat.size() == 1 ? flat.get(0) : new SqlText.Concat(List.copyOf(flat));
  }
}
