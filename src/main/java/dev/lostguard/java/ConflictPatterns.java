package dev.lostguard.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.UnionType;
import com.github.javaparser.ast.visitor.VoidVisitorAdapter;
import dev.lostguard.java.VersionOperands.ClassShape;
import dev.lostguard.model.CodePattern;
import dev.lostguard.model.ConflictCatch;
import dev.lostguard.model.ConflictMapping;
import dev.lostguard.model.ConflictRetry;
import dev.lostguard.model.MethodRef;
import dev.lostguard.model.VersionComparison;
import dev.lostguard.model.VersionOperand;
import dev.lostguard.model.VersionRead;
import dev.lostguard.model.ZeroRowsSuccess;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One pass over a compilation unit that records how its code handles conflicts: version comparisons
 * with {@code ==}/{@code !=}, retries and catches of optimistic-lock failures, and exception handlers
 * that map them to a response. Only the rare places that name a conflict exception look further into
 * their own subtree (a loop body, a handler method).
 */
final class ConflictPatterns extends VoidVisitorAdapter<Void> {

  private static final Set<String> LOGGERS =
      Set.of("log", "logger", "this.log", "this.logger", "system.out", "system.err");
  private static final Set<String> SUCCESS_RESPONSES = Set.of("ok", "noContent", "accepted");
  private static final Set<String> SUCCESS_STATUSES =
      Set.of("HttpStatus.OK", "HttpStatus.NO_CONTENT", "HttpStatus.ACCEPTED", "Response.Status.OK",
          "Status.OK", "Response.Status.NO_CONTENT", "200", "204");
  private static final List<String> WRITES = List.of("save", "update", "merge", "persist", "store", "flush");
  private static final List<String> RELOADS =
      List.of("find", "load", "fetch", "reload", "refresh", "read", "select", "query");
  /** {@code SELECT version FROM}, {@code select t.lock_version, ... from}: a version column in the select list. */
  private static final Pattern SELECTS_VERSION = Pattern.compile(
      "^\\s*select\\s+(?:(?!\\bfrom\\b).)*\\b\\w*(?:version|opt_?lock)\\b(?:(?!\\bfrom\\b).)*\\bfrom\\b",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Set<String> READS_BY_ID = Set.of("getById", "getReferenceById", "getOne");

  private record TypeFrame(TypeFrame outer, String qualifiedName, ClassShape shape, boolean webController) {}

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
  private final List<CodePattern> patterns = new ArrayList<>();
  private final Map<Node, Boolean> retryLoops = new IdentityHashMap<>();
  private TypeFrame type;
  private MethodFrame method;

  private ConflictPatterns(String path, CompilationUnit unit, ImportScope imports, ConflictVocabulary vocabulary) {
    this.path = path;
    this.imports = imports;
    this.vocabulary = vocabulary;
    this.operands = new VersionOperands(unit, imports);
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
  public void visit(ClassOrInterfaceDeclaration n, Void arg) {
    inType(n, () -> {
      exceptionMapper(n);
      super.visit(n, arg);
    });
  }

  @Override
  public void visit(EnumDeclaration n, Void arg) {
    inType(n, () -> super.visit(n, arg));
  }

  @Override
  public void visit(RecordDeclaration n, Void arg) {
    inType(n, () -> super.visit(n, arg));
  }

  private void inType(TypeDeclaration<?> declaration, Runnable body) {
    String name = declaration.getNameAsString();
    String qualified = type == null ? imports.qualify(name) : type.qualifiedName() + "." + name;
    TypeFrame outer = type;
    ClassShape shape = operands.shapeOf(declaration);
    type = new TypeFrame(outer, qualified, shape == null ? new ClassShape(Map.of(), Map.of()) : shape,
        vocabulary.isWebController(declaration, imports));
    body.run();
    type = outer;
  }

  @Override
  public void visit(MethodDeclaration n, Void arg) {
    inMethod(n.getNameAsString(), n.getParameters(), () -> {
      retryable(n);
      exceptionHandler(n);
      super.visit(n, arg);
    });
  }

  @Override
  public void visit(ConstructorDeclaration n, Void arg) {
    inMethod("<init>", n.getParameters(), () -> super.visit(n, arg));
  }

  private void inMethod(String name, NodeList<Parameter> parameters, Runnable body) {
    if (type == null) {
      body.run();
      return;
    }
    MethodFrame outer = method;
    method = new MethodFrame(outer, new MethodRef(type.qualifiedName(), name, parameters.size()));
    parameters.forEach(p -> method.locals.put(p.getNameAsString(), VersionOperands.written(p.getType())));
    body.run();
    method = outer;
  }

  @Override
  public void visit(LambdaExpr n, Void arg) {
    if (method != null) {
      n.getParameters().forEach(p -> method.locals.put(p.getNameAsString(), VersionOperands.written(p.getType())));
    }
    super.visit(n, arg);
  }

  @Override
  public void visit(VariableDeclarationExpr n, Void arg) {
    if (method != null) {
      n.getVariables().forEach(v -> method.locals.put(v.getNameAsString(), VersionOperands.written(v.getType())));
    }
    super.visit(n, arg);
  }

  @Override
  public void visit(FieldDeclaration n, Void arg) {
    // Field initializers hold no conflict handling worth a finding; skipping them keeps the walk short.
  }

  // ---- version comparisons

  @Override
  public void visit(BinaryExpr n, Void arg) {
    if (method != null
        && (n.getOperator() == BinaryExpr.Operator.EQUALS || n.getOperator() == BinaryExpr.Operator.NOT_EQUALS)
        && !(n.getLeft() instanceof LiteralExpr)
        && !(n.getRight() instanceof LiteralExpr)
        && (namesVersion(n.getLeft()) || namesVersion(n.getRight()))) {
      List<ClassShape> enclosing = new ArrayList<>();
      for (TypeFrame frame = type; frame != null; frame = frame.outer()) {
        enclosing.add(frame.shape());
      }
      MethodFrame scope = method;
      VersionOperand left = operands.operand(n.getLeft(), scope::local, enclosing);
      VersionOperand right = operands.operand(n.getRight(), scope::local, enclosing);
      patterns.add(new VersionComparison(Anchors.of(path, n), method.ref, n.getOperator().asString(), left, right));
    }
    super.visit(n, arg);
  }

  /** Whether the last name of the expression (variable, field, getter) mentions a version. */
  private static boolean namesVersion(Expression expression) {
    Expression e = expression;
    while (e instanceof EnclosedExpr || e instanceof CastExpr) {
      e = e instanceof EnclosedExpr enclosed ? enclosed.getInner() : ((CastExpr) e).getExpression();
    }
    String name;
    if (e instanceof NameExpr n) {
      name = n.getNameAsString();
    } else if (e instanceof FieldAccessExpr f) {
      name = f.getNameAsString();
    } else if (e instanceof MethodCallExpr m && m.getArguments().isEmpty()) {
      name = m.getNameAsString();
    } else {
      return false;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.contains("version") && !lower.contains("serialversionuid");
  }

  // ---- versions the server reads for itself

  @Override
  public void visit(MethodCallExpr n, Void arg) {
    if (method != null) {
      for (Expression argument : n.getArguments()) {
        String text = argument.isStringLiteralExpr() ? argument.asStringLiteralExpr().getValue()
            : argument.isTextBlockLiteralExpr() ? argument.asTextBlockLiteralExpr().getValue() : null;
        if (text != null && SELECTS_VERSION.matcher(text).find()) {
          patterns.add(new VersionRead(Anchors.of(path, n.getName()), method.ref));
          break;
        }
      }
    }
    super.visit(n, arg);
  }

  // ---- zero rows answered as success

  @Override
  public void visit(IfStmt n, Void arg) {
    if (method != null && testsZero(n.getCondition())) {
      Statement then = n.getThenStmt();
      List<Statement> branch = then.isBlockStmt() ? then.asBlockStmt().getStatements() : List.of(then);
      String outcome = swallowed(branch, true);
      if (outcome != null) {
        patterns.add(new ZeroRowsSuccess(Anchors.of(path, n), method.ref, outcome));
      }
    }
    super.visit(n, arg);
  }

  /** {@code n == 0}, {@code 0 == n}, {@code n < 1}, {@code n <= 0}. */
  private static boolean testsZero(Expression condition) {
    Expression e = condition;
    while (e instanceof EnclosedExpr enclosed) {
      e = enclosed.getInner();
    }
    if (!(e instanceof BinaryExpr binary)) {
      return false;
    }
    String left = binary.getLeft().toString();
    String right = binary.getRight().toString();
    if (!counted(right.equals("0") || right.equals("1") ? binary.getLeft() : binary.getRight())) {
      return false;
    }
    return switch (binary.getOperator()) {
      case EQUALS -> right.equals("0") && !binary.getLeft().isLiteralExpr()
          || left.equals("0") && !binary.getRight().isLiteralExpr();
      case LESS -> right.equals("1");
      case LESS_EQUALS -> right.equals("0");
      default -> false;
    };
  }

  /** A count variable or a write call: not a collection's size or a string's length. */
  private static boolean counted(Expression tested) {
    if (tested instanceof NameExpr) {
      return true;
    }
    return tested instanceof MethodCallExpr call && !call.getNameAsString().equals("size")
        && !call.getNameAsString().equals("length") && !call.getNameAsString().startsWith("count");
  }

  // ---- retries and catches

  private void retryable(MethodDeclaration n) {
    for (AnnotationExpr annotation : n.getAnnotations()) {
      if (!vocabulary.isRetryAnnotation(annotation, imports)) {
        continue;
      }
      for (String attribute : List.of("retryFor", "include", "value")) {
        String exception = AnnotationMatcher.attribute(annotation, attribute)
            .map(this::firstConflictClass)
            .orElse(null);
        if (exception != null) {
          patterns.add(new ConflictRetry(Anchors.of(path, annotation), method.ref, ConflictRetry.RETRYABLE,
              exception, reloadsBeforeWrite(n.getBody().orElse(null)), type.webController()));
          return;
        }
      }
    }
  }

  @Override
  public void visit(CatchClause n, Void arg) {
    if (method != null) {
      String exception = conflictIn(n.getParameter().getType());
      if (exception != null) {
        caught(n, exception);
      }
    }
    super.visit(n, arg);
  }

  private void caught(CatchClause clause, String exception) {
    Statement loop = enclosingLoop(clause);
    TryStmt tryStmt = (TryStmt) clause.getParentNode().orElseThrow();
    boolean retries = loop != null && !(loop instanceof ForEachStmt)
        && !exits(clause.getBody())
        && tryStmt.getTryBlock().findFirst(MethodCallExpr.class).isPresent();
    if (retries) {
      if (retryLoops.put(loop, Boolean.TRUE) == null) {
        Node body = loop instanceof WhileStmt w ? w.getBody()
            : loop instanceof DoStmt d ? d.getBody() : ((ForStmt) loop).getBody();
        patterns.add(new ConflictRetry(Anchors.of(path, loop), method.ref, ConflictRetry.LOOP, exception,
            reloadsBeforeWrite(body), type.webController()));
      }
      return;
    }
    String outcome = swallowed(clause.getBody());
    if (outcome != null) {
      patterns.add(new ConflictCatch(Anchors.of(path, clause), method.ref, exception, outcome, type.webController()));
    } else {
      Integer status = statusIn(clause.getBody());
      if (status != null) {
        // A catch answering 409/412 maps the conflict where it happens, as an exception handler would.
        patterns.add(new ConflictMapping(Anchors.of(path, clause), method.ref, exception, status));
      }
    }
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
   * How a catch body turns the conflict into success, or null when it does anything else (throws,
   * answers an error, calls other code): {@code ignored}, {@code logged} or {@code returns <expr>}.
   */
  private static String swallowed(BlockStmt body) {
    return swallowed(body.getStatements(), false);
  }

  /** As above; {@code valuesSucceed}: any returned value other than {@code false}/{@code null} is success. */
  private static String swallowed(List<Statement> statements, boolean valuesSucceed) {
    if (statements.isEmpty()) {
      return "ignored";
    }
    for (int i = 0; i < statements.size() - 1; i++) {
      if (!logs(statements.get(i))) {
        return null;
      }
    }
    Statement last = statements.get(statements.size() - 1);
    if (logs(last)) {
      return "logged";
    }
    if (last.isReturnStmt()) {
      Expression value = last.asReturnStmt().getExpression().orElse(null);
      if (value == null) {
        return "returns normally";
      }
      boolean value2xx = succeeds(value) || valuesSucceed && (value.isNameExpr() || value.isObjectCreationExpr()
          && !value.asObjectCreationExpr().getType().getNameAsString().equals("ResponseEntity"));
      return value2xx ? "returns `" + value + "`" : null;
    }
    return null;
  }

  private static boolean logs(Statement statement) {
    if (!statement.isExpressionStmt() || !(statement.asExpressionStmt().getExpression() instanceof MethodCallExpr call)) {
      return false;
    }
    if (call.getNameAsString().equals("printStackTrace")) {
      return true;
    }
    return call.getScope().map(s -> LOGGERS.contains(s.toString().toLowerCase(Locale.ROOT))).orElse(false);
  }

  /** {@code true}, a 2xx response, or the stored state read again as if the write had worked. */
  private static boolean succeeds(Expression value) {
    if (value.isBooleanLiteralExpr()) {
      return value.asBooleanLiteralExpr().getValue();
    }
    if (value.isObjectCreationExpr()) {
      return value.asObjectCreationExpr().getType().getNameAsString().equals("ResponseEntity")
          && value.asObjectCreationExpr().getArguments().stream().anyMatch(a -> SUCCESS_STATUSES.contains(a.toString()));
    }
    if (!(value instanceof MethodCallExpr call)) {
      return false;
    }
    MethodCallExpr root = call;
    while (root.getScope().orElse(null) instanceof MethodCallExpr inner) {
      root = inner;
    }
    String receiver = root.getScope().map(Expression::toString).orElse("");
    String name = root.getNameAsString();
    if (receiver.equals("ResponseEntity") || receiver.equals("Response")) {
      return SUCCESS_RESPONSES.contains(name)
          || (name.equals("status") && root.getArguments().size() == 1
              && SUCCESS_STATUSES.contains(root.getArgument(0).toString()));
    }
    return isReload(root.getNameAsString());
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

  private static boolean isReload(String name) {
    return RELOADS.stream().anyMatch(name::startsWith)
        || READS_BY_ID.contains(name)
        || (name.startsWith("get") && name.contains("By"));
  }

  // ---- exception mappings

  private void exceptionHandler(MethodDeclaration n) {
    for (AnnotationExpr annotation : n.getAnnotations()) {
      if (!vocabulary.isExceptionHandler(annotation, imports)) {
        continue;
      }
      String exception = AnnotationMatcher.attribute(annotation, "value").map(this::firstConflictClass).orElse(null);
      if (exception == null) {
        for (Parameter parameter : n.getParameters()) {
          exception = exception == null ? conflictIn(parameter.getType()) : exception;
        }
      }
      if (exception != null) {
        patterns.add(new ConflictMapping(Anchors.of(path, n.getName()), method.ref, exception, statusIn(n)));
      }
      return;
    }
  }

  private void exceptionMapper(ClassOrInterfaceDeclaration n) {
    for (ClassOrInterfaceType implemented : n.getImplementedTypes()) {
      if (!vocabulary.isExceptionMapper(implemented.getNameWithScope(), imports)) {
        continue;
      }
      NodeList<Type> arguments = implemented.getTypeArguments().orElse(new NodeList<>());
      String exception = arguments.size() == 1 ? conflictIn(arguments.get(0)) : null;
      if (exception != null) {
        patterns.add(new ConflictMapping(Anchors.of(path, n.getName()),
            new MethodRef(type.qualifiedName(), "toResponse", 1), exception, statusIn(n)));
      }
    }
  }

  /** 409 or 412 when the handler names {@code CONFLICT}/{@code PRECONDITION_FAILED} or the number; else null. */
  private static Integer statusIn(Node handler) {
    Integer[] status = {null};
    handler.walk(node -> {
      if (status[0] != null) {
        return;
      }
      String text = node instanceof com.github.javaparser.ast.expr.SimpleName simple ? simple.getIdentifier()
          : node instanceof com.github.javaparser.ast.expr.IntegerLiteralExpr literal ? literal.getValue() : null;
      if ("CONFLICT".equals(text) || "409".equals(text)) {
        status[0] = 409;
      } else if ("PRECONDITION_FAILED".equals(text) || "412".equals(text)) {
        status[0] = 412;
      }
    });
    return status[0];
  }

  // ---- names

  /** The first conflict exception among {@code X.class} or {@code {X.class, Y.class}}; null when none. */
  private String firstConflictClass(Expression expression) {
    List<Expression> values =
        expression instanceof ArrayInitializerExpr array ? array.getValues() : List.of(expression);
    for (Expression value : values) {
      if (value instanceof ClassExpr classExpr) {
        String exception = conflictIn(classExpr.getType());
        if (exception != null) {
          return exception;
        }
      }
    }
    return null;
  }

  /** The conflict exception a (possibly multi-catch) type names; null when none. */
  private String conflictIn(Type type) {
    if (type instanceof UnionType union) {
      for (Type element : union.getElements()) {
        String exception = conflictIn(element);
        if (exception != null) {
          return exception;
        }
      }
      return null;
    }
    return type instanceof ClassOrInterfaceType named
        ? vocabulary.conflictException(named.getNameWithScope(), imports)
        : null;
  }
}
