package dev.lostguard.java;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import dev.lostguard.model.SqlText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns an expression into {@link SqlText}: literals, text blocks, {@code +}, and references to
 * {@code static final String} fields with their candidate owners. A local assigned once from such an
 * expression stands for its initializer; text assembled in the method (builders, {@code format},
 * {@code join}, {@code +=}) is read by {@link AssembledText}; anything else is
 * {@link SqlText.Unknown}, never a guess.
 */
final class SqlTextReader {

  /** Locals that stand for other locals: deeper chains are left unknown. */
  private static final int MAX_LOCAL_HOPS = 8;

  private final String path;
  private final ImportScope imports;
  /** Types this file declares, simple name to qualified name (nested ones too). */
  private final Map<String, String> declaredTypes;
  private final AssembledText assembly = new AssembledText(this::read);

  SqlTextReader(String path, ImportScope imports, Map<String, String> declaredTypes) {
    this.path = path;
    this.imports = imports;
    this.declaredTypes = declaredTypes;
  }

  /** The text of {@code expression} as seen from {@code type}, with locals of {@code method} (may be null). */
  SqlText read(Expression expression, TypeScope type, MethodScope method) {
    return read(expression, type, method, 0);
  }

  private SqlText read(Expression expression, TypeScope type, MethodScope method, int hops) {
    List<SqlText> parts = new ArrayList<>();
    // An explicit stack: 5,000 `+` terms nest 5,000 deep, and recursion would overflow.
    Deque<Expression> pending = new ArrayDeque<>();
    pending.push(expression);
    while (!pending.isEmpty()) {
      Expression next = pending.pop();
      if (next instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS) {
        pending.push(binary.getRight());
        pending.push(binary.getLeft());
      } else if (next instanceof EnclosedExpr enclosed) {
        pending.push(enclosed.getInner());
      } else {
        append(parts, leaf(next, type, method, hops));
      }
    }
    return parts.size() == 1 ? parts.get(0) : new SqlText.Concat(List.copyOf(parts));
  }

  private static void append(List<SqlText> parts, SqlText part) {
    if (part instanceof SqlText.Concat concat) {
      concat.parts().forEach(p -> append(parts, p));
      return;
    }
    int last = parts.size() - 1;
    if (part instanceof SqlText.Literal literal && last >= 0 && parts.get(last) instanceof SqlText.Literal previous) {
      parts.set(last, new SqlText.Literal(previous.text() + literal.text()));
    } else {
      parts.add(part);
    }
  }

  private SqlText leaf(Expression expression, TypeScope type, MethodScope method, int hops) {
    if (expression instanceof StringLiteralExpr literal) {
      return new SqlText.Literal(literal.asString());
    }
    if (expression instanceof TextBlockLiteralExpr block) {
      return new SqlText.Literal(block.asString());
    }
    if (expression instanceof CharLiteralExpr character) {
      return new SqlText.Literal(String.valueOf(character.asChar()));
    }
    if (expression instanceof IntegerLiteralExpr || expression instanceof LongLiteralExpr) {
      return new SqlText.Literal(expression.toString().replaceAll("[lL_]", ""));
    }
    if (expression instanceof NameExpr name) {
      return name(name, type, method, hops);
    }
    if (expression instanceof FieldAccessExpr access) {
      return fieldAccess(access, type, method);
    }
    if (expression instanceof MethodCallExpr call) {
      SqlText assembled = assembly.call(call, type, method, hops);
      return assembled != null ? assembled : new SqlText.Unknown("call to " + call.getNameAsString() + "()");
    }
    return new SqlText.Unknown(expression.getClass().getSimpleName().replace("Expr", " expression"));
  }

  private SqlText name(NameExpr expression, TypeScope type, MethodScope method, int hops) {
    String name = expression.getNameAsString();
    MethodScope.Local local = method == null ? null : method.local(name);
    if (local != null) {
      if (hops < MAX_LOCAL_HOPS && method.assignedOnce(name)) {
        SqlText initial = read(local.initializer(), type, method, hops + 1);
        if (!(initial instanceof SqlText.Unknown)) {
          return initial;
        }
      }
      SqlText added = assembly.compound(name, expression, type, method, hops);
      if (added != null && !(added instanceof SqlText.Unknown)) {
        return added;
      }
      return new SqlText.Unknown("variable " + name);
    }
    TypeScope owner = type.constantOwner(name);
    if (owner == null && type.declaresField(name)) {
      return new SqlText.Unknown("field " + name);
    }
    Set<String> owners = new LinkedHashSet<>();
    if (owner != null) {
      owners.add(owner.qualifiedName());
    }
    for (TypeScope scope = type; scope != null; scope = scope.outer()) {
      owners.add(scope.qualifiedName());
    }
    owners.addAll(imports.staticOwnerCandidates(name));
    for (TypeScope scope = type; scope != null; scope = scope.outer()) {
      scope.superTypes().forEach(s -> owners.addAll(typeOwners(s)));
    }
    return new SqlText.ConstantRef(List.copyOf(owners), name, Anchors.of(path, expression));
  }

  private SqlText fieldAccess(FieldAccessExpr access, TypeScope type, MethodScope method) {
    Expression scope = access.getScope();
    String field = access.getNameAsString();
    if (scope instanceof ThisExpr) {
      TypeScope owner = type.constantOwner(field);
      return owner == null
          ? new SqlText.Unknown("field " + field)
          : new SqlText.ConstantRef(List.of(owner.qualifiedName()), field, Anchors.of(path, access));
    }
    String written = scope.toString();
    if (!looksLikeType(written, type, method)) {
      return new SqlText.Unknown("field " + written + "." + field);
    }
    return new SqlText.ConstantRef(typeOwners(written), field, Anchors.of(path, access));
  }

  /** {@code Queries} or {@code com.x.Queries}, but not a variable such as {@code props}. */
  private static boolean looksLikeType(String written, TypeScope type, MethodScope method) {
    if (!written.chars().allMatch(c -> Character.isJavaIdentifierPart(c) || c == '.')) {
      return false;
    }
    int dot = written.indexOf('.');
    String head = dot < 0 ? written : written.substring(0, dot);
    if ((method != null && method.local(head) != null) || type.fieldType(head) != null) {
      return false;
    }
    if (Character.isUpperCase(head.charAt(0))) {
      return true;
    }
    String last = written.substring(written.lastIndexOf('.') + 1);
    return dot > 0 && Character.isUpperCase(last.charAt(0));
  }

  /** Candidate classes for a written type name: types of this file first, then the imports. */
  List<String> typeOwners(String written) {
    int dot = written.indexOf('.');
    String head = dot < 0 ? written : written.substring(0, dot);
    String declared = declaredTypes.get(head);
    if (declared == null) {
      return imports.typeCandidates(written);
    }
    Set<String> owners = new LinkedHashSet<>();
    owners.add(declared + (dot < 0 ? "" : written.substring(dot)));
    owners.addAll(imports.typeCandidates(written));
    return List.copyOf(owners);
  }
}
