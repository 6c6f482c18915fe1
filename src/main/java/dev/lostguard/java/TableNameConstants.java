package dev.lostguard.java;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.lostguard.model.SqlText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A table name that an entity annotation spells with constants ({@code @TableName(Subject.TABLE_NAME)},
 * {@code @Table(name = Tables.PREFIX + "order")}), read as {@link SqlText} for the scan to resolve
 * against the project's constants. A constant's candidate owners are the entity, its enclosing
 * classes, static imports and superclasses for a bare name, and the written class through the
 * imports for {@code Owner.NAME}. Anything else (a method call, a local) leaves the name unread.
 */
final class TableNameConstants {

  private final String path;
  private final ImportScope imports;

  TableNameConstants(String path, ImportScope imports) {
    this.path = path;
    this.imports = imports;
  }

  /**
   * The text of {@code written}, or empty when some part is no literal or constant.
   *
   * @param scopes the entity's qualified name, then those of its enclosing classes, innermost first
   */
  Optional<SqlText> read(Expression written, List<String> scopes, List<String> superclassCandidates) {
    List<SqlText> parts = new ArrayList<>();
    if (!append(written, scopes, superclassCandidates, parts)) {
      return Optional.empty();
    }
    return Optional.of(parts.size() == 1 ? parts.get(0) : new SqlText.Concat(List.copyOf(parts)));
  }

  private boolean append(Expression written, List<String> scopes, List<String> supers, List<SqlText> parts) {
    if (written instanceof EnclosedExpr enclosed) {
      return append(enclosed.getInner(), scopes, supers, parts);
    }
    if (written instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS) {
      return append(binary.getLeft(), scopes, supers, parts) && append(binary.getRight(), scopes, supers, parts);
    }
    if (written instanceof StringLiteralExpr literal) {
      parts.add(new SqlText.Literal(literal.asString()));
      return true;
    }
    if (written instanceof NameExpr name) {
      Set<String> owners = new LinkedHashSet<>(scopes);
      owners.addAll(imports.staticOwnerCandidates(name.getNameAsString()));
      owners.addAll(supers);
      parts.add(new SqlText.ConstantRef(List.copyOf(owners), name.getNameAsString(), Anchors.of(path, name)));
      return true;
    }
    if (written instanceof FieldAccessExpr access && isTypeName(access.getScope().toString())) {
      parts.add(new SqlText.ConstantRef(
          typeOwners(access.getScope().toString(), scopes), access.getNameAsString(), Anchors.of(path, access)));
      return true;
    }
    return false;
  }

  /** {@code Subject} or {@code com.x.Tables}: a dotted name whose first or last segment is capitalised. */
  private static boolean isTypeName(String written) {
    if (written.isEmpty() || !written.chars().allMatch(c -> Character.isJavaIdentifierPart(c) || c == '.')) {
      return false;
    }
    String last = written.substring(written.lastIndexOf('.') + 1);
    return Character.isUpperCase(written.charAt(0)) || !last.isEmpty() && Character.isUpperCase(last.charAt(0));
  }

  /** The entity or an enclosing class when the written name is one of theirs, then the imports. */
  private List<String> typeOwners(String written, List<String> scopes) {
    int dot = written.indexOf('.');
    String head = dot < 0 ? written : written.substring(0, dot);
    String rest = dot < 0 ? "" : written.substring(dot);
    Set<String> owners = new LinkedHashSet<>();
    for (String scope : scopes) {
      if (scope.equals(head) || scope.endsWith("." + head)) {
        owners.add(scope + rest);
      }
    }
    owners.addAll(imports.typeCandidates(written));
    return List.copyOf(owners);
  }
}
