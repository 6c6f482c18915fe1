package dev.lostguard.java;

import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import dev.lostguard.model.MethodRef;
import dev.lostguard.model.QueryLanguage;
import dev.lostguard.model.SqlCall;
import dev.lostguard.model.SqlText;
import dev.lostguard.model.StringConstant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The MyBatis provider adapter. A provider method that returns a literal, a constant, or a {@code
 * SQL} builder ({@code new SQL() {{ UPDATE("t"); SET("a = #{a}"); WHERE("id = #{id}"); }}}, or the
 * chained {@code new SQL().UPDATE(..).SET(..).WHERE(..).toString()}) is recorded as a constant named
 * {@code method()} of its class, holding the statement it builds ({@code UPDATE t SET a = #{a} WHERE
 * id = #{id}}); builder calls under an {@code if} are all taken. A mapper method annotated {@code
 * @UpdateProvider(type = X.class, method = "m")} or {@code @DeleteProvider} executes that constant,
 * resolved project-wide like any other: a provider that builds its text any other way leaves the
 * write unresolved. Without {@code method}, MyBatis's {@code ProviderMethodResolver} default applies:
 * the provider method named like the mapper method.
 */
final class MybatisProviders {

  private static final Set<String> PROVIDERS = Set.of("UpdateProvider", "DeleteProvider");
  private static final String PACKAGE = "org.apache.ibatis.annotations";
  private static final Set<String> WRITE_VERBS = Set.of("update", "delete", "insert", "merge");

  private final String path;
  private final ImportScope imports;
  private final SqlTextReader reader;

  MybatisProviders(String path, ImportScope imports, SqlTextReader reader) {
    this.path = path;
    this.imports = imports;
    this.reader = reader;
  }

  /** The constant name a provider method's statement is kept under. */
  static String constantName(String method) {
    return method + "()";
  }

  // ---- the mapper side

  /** A {@code @UpdateProvider} / {@code @DeleteProvider} mapper method: a write of the provider's statement. */
  void collect(MethodDeclaration declaration, TypeScope type, List<SqlCall> out) {
    for (AnnotationExpr annotation : declaration.getAnnotations()) {
      String written = annotation.getNameAsString();
      if (!PROVIDERS.contains(SqlSinks.simpleName(written))
          || !imports.mayDenote(written, PACKAGE + "." + SqlSinks.simpleName(written))) {
        continue;
      }
      Expression provider = AnnotationMatcher.attribute(annotation, "type")
          .or(() -> AnnotationMatcher.attribute(annotation, "value")).orElse(null);
      String method = AnnotationMatcher.attribute(annotation, "method").flatMap(Fluent::string)
          .orElse(declaration.getNameAsString());
      SqlText sql =
          provider instanceof ClassExpr providerClass
              ? new SqlText.ConstantRef(owners(providerClass.getType().asString(), type), constantName(method),
                  Anchors.of(path, annotation))
              : new SqlText.Unknown("provider class not named");
      out.add(new SqlCall(Anchors.of(path, annotation), sql, QueryLanguage.SQL, "@" + SqlSinks.simpleName(written),
          CallSites.returnedCount(declaration.getType()), Set.of(),
          new MethodRef(type.qualifiedName(), declaration.getNameAsString(), declaration.getParameters().size()),
          List.of()));
      return;
    }
  }

  private List<String> owners(String written, TypeScope type) {
    List<String> owners = new ArrayList<>();
    for (TypeScope scope = type; scope != null; scope = scope.outer()) {
      owners.add(scope.qualifiedName() + "." + written); // a provider nested in the mapper
    }
    owners.addAll(imports.typeCandidates(written));
    return List.copyOf(owners);
  }

  // ---- the provider side

  /** The statement a provider method returns, as a constant of its class; empty for other methods. */
  Optional<StringConstant> declare(MethodDeclaration declaration, TypeScope type) {
    if (declaration.getBody().isEmpty() || !declaration.getType().asString().endsWith("String")) {
      return Optional.empty();
    }
    List<Statement> statements = declaration.getBody().get().getStatements();
    if (statements.isEmpty() || !(statements.get(statements.size() - 1) instanceof ReturnStmt last)
        || last.getExpression().isEmpty()) {
      return Optional.empty();
    }
    Expression returned = Fluent.unwrap(last.getExpression().get());
    SqlText text = builder(returned, type);
    if (text == null && statements.size() == 1) {
      text = reader.read(returned, type, null);
      if (!startsWithWriteVerb(text) || FactsWalker.containsUnknown(text)) {
        text = null; // not a statement, or one that could never resolve: the mapper's call stays unresolved
      }
    }
    if (text == null) {
      return Optional.empty();
    }
    return Optional.of(new StringConstant(type.qualifiedName(), constantName(declaration.getNameAsString()), text,
        Anchors.of(path, declaration.getName())));
  }

  private static boolean startsWithWriteVerb(SqlText text) {
    SqlText first = text instanceof SqlText.Concat concat && !concat.parts().isEmpty() ? concat.parts().get(0) : text;
    if (first instanceof SqlText.ConstantRef) {
      return true; // a constant's text is checked when it resolves
    }
    if (!(first instanceof SqlText.Literal literal)) {
      return false;
    }
    String head = literal.text().strip().toLowerCase(Locale.ROOT);
    int space = head.indexOf(' ');
    return WRITE_VERBS.contains(space < 0 ? head : head.substring(0, space));
  }

  /** The statement of {@code new SQL() {{ ... }}} or {@code new SQL().UPDATE(..)...}, or null. */
  private SqlText builder(Expression returned, TypeScope type) {
    List<MethodCallExpr> chain = Fluent.chain(returned);
    Expression root = Fluent.root(returned);
    if (!(root instanceof ObjectCreationExpr creation) || !creation.getType().getNameAsString().equals("SQL")) {
      return null;
    }
    List<MethodCallExpr> steps = new ArrayList<>();
    creation.getAnonymousClassBody().ifPresent(body -> {
      for (BodyDeclaration<?> member : body) {
        if (member instanceof InitializerDeclaration initializer) {
          steps.addAll(initializer.getBody().findAll(MethodCallExpr.class, c -> c.getScope().isEmpty()));
        }
      }
    });
    steps.addAll(chain);
    return new SqlBuilderText(reader, type).of(steps);
  }
}
