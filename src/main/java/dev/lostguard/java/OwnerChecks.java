package dev.lostguard.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.type.Type;
import dev.lostguard.model.CodePattern;
import dev.lostguard.model.MethodRef;
import dev.lostguard.model.OwnerCheck;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Stream;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Finds {@link OwnerCheck}s: an {@code if} whose branch throws or returns, testing that a record's
 * owner ({@code book.getAuthorId()}, {@code existing.getUserId()}) or the id the method was given
 * differs from another value, perhaps after null tests ({@code address == null || ..}). A test that
 * also lets someone else through ({@code !isAdmin && ..}) is no owner check. So is a request body
 * whose key or owner the method overwrites ({@code form.setUserId(userId)}): whatever row the client
 * named, the write is of the value set, which the model checks is the logged-in user.
 */
final class OwnerChecks extends ScopedVisitor {

  /** An owner's id as code names it: a user, member, author, creator, owner or administrator id, or a user name. */
  private static final Pattern OWNER = Pattern.compile(
      "(user|member|customer|author|creator|owner|createby|createdby|createuser|uid|account)(id)?|id"
          + "|adminuid|adminid|username|loginname");
  private static final Set<String> EQUALITY_CALLS =
      Set.of("equals", "equal", "notEqual", "notEquals", "equalsIgnoreCase", "isEquals", "isEqual");

  private final String path;
  private final List<CodePattern> found = new ArrayList<>();
  private MethodRef method;
  private Map<String, Expression> locals = new HashMap<>();
  private Set<String> idParameters = Set.of();
  private Set<String> bodyParameters = Set.of();

  private OwnerChecks(String path, ImportScope imports) {
    super(imports);
    this.path = path;
  }

  /**
   * Words in file text without which no owner check is written, a gate before a walk: {@code userId},
   * {@code creatorId} (any case before {@code Id}), {@code adminId} and {@code adminUid} (any case before
   * {@code id} or {@code Uid}), {@code CurrentUser}, {@code LoginUser}, {@code getUser(..)}.
   */
  static final List<TextNeedles.Needle> MENTIONS = Stream.of(
          Stream.of("user", "member", "author", "owner", "creator").map(word -> new TextNeedles.Needle(word + "Id", word.length())),
          Stream.of(new TextNeedles.Needle("adminid", 5), new TextNeedles.Needle("adminUid", 5)),
          TextNeedles.Needle.exactly("CurrentUser", "LoginUser", "getUser").stream())
      .flatMap(needles -> needles).toList();

  static List<CodePattern> extract(String path, CompilationUnit unit) {
    OwnerChecks checks = new OwnerChecks(path, ImportScope.of(unit));
    unit.accept(checks, null);
    return checks.found;
  }

  @Override
  void inType(TypeDeclaration<?> declaration, Runnable body) {
    body.run();
  }

  @Override
  void inMethod(CallableDeclaration<?> declaration, String name, Runnable body) {
    MethodRef outer = method;
    Map<String, Expression> outerLocals = locals;
    Set<String> outerIds = idParameters;
    Set<String> outerBodies = bodyParameters;
    method = typeName() == null ? null : new MethodRef(typeName(), name, declaration.getParameters().size());
    locals = new HashMap<>();
    Set<String> ids = new TreeSet<>();
    for (Parameter parameter : declaration.getParameters()) {
      if (ownerName(parameter.getNameAsString())) {
        ids.add(parameter.getNameAsString());
      }
    }
    idParameters = ids;
    Set<String> bodies = new TreeSet<>();
    for (Parameter parameter : declaration.getParameters()) {
      if (parameter.getAnnotations().stream().anyMatch(a -> a.getNameAsString().endsWith("RequestBody"))) {
        bodies.add(parameter.getNameAsString());
      }
    }
    bodyParameters = bodies;
    body.run();
    method = outer;
    locals = outerLocals;
    idParameters = outerIds;
    bodyParameters = outerBodies;
  }

  @Override
  void declareLocal(String name, Type type, Expression initializer) {
    if (initializer != null) {
      locals.put(name, initializer);
    }
  }

  @Override
  public void visit(IfStmt n, Void arg) {
    if (method != null && refuses(n.getThenStmt())) {
      Expression[] sides = comparison(n.getCondition());
      // Either side may hold the logged-in user (`!user.getId().equals(id)`): the model decides which.
      boolean compared = sides != null && (owner(sides[0]) || owner(sides[1]));
      MethodCallExpr lookup = compared ? null : scopedLookup(n.getCondition());
      if (compared) {
        found.add(ownerCheck(n.getCondition(), List.of(sides[0], sides[1])));
      } else if (lookup != null) {
        found.add(ownerCheck(lookup, lookup.getArguments()));
      }
    }
    super.visit(n, arg);
  }

  /** {@code form.setUserId(userId)} on a request body: the write is of the row the value set names. */
  @Override
  public void visit(MethodCallExpr n, Void arg) {
    if (method != null && n.getArguments().size() == 1 && n.getNameAsString().startsWith("set")
        && n.getScope().map(Fluent::unwrap).orElse(null) instanceof NameExpr body
        && bodyParameters.contains(body.getNameAsString())
        && STAMPED_KEY.matcher(n.getNameAsString().substring(3).toLowerCase(Locale.ROOT)).matches()) {
      found.add(ownerCheck(n, List.of(n.getArgument(0))));
    }
    super.visit(n, arg);
  }

