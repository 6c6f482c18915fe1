package dev.lostguard.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.visitor.VoidVisitorAdapter;
import dev.lostguard.model.CodePattern;
import dev.lostguard.model.SqlCall;
import dev.lostguard.model.SqlText;
import dev.lostguard.model.StringConstant;
import dev.lostguard.model.TypeFacts;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one pass over a compilation unit: it keeps the class and method scopes, declares fields,
 * constants, locals and parameters as it meets them, records reads and candidate calls, and hands
 * each finished method to {@link CallSites}. No symbol solving, no second search of the tree.
 */
final class FactsWalker extends VoidVisitorAdapter<Void> {

  /** Calls that return an instance of the class they are given: JDBI {@code attach}/{@code onDemand}, MyBatis {@code getMapper}. */
  private static final Set<String> TYPED_FACTORIES = Set.of("attach", "onDemand", "getMapper", "getBean");
  private static final Set<UnaryExpr.Operator> INCREMENTS =
      EnumSet.of(
          UnaryExpr.Operator.PREFIX_INCREMENT,
          UnaryExpr.Operator.PREFIX_DECREMENT,
          UnaryExpr.Operator.POSTFIX_INCREMENT,
          UnaryExpr.Operator.POSTFIX_DECREMENT);

  private final String path;
  private final ImportScope imports;
  private final SqlSinks sinks;
  private final SqlTextReader reader;
  private final CallSites callSites;
  private final FrameworkWrites frameworkWrites;
  private final BuiltArguments built;
  private final MybatisProviders providers;
  private final CodeFacts code;
  /** Only declarations (constants, nested types): method bodies and call-graph facts are skipped. */
  private final boolean declarationsOnly;
  private final Map<String, SqlText> constantValues = new HashMap<>();
  final List<StringConstant> constants = new ArrayList<>();
  final List<SqlCall> sqlCalls = new ArrayList<>();
  final List<CodePattern> builtArguments = new ArrayList<>();
  /** Where MyBatis-Plus writes compute their row keys ({@link dev.lostguard.model.CallerKeyedWrite}). */
  final List<CodePattern> callerKeys = new ArrayList<>();
  private TypeScope type;
  private MethodScope method;
  /** The line of the declaration being walked, for an error that stops the walk. */
  int line = 1;

  FactsWalker(String path, CompilationUnit unit, SqlSinks sinks) {
    this(path, unit, sinks, false);
  }

  FactsWalker(String path, CompilationUnit unit, SqlSinks sinks, boolean declarationsOnly) {
    this.path = path;
    this.declarationsOnly = declarationsOnly;
    this.imports = ImportScope.of(unit);
    this.sinks = sinks;
    Map<String, String> declaredTypes = new HashMap<>();
    for (TypeDeclaration<?> declaration : unit.getTypes()) {
      declareTypes(declaration, imports.qualify(declaration.getNameAsString()), declaredTypes);
    }
    this.reader = new SqlTextReader(path, imports, declaredTypes);
    this.callSites = new CallSites(path, sinks, imports, reader, constantValues);
    this.frameworkWrites = new FrameworkWrites(path, imports);
    this.built = new BuiltArguments(path);
    this.providers = new MybatisProviders(path, imports, reader);
    this.code = new CodeFacts(path, imports, declaredTypes, value -> reader.read(value, type, null),
        (value, scope) -> reader.read(value, type, scope));
  }

  /** The classes, interfaces, enums, records and annotation types of the file, in source order. */
  List<TypeFacts> types() {
    return code.types();
  }

  private static void declareTypes(TypeDeclaration<?> declaration, String qualified, Map<String, String> out) {
    out.putIfAbsent(declaration.getNameAsString(), qualified);
    for (BodyDeclaration<?> member : declaration.getMembers()) {
      if (member instanceof TypeDeclaration<?> nested) {
        declareTypes(nested, qualified + "." + nested.getNameAsString(), out);
      }
    }
  }

