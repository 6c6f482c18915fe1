package dev.lostguard.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.type.Type;
import dev.lostguard.model.CodePattern;
import dev.lostguard.model.CreatedFirst;
import dev.lostguard.model.MethodRef;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds {@link CreatedFirst} calls: in one method, a creating call ({@code insert*}, {@code create*},
 * {@code addXxx}, {@code persist*}, {@code save}; not a create-or-update, nor a list's {@code add}) on a
 * receiver, and a later call on the same receiver, or one passing the local the creating call passed,
 * that always runs after it. A call in the other branch of the {@code if} that holds the creating call
 * ({@code if (id == null) dao.insert(x); else dao.update(x);}) does not.
 */
final class RowCreations extends ScopedVisitor {

  /** {@code insert}, {@code insertSelective}, {@code create}, {@code addUser}, {@code persist}, {@code save}; not a list's {@code add}. */
  private static final Pattern CREATES = Pattern.compile("(insert|create|persist)([A-Z].*)?|add[A-Z].*|save");

  private final String path;
  private final List<CodePattern> found = new ArrayList<>();

  private RowCreations(String path, ImportScope imports) {
    super(imports);
    this.path = path;
  }

  /** Words in file text without which no creating call is written: a cheap gate before a walk. */
  static final List<TextNeedles.Needle> MENTIONS = Stream.concat(
          Stream.of(".insert", ".create", ".persist", "save("),
          IntStream.rangeClosed('A', 'Z').mapToObj(c -> ".add" + (char) c)) // .addUser(..)
      .map(TextNeedles.Needle::exact).toList();

  static List<CodePattern> extract(String path, CompilationUnit unit) {
    RowCreations creations = new RowCreations(path, ImportScope.of(unit));
    unit.accept(creations, null);
    return creations.found;
  }

  @Override
  void inType(TypeDeclaration<?> declaration, Runnable body) {
    body.run();
  }

  @Override
  void inMethod(CallableDeclaration<?> declaration, String name, Runnable body) {
    if (typeName() != null) {
      MethodRef method = new MethodRef(typeName(), name, declaration.getParameters().size());
      List<MethodCallExpr> calls = declaration.findAll(MethodCallExpr.class);
      for (MethodCallExpr creating : calls) {
        if ((creating.getScope().isEmpty() || namedReceiver(creating.getScope().get())) && creates(creating)) {
          after(creating, calls, method);
        }
      }
    }
    body.run();
  }

  @Override
  void declareLocal(String name, Type type, Expression initializer) {}

  /**
   * The calls on the creating call's receiver that later statements of its block make; when the block
   * is a branch of an {@code if} whose other branch creates the same row too ({@code if (root) insert(c);
   * else { ..; insert(c); }}), also those after that {@code if}, and so on outwards.
   */
  private void after(MethodCallExpr creating, List<MethodCallExpr> calls, MethodRef method) {
    Statement statement = creating.findAncestor(Statement.class).orElse(null);
    while (statement != null && statement.getParentNode().orElse(null) instanceof BlockStmt block) {
      laterInBlock(creating, calls, method, block, block.getStatements().indexOf(statement));
      statement = block.getParentNode().orElse(null) instanceof IfStmt branching
          && everyBranchCreates(branching, creating, calls) ? branching : null;
    }
  }

  private void laterInBlock(MethodCallExpr creating, List<MethodCallExpr> calls, MethodRef method, BlockStmt block,
      int index) {
    Expression receiver = creating.getScope().orElse(null);
    boolean own = ownObject(receiver);
    List<String> created = handedOn(creating);
    for (MethodCallExpr later : calls) {
      Expression laterReceiver = later.getScope().orElse(null);
      // Node.equals compares structure: much cheaper than printing both receivers
      // A call that hands the created row on (startExport(task) after mapper.insert(task)) runs after its
      // creation too, on whatever receiver.
      boolean same = own ? ownObject(laterReceiver) && passes(later, created)
          : laterReceiver != null && laterReceiver.equals(receiver) || passes(later, created);
      if (later == creating || !same || creates(later)) {
        continue;
      }
      Statement holder = statementIn(block, later);
      if (holder != null && block.getStatements().indexOf(holder) > index) {
        CreatedFirst createdFirst = new CreatedFirst(Anchors.of(path, later.getName()), method, later.getNameAsString());
        if (!found.contains(createdFirst)) {
          found.add(createdFirst);
        }
      }
    }
  }

  /** Both branches of {@code branching} make a creating call like {@code creating}: same receiver, same locals. */
  private static boolean everyBranchCreates(IfStmt branching, MethodCallExpr creating, List<MethodCallExpr> calls) {
    if (branching.getElseStmt().isEmpty()) {
      return false;
    }
    for (Statement branch : List.of(branching.getThenStmt(), branching.getElseStmt().get())) {
      boolean creates = calls.stream().anyMatch(call -> creates(call)
          && call.getNameAsString().equals(creating.getNameAsString())
          && call.getScope().equals(creating.getScope())
          && call.getArguments().equals(creating.getArguments())
          && runsWhenever(call, branch));
      if (!creates) {
        return false;
      }
    }
    return true;
  }

  /** {@code call} is in {@code branch} and runs whenever it does: no condition, loop, try or lambda between them. */
  private static boolean runsWhenever(MethodCallExpr call, Statement branch) {
    for (Node current = call.getParentNode().orElse(null); current != null; current = current.getParentNode().orElse(null)) {
      if (current instanceof IfStmt || current instanceof ForStmt || current instanceof ForEachStmt
          || current instanceof WhileStmt || current instanceof DoStmt || current instanceof SwitchStmt
          || current instanceof TryStmt || current instanceof LambdaExpr || current instanceof ConditionalExpr) {
        return false; // an else-if branch is a condition itself
      }
      if (current == branch) {
        return true;
      }
    }
    return false;
  }

  /** The statement of {@code block} that holds {@code node}, or null when none does. */
  private static Statement statementIn(BlockStmt block, Node node) {
    for (Node current = node; current != null; current = current.getParentNode().orElse(null)) {
      if (current.getParentNode().orElse(null) == block && current instanceof Statement statement) {
        return statement;
      }
    }
    return null;
  }

  /** {@code inboxDao}, {@code this.inboxDao}, {@code this}: a receiver that names the same object each time it is read. */
  private static boolean namedReceiver(Expression receiver) {
    return receiver instanceof NameExpr || receiver instanceof FieldAccessExpr || receiver instanceof ThisExpr
        || receiver instanceof SuperExpr;
  }

  /** The class's own object: a MyBatis-Plus service's {@code this.save(menu)}, {@code super.save(menu)} or {@code save(menu)}. */
  private static boolean ownObject(Expression receiver) {
    return receiver == null || receiver instanceof ThisExpr || receiver instanceof SuperExpr;
  }

  /**
   * The locals a creating call passes or returns ({@code save(button)}, {@code long id = dao.insert(row)}):
   * a later call that passes one of them ({@code updateById(button)}, {@code record(id)}) hands on the
   * created row.
   */
  private static List<String> handedOn(MethodCallExpr creating) {
    List<String> created = new ArrayList<>(creating.getArguments().stream()
        .filter(NameExpr.class::isInstance).map(a -> ((NameExpr) a).getNameAsString()).toList());
    if (creating.getParentNode().orElse(null) instanceof VariableDeclarator result) {
      created.add(result.getNameAsString()); // long id = inbox.insert(title)
    }
    return created;
  }

  private static boolean passes(MethodCallExpr later, List<String> created) {
    return !created.isEmpty() && later.getArguments().stream()
        .anyMatch(a -> created.contains(String.valueOf(settersOn(a))));
  }

  /**
   * The local a chain of fluent setters starts from ({@code comment.setTreePath(path)} hands on
   * {@code comment}: Lombok's chained setters return the object), or null.
   */
  private static String settersOn(Expression argument) {
    Expression current = argument;
    while (current instanceof MethodCallExpr call && call.getNameAsString().startsWith("set") && call.getScope().isPresent()) {
      current = call.getScope().get();
    }
    return current instanceof NameExpr name ? name.getNameAsString() : null;
  }

  private static boolean creates(MethodCallExpr call) {
    String name = call.getNameAsString();
    // The first letter rules out most names before the expression is tried.
    char first = name.isEmpty() ? ' ' : name.charAt(0);
    return (first == 'i' || first == 'c' || first == 'p' || first == 'a' || first == 's')
        && CREATES.matcher(name).matches() && !name.toLowerCase(Locale.ROOT).contains("update");
  }
}
