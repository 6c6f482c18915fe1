package dev.lostguard.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.type.Type;
import dev.lostguard.java.VersionOperands.ClassShape;
import dev.lostguard.model.CodePattern;
import dev.lostguard.model.MethodRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One pass over a compilation unit that records how its code handles conflicts: version comparisons
 * ({@link VersionComparisons}), versions read by the server ({@link VersionReads}), zero rows answered
 * as success ({@link ZeroRowsSuccesses}), retries ({@link ConflictRetries}), swallowing catches
 * ({@link ConflictCatches}), exception-to-status mappings ({@link ConflictMappings}) and the
 * application's own freshness checks ({@link FreshnessChecks}). This class
 * keeps the scope those need (the enclosing classes' shapes, the method's locals); only the rare
 * places that name a conflict exception look further into their own subtree.
 */
final class ConflictPatterns extends ScopedVisitor {

  private record TypeFrame(TypeFrame outer, ClassShape shape, boolean webController) {}

  private static final class MethodFrame {
    final MethodFrame outer;
    final MethodRef ref;
    final Map<String, String> locals = new HashMap<>();

    MethodFrame(MethodFrame outer, MethodRef ref) {
      this.outer = outer;
      this.ref = ref;
    }

    String local(String name) {
      for (MethodFrame frame = this; frame != null; frame = frame.outer) {
        if (frame.locals.containsKey(name)) {
          return frame.locals.get(name);
        }
      }
      return null;
    }
  }

  private final String path;
  private final ImportScope imports;
  private final ConflictVocabulary vocabulary;
  private final VersionOperands operands;
  private final ConflictExceptions exceptions;
  private final ConflictRetries retries;
  private final ConflictMappings mappings;
  private final List<CodePattern> patterns = new ArrayList<>();
  private TypeFrame type;
  private MethodFrame method;

  private ConflictPatterns(String path, CompilationUnit unit, ImportScope imports, ConflictVocabulary vocabulary) {
    super(imports);
    this.path = path;
    this.imports = imports;
    this.vocabulary = vocabulary;
    this.operands = new VersionOperands(unit, imports);
    this.exceptions = new ConflictExceptions(vocabulary, imports);
    this.retries = new ConflictRetries(path, vocabulary, imports, exceptions);
    this.mappings = new ConflictMappings(path, vocabulary, imports, exceptions);
  }

  /** The conflict-handling patterns of one file, sorted by location. */
  static List<CodePattern> extract(
      String path, CompilationUnit unit, ImportScope imports, ConflictVocabulary vocabulary) {
    ConflictPatterns walker = new ConflictPatterns(path, unit, imports, vocabulary);
    unit.accept(walker, null);
    walker.patterns.sort(Comparator.comparing(CodePattern::location));
    return List.copyOf(walker.patterns);
  }

  // ---- scopes

  @Override
  void inType(TypeDeclaration<?> declaration, Runnable body) {
    TypeFrame outer = type;
    ClassShape shape = operands.shapeOf(declaration);
    type = new TypeFrame(outer, shape == null ? new ClassShape(Map.of(), Map.of()) : shape,
        vocabulary.isWebController(declaration, imports));
    if (declaration instanceof ClassOrInterfaceDeclaration declared) {
      patterns.addAll(mappings.mapper(declared, typeName()));
    }
    body.run();
    type = outer;
  }

  @Override
  void inMethod(CallableDeclaration<?> declaration, String name, Runnable body) {
    MethodFrame outer = method;
    if (type != null) {
      method = new MethodFrame(outer, new MethodRef(typeName(), name, declaration.getParameters().size()));
      declaration.getParameters()
          .forEach(p -> method.locals.put(p.getNameAsString(), VersionOperands.written(p.getType())));
      if (declaration instanceof MethodDeclaration declared) {
        add(retries.annotated(declared, method.ref, type.webController()));
        add(mappings.handler(declared, method.ref));
      }
    }
    body.run();
    method = outer;
  }

  @Override
  void declareLocal(String name, Type declared, Expression initializer) {
    if (method != null) {
      method.locals.put(name, VersionOperands.written(declared));
    }
  }

  // ---- patterns

  @Override
  public void visit(BinaryExpr n, Void arg) {
    if (method != null && VersionComparisons.compares(n)) {
      List<ClassShape> enclosing = new ArrayList<>();
      for (TypeFrame frame = type; frame != null; frame = frame.outer()) {
        enclosing.add(frame.shape());
      }
      patterns.add(VersionComparisons.of(path, n, method.ref, operands, method::local, enclosing));
    }
    super.visit(n, arg);
  }

  @Override
  public void visit(MethodCallExpr n, Void arg) {
    if (method != null) {
      add(VersionReads.of(path, n, method.ref));
    }
    super.visit(n, arg);
  }

  @Override
  public void visit(IfStmt n, Void arg) {
    if (method != null) {
      add(ZeroRowsSuccesses.of(path, n, method.ref));
    }
    super.visit(n, arg);
  }

  @Override
  public void visit(ThrowStmt n, Void arg) {
    if (method != null) {
      add(FreshnessChecks.of(path, n, method.ref));
    }
    super.visit(n, arg);
  }

  @Override
  public void visit(CatchClause n, Void arg) {
    String exception = method == null ? null : exceptions.in(n.getParameter().getType());
    if (exception != null) {
      caught(n, exception);
    }
    super.visit(n, arg);
  }

  /** A catch of a conflict exception is a retry, else a swallowing catch, else perhaps a mapping. */
  private void caught(CatchClause clause, String exception) {
    Statement loop = ConflictRetries.rerunLoop(clause);
    if (loop != null) {
      add(retries.loop(loop, method.ref, exception, type.webController()));
      return;
    }
    CodePattern swallowed = ConflictCatches.of(path, clause, method.ref, exception, type.webController());
    add(swallowed != null ? swallowed : mappings.caught(clause, method.ref, exception));
  }

  private void add(CodePattern pattern) {
    if (pattern != null) {
      patterns.add(pattern);
    }
  }
}