  /** A type as written without type arguments ({@code JdbcTemplate}, {@code java.sql.Connection}); null for others. */
  static String typeName(Type type) {
    return type instanceof ClassOrInterfaceType named ? named.getNameWithScope() : null;
  }

  // ---- classes

  @Override
  public void visit(ClassOrInterfaceDeclaration n, Void arg) {
    List<String> supers = new ArrayList<>();
    n.getExtendedTypes().forEach(t -> supers.add(t.getNameWithScope()));
    n.getImplementedTypes().forEach(t -> supers.add(t.getNameWithScope()));
    inType(n, supers, n.isInterface(), () -> super.visit(n, arg));
  }

  @Override
  public void visit(EnumDeclaration n, Void arg) {
    inType(n, List.of(), false, () -> super.visit(n, arg));
  }

  @Override
  public void visit(RecordDeclaration n, Void arg) {
    inType(n, List.of(), false, () -> {
      n.getParameters().forEach(p -> type.declareField(p.getNameAsString(), typeName(p.getType()), false));
      super.visit(n, arg);
    });
  }

  @Override
  public void visit(AnnotationDeclaration n, Void arg) {
    inType(n, List.of(), true, () -> super.visit(n, arg));
  }

  private void inType(TypeDeclaration<?> declaration, List<String> supers, boolean constantFields, Runnable body) {
    String name = declaration.getNameAsString();
    String qualified = type == null ? imports.qualify(name) : type.qualifiedName() + "." + name;
    TypeScope outerType = type;
    MethodScope outerMethod = method;
    type = new TypeScope(outerType, qualified, name, supers);
    declareMembers(declaration, constantFields);
    if (declarationsOnly) {
      // Constants and nested types only: nothing here feeds the call graph or a reported write.
      declaration.getMembers().stream()
          .filter(member -> member instanceof TypeDeclaration<?>)
          .forEach(member -> member.accept(this, null));
      type = outerType;
      return;
    }
    code.enterType(declaration, qualified);
    // Field initializers and initializer blocks share one scope, as if in a constructor.
    method = new MethodScope(outerMethod, type, "<init>", 0);
    MethodScope initializers = method;
    body.run();
    callSites.collect(initializers, sqlCalls);
    frameworkWrites.collect(initializers, sqlCalls);
    code.exitType();
    type = outerType;
    method = outerMethod;
  }

  /** Fields, constants and method return types, before any body: code may use them before they appear. */
  private void declareMembers(TypeDeclaration<?> declaration, boolean constantFields) {
    for (BodyDeclaration<?> member : declaration.getMembers()) {
      if (member instanceof FieldDeclaration field) {
        boolean constant = constantFields || (field.isStatic() && field.isFinal());
        for (VariableDeclarator variable : field.getVariables()) {
          String written = typeName(variable.getType());
          boolean stringConstant =
              constant && variable.getInitializer().isPresent()
                  && ("String".equals(written) || "java.lang.String".equals(written));
          type.declareField(variable.getNameAsString(), written, stringConstant);
          if (stringConstant) {
            declareConstant(variable, variable.getInitializer().get());
          }
        }
      } else if (member instanceof MethodDeclaration declared) {
        type.declareMethod(declared.getNameAsString(), typeName(declared.getType()));
      } else if (member instanceof ConstructorDeclaration constructor) {
        constructor.getParameters()
            .forEach(p -> type.declareConstructorParameter(p.getNameAsString(), typeName(p.getType())));
      }
    }
  }

  private void declareConstant(VariableDeclarator variable, Expression initializer) {
    SqlText value = reader.read(initializer, type, null);
    if (containsUnknown(value)) {
      return; // not SQL we could ever resolve; a reference to it stays unresolved
    }
    String name = variable.getNameAsString();
    constants.add(new StringConstant(type.qualifiedName(), name, value, Anchors.of(path, variable)));
    constantValues.put(type.qualifiedName() + "#" + name, value);
    if (LockedReads.locks(LockedReads.literalParts(value, ref -> null))) {
      type.markLocking(name);
    }
  }

