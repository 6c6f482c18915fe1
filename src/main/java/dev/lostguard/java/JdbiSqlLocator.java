package dev.lostguard.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import dev.lostguard.model.SqlText;
import dev.lostguard.model.StringConstant;
import java.util.List;
import java.util.Optional;

/**
 * JDBI's {@code @UseClasspathSqlLocator}: on the SQL object (or the method), it makes {@code @SqlUpdate}
 * name a resource instead of holding SQL. The statement of {@code ShipmentDao.updateTracking} in package
 * {@code com.x} is the file {@code com/x/ShipmentDao/updateTracking.sql} on the class path (the
 * annotation's value, when given, replaces the method name). The reference is a constant of owner
 * {@code classpath:com/x/ShipmentDao} named {@code updateTracking.sql}, which the scan finds among the
 * scanned {@code .sql} files under a {@code resources} folder; a missing file is unresolved.
 */
final class JdbiSqlLocator {

  private static final String LOCATOR = "org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator";
  private JdbiSqlLocator() {}

  /** The located statement of a JDBI annotation, or empty when no locator applies. */
  static Optional<SqlText> locate(String path, MethodDeclaration declaration, AnnotationExpr annotation,
      Expression value, TypeScope type, ImportScope imports) {
    if (!annotation.getNameAsString().endsWith("SqlUpdate") && !annotation.getNameAsString().endsWith("SqlBatch")
        || !located(declaration, imports)) {
      return Optional.empty();
    }
    String name = value == null ? declaration.getNameAsString() : Fluent.string(value).orElse(null);
    if (name == null) {
      return Optional.of(new SqlText.Unknown("SQL resource name not a literal"));
    }
    String directory = type.qualifiedName().replace('.', '/');
    return Optional.of(new SqlText.ConstantRef(List.of(StringConstant.classpathOwner(directory)), name + ".sql", Anchors.of(path, annotation)));
  }

  private static boolean located(MethodDeclaration declaration, ImportScope imports) {
    for (Node node = declaration; node != null; node = node.getParentNode().orElse(null)) {
      if (node instanceof NodeWithAnnotations<?> annotated) {
        for (AnnotationExpr annotation : annotated.getAnnotations()) {
          if (annotation.getNameAsString().endsWith("UseClasspathSqlLocator")
              && imports.mayDenote(annotation.getNameAsString(), LOCATOR)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