  /** A key or owner a body may carry: not who created or last changed the row. */
  private static final Pattern STAMPED_KEY = Pattern.compile("(user|member|customer|owner|account)?(u)?id");

  /**
   * {@code if (addresses.findOwned(id, memberId) == null) return ..}, or the same test of a local the
   * method filled from such a call: a lookup of several arguments that finds nothing, where one of
   * them may be the logged-in user (the model decides).
   */
  private MethodCallExpr scopedLookup(Expression condition) {
    Expression test = Fluent.unwrap(condition);
    if (test instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.OR) {
      MethodCallExpr left = scopedLookup(binary.getLeft());
      return left != null ? left : scopedLookup(binary.getRight());
    }
    if (!(test instanceof BinaryExpr binary) || binary.getOperator() != BinaryExpr.Operator.EQUALS
        || !(binary.getLeft().isNullLiteralExpr() || binary.getRight().isNullLiteralExpr())) {
      return null;
    }
    Expression tested = Fluent.unwrap(binary.getLeft().isNullLiteralExpr() ? binary.getRight() : binary.getLeft());
    if (tested instanceof NameExpr name && locals.get(name.getNameAsString()) != null) {
      tested = Fluent.unwrap(locals.get(name.getNameAsString()));
    }
    return tested instanceof MethodCallExpr call && call.getArguments().size() >= 2 ? call : null;
  }

  /** The check at {@code anchor}, where {@code userSide} holds what may be the logged-in user. */
  private OwnerCheck ownerCheck(Expression anchor, List<Expression> userSide) {
    Set<String> names = new TreeSet<>();
    List<Integer> lines = new ArrayList<>();
    anchor.getRange().ifPresent(r -> {
      for (int line = r.begin.line; line <= r.end.line; line++) {
        lines.add(line);
      }
    });
    for (Expression side : userSide) {
      List<NameExpr> read = new ArrayList<>(side.findAll(NameExpr.class));
      for (NameExpr name : read) {
        names.add(name.getNameAsString());
        Expression initializer = locals.get(name.getNameAsString());
        if (initializer != null) {
          initializer.getRange().ifPresent(r -> lines.add(r.begin.line));
        }
      }
    }
    return new OwnerCheck(Anchors.of(path, anchor), method, names, List.copyOf(lines));
  }

  /** The branch ends the method: a throw or a return, alone or in its block. */
  private static boolean refuses(Statement branch) {
    if (branch instanceof ThrowStmt || branch instanceof ReturnStmt) {
      return true;
    }
    return branch instanceof BlockStmt block && block.getStatements().stream()
        .anyMatch(s -> s instanceof ThrowStmt || s instanceof ReturnStmt);
  }

  /** The two sides of the one equality test of the condition, beside null tests it may be or-ed with; else null. */
  private static Expression[] comparison(Expression condition) {
    Expression test = Fluent.unwrap(condition);
    if (test instanceof UnaryExpr not && not.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
      return comparison(not.getExpression());
    }
    if (test instanceof BinaryExpr binary) {
      if (binary.getOperator() == BinaryExpr.Operator.OR) {
        boolean leftNull = nullTest(binary.getLeft());
        boolean rightNull = nullTest(binary.getRight());
        return leftNull == rightNull ? null : comparison(leftNull ? binary.getRight() : binary.getLeft());
      }
      boolean equality = binary.getOperator() == BinaryExpr.Operator.EQUALS
          || binary.getOperator() == BinaryExpr.Operator.NOT_EQUALS;
      return equality && !nullTest(binary) ? new Expression[] {binary.getLeft(), binary.getRight()} : null;
    }
    if (test instanceof MethodCallExpr call && EQUALITY_CALLS.contains(call.getNameAsString())) {
      if (call.getArguments().size() == 1 && call.getScope().isPresent()) {
        return new Expression[] {call.getScope().get(), call.getArgument(0)};
      }
      if (call.getArguments().size() == 2) {
        return new Expression[] {call.getArgument(0), call.getArgument(1)};
      }
    }
    return null;
  }

  private static boolean nullTest(Expression expression) {
    Expression test = Fluent.unwrap(expression);
    return test instanceof BinaryExpr binary
        && (binary.getLeft().isNullLiteralExpr() || binary.getRight().isNullLiteralExpr())
        || test instanceof MethodCallExpr call && (call.getNameAsString().equals("isNull")
            || call.getNameAsString().equals("isEmpty") || call.getNameAsString().equals("isBlank"));
  }

  /** {@code book.getAuthorId()}, {@code existing.getUserId()}, or an id parameter of this method. */
  private boolean owner(Expression side) {
    Expression value = Fluent.unwrap(side);
    if (value instanceof NameExpr name) {
      return idParameters.contains(name.getNameAsString());
    }
    if (value instanceof MethodCallExpr getter && getter.getArguments().isEmpty() && getter.getScope().isPresent()) {
      String name = getter.getNameAsString();
      return ownerName(name.startsWith("get") && name.length() > 3 ? name.substring(3) : name);
    }
    return false;
  }

  private static boolean ownerName(String name) {
    return OWNER.matcher(name.replace("_", "").toLowerCase(Locale.ROOT)).matches();
  }
}