  /** Whether some part of the text cannot be known from source: such text never resolves. */
  static boolean containsUnknown(SqlText text) {
    if (text instanceof SqlText.Unknown) {
      return true;
    }
    if (text instanceof SqlText.WithBranches branches) {
      return containsUnknown(branches.text());
    }
    return text instanceof SqlText.Concat concat && concat.parts().stream().anyMatch(FactsWalker::containsUnknown);
  }

  // ---- methods

  @Override
  public void visit(MethodDeclaration n, Void arg) {
    line = beginLine(n);
    callSites.collect(n, type, sqlCalls);
    providers.collect(n, type, sqlCalls);
    providers.declare(n, type).ifPresent(constants::add);
    boolean opened = code.enterMethod(n);
    inMethod(n.getNameAsString(), n.getParameters(), () -> super.visit(n, arg));
    if (opened) {
      code.exitMethod();
    }
  }

  @Override
  public void visit(ConstructorDeclaration n, Void arg) {
    line = beginLine(n);
    boolean opened = code.enterMethod(n);
    inMethod("<init>", n.getParameters(), () -> super.visit(n, arg));
    if (opened) {
      code.exitMethod();
    }
  }

  @Override
  public void visit(CompactConstructorDeclaration n, Void arg) {
    line = beginLine(n);
    boolean opened = code.enterMethod(n);
    inMethod("<init>", List.of(), () -> super.visit(n, arg));
    if (opened) {
      code.exitMethod();
    }
  }

  @Override
  public void visit(InitializerDeclaration n, Void arg) {
    line = beginLine(n);
    inMethod(n.isStatic() ? "<clinit>" : "<init>", List.of(), () -> super.visit(n, arg));
  }

  private void inMethod(String name, List<Parameter> parameters, Runnable body) {
    MethodScope outer = method;
    method = new MethodScope(outer, type, name, parameters.size());
    for (Parameter parameter : parameters) {
      method.declareLocal(parameter.getNameAsString(), typeName(parameter.getType()), null, parameter);
    }
    MethodScope current = method;
    body.run();
    callSites.collect(current, sqlCalls);
    frameworkWrites.collect(current, sqlCalls, callerKeys);
    built.collect(current, builtArguments);
    method = outer;
  }

  @Override
  public void visit(LambdaExpr n, Void arg) {
    if (method == null) {
      super.visit(n, arg);
      return;
    }
    String callbackType = callbackParameterType(n);
    for (Parameter parameter : n.getParameters()) {
      String declared = typeName(parameter.getType());
      method.declareLocal(parameter.getNameAsString(), declared == null ? callbackType : declared, null, parameter);
    }
    super.visit(n, arg);
  }

  /** JDBI's callbacks hand their lambda a {@code Handle}: {@code jdbi.useHandle(h -> h.createUpdate(..))}. */
  private static final Set<String> JDBI_CALLBACKS = Set.of("useHandle", "withHandle", "inTransaction", "useTransaction");

  /**
   * The type of the untyped single parameter of a lambda passed to a JDBI callback, in a file that
   * imports JDBI, or beside a mapper's class; null otherwise.
   */
  private String callbackParameterType(LambdaExpr lambda) {
    if (lambda.getParameters().size() != 1 || !(lambda.getParentNode().orElse(null) instanceof MethodCallExpr call)) {
      return null;
    }
    if (JDBI_CALLBACKS.contains(call.getNameAsString()) && imports.importsFrom("org.jdbi")) {
      return "org.jdbi.v3.core.Handle";
    }
    return mapperClassPassedWith(call, lambda);
  }

  private static final Pattern DATA_ACCESS_CLASS = Pattern.compile(".*(?:Mapper|Dao|DAO|Repository)");

  /**
   * A helper handed a mapper's class and a lambda that uses it ({@code doAs(TableMetaMapper.class, mapper
   * -> mapper.updateTable(meta))}, {@code getAs(OrderMapper.class, m -> m.select(id))}): the lambda's
   * parameter is that mapper, as such helpers open a session and pass its {@code getMapper(..)}.
   */
  private static String mapperClassPassedWith(MethodCallExpr call, LambdaExpr lambda) {
    if (call.getArguments().size() != 2 || call.getArgument(1) != lambda
        || !(call.getArgument(0) instanceof ClassExpr mapper)) {
      return null;
    }
    String name = mapper.getType().asString();
    return DATA_ACCESS_CLASS.matcher(name).matches() ? name : null;
  }

