package dev.lostguard.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.lostguard.model.CodePattern;
import dev.lostguard.model.ForceIncrement;
import dev.lostguard.model.MethodRef;
import dev.lostguard.model.PersistenceCall;
import dev.lostguard.model.PreconditionCall;
import dev.lostguard.model.TypeRef;
import dev.lostguard.model.WeakEtag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One walk, only over files whose text names an entity manager, a Hibernate session, a
 * force-increment lock mode or a conditional-request check ({@link #MENTIONS}): it records {@link
 * PersistenceCall}s, {@link ForceIncrement}s, {@link PreconditionCall}s and {@link WeakEtag}s. Receivers
 * are known by their declared types (fields, parameters, locals) matched through the imports, or by a
 * session getter ({@code sessionFactory.getCurrentSession().update(x)}); nothing is guessed from names
 * of variables.
 */
final class PersistencePatterns extends ScopedVisitor {

  private static final Set<String> MANAGERS =
      Set.of(
          "jakarta.persistence.EntityManager",
          "javax.persistence.EntityManager",
          "org.hibernate.Session",
          "org.hibernate.StatelessSession");
  private static final Set<String> SESSION_GETTERS =
      Set.of("getCurrentSession", "currentSession", "getSession", "getEntityManager", "entityManager");
  private static final Set<String> PRECONDITIONS = Set.of("evaluatePreconditions", "checkNotModified");
  private static final Set<String> FORCE_INCREMENTS = Set.of("OPTIMISTIC_FORCE_INCREMENT", "PESSIMISTIC_FORCE_INCREMENT");

  private final String path;
  private final ImportScope imports;
  private final TypeRefs refs;
  private final List<CodePattern> patterns = new ArrayList<>();
  /** Declared types of the fields of the enclosing types, innermost last. */
  private final List<Map<String, Type>> fields = new ArrayList<>();
  private Map<String, Type> locals;
  private MethodRef method;

  private PersistencePatterns(String path, ImportScope imports) {
    super(imports);
    this.path = path;
    this.imports = imports;
    this.refs = new TypeRefs(imports, Map.of());
  }

  /** Whether the text may hold one of the recorded facts; most files name none of them. */
  static final List<TextNeedles.Needle> MENTIONS = TextNeedles.Needle.exactly("EntityManager", "Session", "FORCE_INCREMENT", "evaluatePreconditions", "checkNotModified", "W/");

  /** The facts of one file, sorted by location. */
  static List<CodePattern> extract(String path, CompilationUnit unit, ImportScope imports) {
    PersistencePatterns walker = new PersistencePatterns(path, imports);
    unit.accept(walker, null);
    walker.patterns.sort(Comparator.comparing(CodePattern::location));
    return List.copyOf(walker.patterns);
  }

  // ---- scopes

  @Override
  void inType(TypeDeclaration<?> declaration, Runnable body) {
    Map<String, Type> declared = new HashMap<>();
    for (BodyDeclaration<?> member : declaration.getMembers()) {
      if (member instanceof FieldDeclaration field) {
        field.getVariables().forEach(v -> declared.put(v.getNameAsString(), v.getType()));
      }
    }
    fields.add(declared);
    Map<String, Type> outerLocals = locals;
    MethodRef outerMethod = method;
    locals = null;
    method = null;
    body.run();
    locals = outerLocals;
    method = outerMethod;
    fields.remove(fields.size() - 1);
  }

  /** Methods of anonymous classes count for the enclosing method, as in the call graph. */
  @Override
  void inMethod(CallableDeclaration<?> declaration, String name, Runnable body) {
    if (typeName() == null || declaration.getParentNode().orElse(null) instanceof ObjectCreationExpr) {
      body.run();
      return;
    }
    Map<String, Type> outerLocals = locals;
    MethodRef outerMethod = method;
    locals = new HashMap<>();
    NodeList<Parameter> parameters = declaration.getParameters();
    parameters.forEach(p -> locals.put(p.getNameAsString(), p.getType()));
    method = new MethodRef(typeName(), name, parameters.size());
    body.run();
    locals = outerLocals;
    method = outerMethod;
  }

  /** {@code var x = new Foo()} is declared a {@code Foo}. */
  @Override
  void declareLocal(String name, Type type, Expression initializer) {
    if (locals != null) {
      locals.put(name, type.isVarType() && initializer instanceof ObjectCreationExpr creation ? creation.getType() : type);
    }
  }

  // ---- facts

  @Override
  public void visit(MethodCallExpr n, Void arg) {
    if (method != null) {
      String name = n.getNameAsString();
      if (PersistenceCall.recorded(name) && !n.getArguments().isEmpty() && onManager(n.getScope().orElse(null))) {
        patterns.add(new PersistenceCall(Anchors.of(path, n.getName()), method, name, entity(n.getArgument(0))));
      } else if (PRECONDITIONS.contains(name)) {
        boolean ignored = n.getParentNode().orElse(null) instanceof ExpressionStmt;
        patterns.add(new PreconditionCall(Anchors.of(path, n.getName()), method, name, !ignored));
      }
    }
    super.visit(n, arg);
  }

  @Override
  public void visit(FieldAccessExpr n, Void arg) {
    forceIncrement(n.getNameAsString(), n);
    super.visit(n, arg);
  }

  @Override
  public void visit(NameExpr n, Void arg) {
    forceIncrement(n.getNameAsString(), n); // a statically imported constant
  }

  private void forceIncrement(String name, Node node) {
    if (method != null && FORCE_INCREMENTS.contains(name)) {
      patterns.add(new ForceIncrement(Anchors.of(path, node), method, name));
    }
  }

  @Override
  public void visit(StringLiteralExpr n, Void arg) {
    if (method != null && n.getValue().startsWith("W/")) {
      patterns.add(new WeakEtag(Anchors.of(path, n), method));
    }
  }

  @Override
  public void visit(ObjectCreationExpr n, Void arg) {
    if (method != null && n.getType().getNameAsString().equals("EntityTag") && n.getArguments().size() == 2
        && n.getArgument(1).isBooleanLiteralExpr() && n.getArgument(1).asBooleanLiteralExpr().getValue()) {
      patterns.add(new WeakEtag(Anchors.of(path, n), method));
    }
    super.visit(n, arg);
  }

  // ---- receivers and entities

  private boolean onManager(Expression receiver) {
    if (receiver instanceof MethodCallExpr getter) {
      return getter.getArguments().isEmpty() && SESSION_GETTERS.contains(getter.getNameAsString());
    }
    Type type = declaredType(receiver);
    if (!(type instanceof ClassOrInterfaceType named)) {
      return false;
    }
    String written = named.getNameWithScope();
    return MANAGERS.stream().anyMatch(m -> m.endsWith("." + named.getNameAsString()) && imports.mayDenote(written, m));
  }

  /** The declared type of a variable expression: a local, a parameter, {@code this.field} or a field. */
  private Type declaredType(Expression expression) {
    String name;
    boolean fieldOnly = false;
    if (expression instanceof NameExpr variable) {
      name = variable.getNameAsString();
    } else if (expression instanceof FieldAccessExpr access && access.getScope() instanceof ThisExpr) {
      name = access.getNameAsString();
      fieldOnly = true;
    } else {
      return null;
    }
    if (!fieldOnly && locals != null && locals.containsKey(name)) {
      return locals.get(name);
    }
    for (int i = fields.size() - 1; i >= 0; i--) {
      Type type = fields.get(i).get(name);
      if (type != null) {
        return type;
      }
    }
    return null;
  }

  /** The entity a call is about: the class literal of a load, else the written object's declared type. */
  private TypeRef entity(Expression argument) {
    if (argument instanceof ClassExpr literal) {
      return refs.of(literal.getType());
    }
    if (argument instanceof ObjectCreationExpr creation) {
      return refs.of(creation.getType());
    }
    Type type = declaredType(argument);
    return type instanceof ClassOrInterfaceType ? refs.of(type) : null;
  }
}
