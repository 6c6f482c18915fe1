package dev.lostguard.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import dev.lostguard.model.ConflictRetry;
import dev.lostguard.model.MethodRef;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Retries of an optimistic-lock failure: a retry annotation naming a conflict exception, or a loop
 * whose catch of one lets the work run again. Each records whether the retried code reads fresh
 * state before it writes. One instance serves one file, so that a loop with several catches counts once.
 */
final class ConflictRetries {

  private static final List<String> WRITES = List.of("save", "update", "merge", "persist", "store", "flush");
  private static final List<String> RELOADS =
      List.of("find", "load", "fetch", "reload", "refresh", "read", "select", "query");
  private static final Set<String> READS_BY_ID = Set.of("getById", "getReferenceById", "getOne");

  private final String path;
  private final ConflictVocabulary vocabulary;
  private final ImportScope imports;
  private final ConflictExceptions exceptions;
  private final Map<Node, Boolean> recordedLoops = new IdentityHashMap<>();

  ConflictRetries(String path, ConflictVocabulary vocabulary, ImportScope imports, ConflictExceptions exceptions) {
    this.path = path;
    this.vocabulary = vocabulary;
    this.imports = imports;
    this.exceptions = exceptions;
  }

  /** The retry a method's retry annotation declares for a conflict exception; null when none. */
  ConflictRetry annotated(MethodDeclaration n, MethodRef method, boolean webController) {
    for (AnnotationExpr annotation : n.getAnnotations()) {
      if (!vocabulary.isRetryAnnotation(annotation, imports)) {
        continue;
      }
      for (String attribute : List.of("retryFor", "include", "value")) {
        String exception = AnnotationMatcher.attribute(annotation, attribute)
            .map(exceptions::firstClass)
            .orElse(null);
        if (exception != null) {
          return new ConflictRetry(Anchors.of(path, annotation), method, ConflictRetry.RETRYABLE,
              exception, reloadsBeforeWrite(n.getBody().orElse(null)), webController);
        }
      }
    }
    return null;
  }

  /**
   * The loop that runs the work again after the catch: not a for-each, the catch does not leave it,
   * and the try calls something. Null when the catch retries nothing.
   */
  static Statement rerunLoop(CatchClause clause) {
    Statement loop = enclosingLoop(clause);
    TryStmt tryStmt = (TryStmt) clause.getParentNode().orElseThrow();
    boolean retries = loop != null && !(loop instanceof ForEachStmt)
        && !exits(clause.getBody())
        && tryStmt.getTryBlock().findFirst(MethodCallExpr.class).isPresent();
    return retries ? loop : null;
  }

  /** The retry of a {@link #rerunLoop}; null when another catch of the same loop already gave it. */
  ConflictRetry loop(Statement loop, MethodRef method, String exception, boolean webController) {
    if (recordedLoops.put(loop, Boolean.TRUE) != null) {
      return null;
    }
    Node body = loop instanceof WhileStmt w ? w.getBody()
        : loop instanceof DoStmt d ? d.getBody() : ((ForStmt) loop).getBody();
    return new ConflictRetry(Anchors.of(path, loop), method, ConflictRetry.LOOP, exception,
        reloadsBeforeWrite(body), webController);
  }

  /** Whether a call of this name reads stored state ({@code findById}, {@code refresh}, {@code getOne}, ...). */
  static boolean isReload(String name) {
    return RELOADS.stream().anyMatch(name::startsWith)
        || READS_BY_ID.contains(name)
        || (name.startsWith("get") && name.contains("By"));
  }

  /** The nearest loop around {@code node} within its method or lambda; null when none. */
  private static Statement enclosingLoop(Node node) {
    for (Node parent = node.getParentNode().orElse(null); parent != null;
        parent = parent.getParentNode().orElse(null)) {
      if (parent instanceof WhileStmt || parent instanceof DoStmt || parent instanceof ForStmt
          || parent instanceof ForEachStmt) {
        return (Statement) parent;
      }
      if (parent instanceof BodyDeclaration<?> || parent instanceof LambdaExpr) {
        return null;
      }
    }
    return null;
  }

  /** The catch ends by leaving the loop: the work is not run again. */
  private static boolean exits(BlockStmt body) {
    if (body.getStatements().isEmpty()) {
      return false;
    }
    Statement last = body.getStatements().getLast().orElseThrow();
    return last.isThrowStmt() || last.isReturnStmt() || last.isBreakStmt();
  }

  /**
   * Whether the retried code reads fresh state before it writes: a read call ({@code findById},
   * {@code refresh}, ...) before or inside the first write call, or no visible write at all.
   */
  private static boolean reloadsBeforeWrite(Node body) {
    if (body == null) {
      return true;
    }
    List<MethodCallExpr> calls = body.findAll(MethodCallExpr.class);
    calls.sort(Comparator.comparing(c -> c.getBegin().orElseThrow()));
    MethodCallExpr firstWrite = calls.stream().filter(c -> isWrite(c.getNameAsString())).findFirst().orElse(null);
    if (firstWrite == null) {
      return true;
    }
    // Before the write's end: a read in the write's own arguments (save(findById(id))) runs first.
    return calls.stream().anyMatch(c -> isReload(c.getNameAsString())
        && c.getBegin().orElseThrow().isBefore(firstWrite.getEnd().orElseThrow()));
  }

  private static boolean isWrite(String name) {
    return WRITES.stream().anyMatch(name::startsWith);
  }
}