  // ---- data flow inside a method

  @Override
  public void visit(VariableDeclarator n, Void arg) {
    if (method != null && !(n.getParentNode().orElse(null) instanceof FieldDeclaration)) {
      Optional<Expression> initializer = n.getInitializer();
      String written = typeName(n.getType());
      if (written == null && n.getType().isVarType()
          && initializer.orElse(null) instanceof ObjectCreationExpr creation) {
        written = creation.getType().getNameWithScope(); // var x = new JdbcTemplate(..)
      }
      if (written == null && n.getType().isVarType() && initializer.orElse(null) instanceof MethodCallExpr call
          && TYPED_FACTORIES.contains(call.getNameAsString()) && call.getArguments().size() == 1
          && call.getArgument(0) instanceof ClassExpr target) {
        written = target.getType().asString(); // var dao = handle.attach(OrderDao.class)
      }
      method.declareLocal(n.getNameAsString(), written, initializer.orElse(null), n);
      method.assignments.add(n);
    }
    super.visit(n, arg);
  }

  @Override
  public void visit(AssignExpr n, Void arg) {
    if (method != null) {
      code.assigned(n.getTarget(), method);
    }
    if (method != null && n.getTarget() instanceof NameExpr target) {
      method.reassign(target.getNameAsString(), n);
      method.assignments.add(n);
      if (n.getOperator() == AssignExpr.Operator.ASSIGN) {
        n.getValue().accept(this, arg); // the target is written, not read
        return;
      }
    }
    super.visit(n, arg);
  }

  @Override
  public void visit(UnaryExpr n, Void arg) {
    if (method != null && n.getExpression() instanceof NameExpr name && INCREMENTS.contains(n.getOperator())) {
      method.reassign(name.getNameAsString(), n);
    }
    super.visit(n, arg);
  }

  @Override
  public void visit(ForEachStmt n, Void arg) {
    if (method != null) {
      method.assignments.add(n);
    }
    super.visit(n, arg);
  }

  @Override
  public void visit(NameExpr n, Void arg) {
    if (method == null) {
      return; // package annotations
    }
    method.read(n);
    String name = n.getNameAsString();
    if (type.isLockingConstant(name) && method.local(name) == null) {
      method.lockingTexts.add(n);
    }
  }

  @Override
  public void visit(MethodReferenceExpr n, Void arg) {
    if (method != null) {
      code.methodReference(n, method, type);
    }
    super.visit(n, arg);
  }

  @Override
  public void visit(MethodCallExpr n, Void arg) {
    if (method == null) {
      super.visit(n, arg);
      return;
    }
    if (!sinks.methodSinksNamed(n.getNameAsString()).isEmpty()) {
      method.sinkCandidates.add(n);
    }
    if (FrameworkWrites.TRIGGERS.contains(n.getNameAsString())) {
      method.frameworkCandidates.add(n);
    }
    if (BuiltArguments.candidate(n)) {
      method.builtArgumentCandidates.add(n);
    }
    if (n.getScope().orElse(null) instanceof NameExpr receiver) {
      method.callOn(receiver.getNameAsString(), n);
    }
    code.call(n, method, type);
    super.visit(n, arg);
  }

  @Override
  public void visit(StringLiteralExpr n, Void arg) {
    if (method != null && LockedReads.locks(n.getValue())) {
      method.lockingTexts.add(n);
    }
  }

  @Override
  public void visit(TextBlockLiteralExpr n, Void arg) {
    if (method != null && LockedReads.locks(n.getValue())) {
      method.lockingTexts.add(n);
    }
  }

  private static int beginLine(Node node) {
    return node.getBegin().map(p -> p.line).orElse(1);
  }
}
