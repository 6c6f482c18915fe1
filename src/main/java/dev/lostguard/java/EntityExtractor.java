package dev.lostguard.java;

import static dev.lostguard.java.AnnotationMatcher.HIBERNATE;
import static dev.lostguard.java.AnnotationMatcher.JPA;
import static dev.lostguard.java.AnnotationMatcher.MONGO;
import static dev.lostguard.java.AnnotationMatcher.MYBATIS_PLUS;
import static dev.lostguard.java.AnnotationMatcher.SPRING_DATA;
import static dev.lostguard.java.AnnotationMatcher.SPRING_DATA_RELATIONAL;
import static dev.lostguard.java.AnnotationMatcher.TK_MYBATIS;
import static dev.lostguard.java.AnnotationMatcher.VERSION;

import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.lostguard.model.EntityFacts;
import dev.lostguard.model.Location;
import dev.lostguard.model.LockingMode;
import dev.lostguard.model.PersistenceStyle;
import dev.lostguard.model.PhysicalNaming;
import dev.lostguard.model.SqlText;
import dev.lostguard.model.TypeCategory;
import dev.lostguard.model.VersionField;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The JPA adapter: turns {@code @Entity} and {@code @MappedSuperclass} classes of one file (nested ones
 * included) into {@link EntityFacts}. Annotations count only from {@code jakarta.persistence} /
 * {@code javax.persistence} ({@code @Version} also from {@code org.springframework.data.annotation},
 * locking options from {@code org.hibernate.annotations}), matched through the file's imports.
 *
 * <p>The Spring Data and MyBatis-Plus adapters live here too, since they map the same facts: a
 * Spring Data JDBC / R2DBC aggregate ({@code @Table} of {@code org.springframework.data.relational},
 * columns from its {@code @Column}), a MongoDB {@code @Document} (fields from {@code @Field}), and a
 * MyBatis-Plus entity ({@code @TableName}, {@code @TableId}, {@code @TableField}, its own {@code
 * @Version}); a class with none of those but a Spring Data {@code @Version} field is an aggregate; a
 * tk.mybatis entity is a class with JPA mapping annotations but no {@code @Entity} (tk reads {@code
 * @Table}, {@code @Id}, {@code @Column}, {@code @Transient}) or with tk's {@code @Version}.
 * Their default names are the snake_case of the class and field names. A table name written with
 * constants is left to the scan to resolve ({@link TableNameConstants}).
 *
 * <p>Deliberately not handled: embeddables ({@code @Embedded}, {@code @EmbeddedId} contribute no
 * columns), {@code @AttributeOverride}, column names given as constants, XML mappings.
 */
public final class EntityExtractor {

  private static final Set<String> INTEGRAL =
      Set.of("int", "long", "short", "Integer", "Long", "Short", "BigInteger");
  private static final Set<String> TEMPORAL =
      Set.of(
          "Instant", "LocalDateTime", "OffsetDateTime", "ZonedDateTime", "Date", "Timestamp", "Calendar",
          "LocalDate");
  /** Mappings whose columns are not this class's own: collections, join tables, embeddables. */
  private static final List<String> NOT_COLUMNS =
      List.of("OneToMany", "ManyToMany", "ElementCollection", "Embedded", "EmbeddedId");
  /** JPA field annotations that tk.mybatis reads on a class without {@code @Entity}. */
  private static final List<String> TK_FIELD_ANNOTATIONS = List.of("Id", "Column", "Transient");

  private final String path;
  private final ImportScope imports;
  private final AnnotationMatcher annotations;
  private final TableNameConstants tableConstants;

  private EntityExtractor(String path, ImportScope imports) {
    this.path = path;
    this.imports = imports;
    this.annotations = new AnnotationMatcher(imports);
    this.tableConstants = new TableNameConstants(path, imports);
  }

  /** Words of a cheap text gate: without them a file declares no Spring Data or MyBatis-Plus mapped class. */
  static final List<TextNeedles.Needle> OTHER_STYLES =
      TextNeedles.Needle.exactly("@Table", "@Document", "@Version", "@Id", "@Transient", "@Column");

  /** The entities and mapped superclasses {@code unit} declares, in source order. */
  public static List<EntityFacts> extract(CompilationUnit unit, String path, ImportScope imports) {
    EntityExtractor extractor = new EntityExtractor(path, imports);
    List<EntityFacts> found = new ArrayList<>();
    for (TypeDeclaration<?> type : unit.getTypes()) {
      extractor.visit(type, imports.packageName(), List.of(), found);
    }
    return List.copyOf(found);
  }

  private void visit(TypeDeclaration<?> type, String owner, List<String> enclosing, List<EntityFacts> found) {
    String qualifiedName = owner.isEmpty() ? type.getNameAsString() : owner + "." + type.getNameAsString();
    if (type instanceof ClassOrInterfaceDeclaration declaration && !declaration.isInterface()) {
      entity(declaration, qualifiedName, enclosing).ifPresent(found::add);
    }
    List<String> scopes = scopes(qualifiedName, enclosing);
    for (BodyDeclaration<?> member : type.getMembers()) {
      if (member instanceof TypeDeclaration<?> nested) {
        visit(nested, qualifiedName, scopes, found);
      }
    }
  }

  private Optional<EntityFacts> entity(
      ClassOrInterfaceDeclaration declaration, String qualifiedName, List<String> enclosing) {
    Optional<AnnotationExpr> entity = annotations.find(declaration, JPA, "Entity");
    boolean mappedSuperclass = entity.isEmpty() && annotations.has(declaration, JPA, "MappedSuperclass");
    PersistenceStyle style = entity.isPresent() || mappedSuperclass ? PersistenceStyle.JPA : otherStyle(declaration);
    if (style == null) {
      return Optional.empty();
    }
    // tk maps no inheritance: an abstract base ({@code AbstractDO} with the @Id) only lends its fields
    mappedSuperclass |= style == PersistenceStyle.TK_MYBATIS && declaration.isAbstract();
    String simpleName = declaration.getNameAsString();
    String entityName = entity.flatMap(a -> text(a, "name")).filter(n -> !n.isBlank()).orElse(simpleName);
    Optional<Expression> writtenTable = tableAttribute(declaration, style);
    String table =
        writtenTable.flatMap(EntityExtractor::literal)
            .filter(n -> !n.isBlank())
            .map(PhysicalNaming::explicitName)
            .orElse(null);
    List<String> superclasses = superclassCandidates(declaration, enclosing);
    SqlText tableConstant =
        writtenTable.filter(written -> literal(written).isEmpty())
            .flatMap(written -> tableConstants.read(written, scopes(qualifiedName, enclosing), superclasses))
            .orElse(null);

    Members members = members(declaration, style);
    LockingMode locking =
        members.version != null
            ? LockingMode.VERSION
            : versionless(declaration) ? LockingMode.VERSIONLESS : LockingMode.NONE;
    return Optional.of(
        new EntityFacts(
            qualifiedName,
            entityName,
            table,
            mappedSuperclass,
            superclasses,
            members.version,
            locking,
            Collections.unmodifiableMap(members.columns),
            List.copyOf(members.bookkeeping),
            location(declaration.getName()),
            style,
            members.idColumn,
            tableConstant));
  }

  /** A class and the classes enclosing it, innermost first. */
  private static List<String> scopes(String qualifiedName, List<String> enclosing) {
    List<String> scopes = new ArrayList<>();
    scopes.add(qualifiedName);
    scopes.addAll(enclosing);
    return List.copyOf(scopes);
  }

  /** The Spring Data or MyBatis-Plus style of a class that is no JPA entity, or null for a plain class. */
  private PersistenceStyle otherStyle(ClassOrInterfaceDeclaration declaration) {
    if (annotations.has(declaration, SPRING_DATA_RELATIONAL, "Table")) {
      return PersistenceStyle.SPRING_DATA_JDBC;
    }
    if (annotations.has(declaration, MONGO, "Document")) {
      return PersistenceStyle.MONGO;
    }
    if (annotations.has(declaration, MYBATIS_PLUS, "TableName")) {
      return PersistenceStyle.MYBATIS_PLUS;
    }
    boolean tk = annotations.has(declaration, JPA, "Table");
    for (FieldDeclaration field : declaration.getFields()) {
      if (annotations.has(field, MYBATIS_PLUS, "Version") || annotations.has(field, MYBATIS_PLUS, "TableId")) {
        return PersistenceStyle.MYBATIS_PLUS;
      }
      if (annotations.has(field, SPRING_DATA, "Version")) {
        return PersistenceStyle.SPRING_DATA_JDBC;
      }
      tk |= annotations.has(field, TK_MYBATIS, "Version")
          || TK_FIELD_ANNOTATIONS.stream().anyMatch(a -> annotations.has(field, JPA, a));
    }
    return tk && !annotations.has(declaration, JPA, "Embeddable") ? PersistenceStyle.TK_MYBATIS : null;
  }

  /** The annotation value that names the table, as written. */
  private Optional<Expression> tableAttribute(ClassOrInterfaceDeclaration declaration, PersistenceStyle style) {
    return switch (style) {
      case JPA, TK_MYBATIS -> annotations.find(declaration, JPA, "Table").flatMap(a -> AnnotationMatcher.attribute(a, "name"));
      case SPRING_DATA_JDBC -> annotations.find(declaration, SPRING_DATA_RELATIONAL, "Table")
          .flatMap(a -> AnnotationMatcher.attribute(a, "value").or(() -> AnnotationMatcher.attribute(a, "name")));
      case MONGO -> annotations.find(declaration, MONGO, "Document")
          .flatMap(a -> AnnotationMatcher.attribute(a, "value").or(() -> AnnotationMatcher.attribute(a, "collection")));
      case MYBATIS_PLUS -> annotations.find(declaration, MYBATIS_PLUS, "TableName")
          .flatMap(a -> AnnotationMatcher.attribute(a, "value"));
    };
  }

  private List<String> superclassCandidates(ClassOrInterfaceDeclaration declaration, List<String> enclosing) {
    if (declaration.getExtendedTypes().isEmpty()) {
      return List.of();
    }
    String written = declaration.getExtendedTypes().get(0).getNameWithScope();
    Set<String> candidates = new LinkedHashSet<>();
    if (!Character.isLowerCase(written.charAt(0))) {
      // Member types of enclosing classes shadow imports: `extends Base` inside Outer may be Outer.Base.
      enclosing.forEach(scope -> candidates.add(scope + "." + written));
    }
    candidates.addAll(imports.typeCandidates(written));
    return List.copyOf(candidates);
  }

  private boolean versionless(ClassOrInterfaceDeclaration declaration) {
    return annotations.find(declaration, HIBERNATE, "OptimisticLocking")
        .flatMap(a -> AnnotationMatcher.attribute(a, "type"))
        .map(EntityExtractor::lastIdentifier)
        .filter(type -> type.equals("DIRTY") || type.equals("ALL"))
        .isPresent();
  }

  /** The persistent members: fields, or getters when the class uses property access. */
  private Members members(ClassOrInterfaceDeclaration declaration, PersistenceStyle style) {
    Members members = new Members();
    if (style != PersistenceStyle.JPA) {
      mappedFields(declaration, style, members);
      return members;
    }
    if (propertyAccess(declaration)) {
      for (MethodDeclaration method : declaration.getMethods()) {
        propertyName(method)
            .filter(p -> !method.isStatic() && !annotations.has(method, JPA, "Transient"))
            .ifPresent(p -> member(members, p, method.getType(), method));
      }
      return members;
    }
    for (FieldDeclaration field : declaration.getFields()) {
      if (field.isStatic()
          || field.hasModifier(Modifier.Keyword.TRANSIENT)
          || annotations.has(field, JPA, "Transient")) {
        continue;
      }
      for (VariableDeclarator variable : field.getVariables()) {
        member(members, variable.getNameAsString(), variable.getType(), field);
      }
    }
    return members;
  }

  /** Fields of a Spring Data or MyBatis-Plus class: every instance field unless marked transient. */
  private void mappedFields(ClassOrInterfaceDeclaration declaration, PersistenceStyle style, Members members) {
    for (FieldDeclaration field : declaration.getFields()) {
      if (field.isStatic() || field.hasModifier(Modifier.Keyword.TRANSIENT)
          || annotations.has(field, SPRING_DATA, "Transient") || notMybatisPlusColumn(field)
          || style == PersistenceStyle.TK_MYBATIS && annotations.has(field, JPA, "Transient")) {
        continue;
      }
      Optional<String> explicit =
          switch (style) {
            case SPRING_DATA_JDBC -> annotations.find(field, SPRING_DATA_RELATIONAL, "Column").flatMap(a -> text(a, "value"));
            case MONGO -> annotations.find(field, MONGO, "Field").flatMap(a -> text(a, "value"));
            case TK_MYBATIS -> annotations.find(field, JPA, "Column").flatMap(a -> text(a, "name"));
            default -> annotations.find(field, MYBATIS_PLUS, "TableField")
                .or(() -> annotations.find(field, MYBATIS_PLUS, "TableId"))
                .flatMap(a -> text(a, "value"));
          };
      Optional<AnnotationExpr> version = annotations.find(field, SPRING_DATA, "Version")
          .or(() -> annotations.find(field, MYBATIS_PLUS, "Version")).or(() -> annotations.find(field, TK_MYBATIS, "Version"));
      for (VariableDeclarator variable : field.getVariables()) {
        String name = variable.getNameAsString();
        String column =
            explicit.filter(n -> !n.isBlank()).map(PhysicalNaming::explicitName).orElse(PhysicalNaming.snakeCase(name));
        members.columns.put(name, column);
        if (members.idColumn == null && (annotations.has(field, MYBATIS_PLUS, "TableId")
            || annotations.has(field, SPRING_DATA, "Id") || annotations.has(field, JPA, "Id"))) {
          members.idColumn = column;
        }
        if (version.isPresent() && members.version == null) {
          String written = variable.getType().asString();
          members.version = new VersionField(name, column, written, category(written), location(version.get()));
        }
      }
    }
  }

  /** {@code @TableField(exist = false)}: a MyBatis-Plus field with no column. */
  private boolean notMybatisPlusColumn(FieldDeclaration field) {
    return annotations.find(field, MYBATIS_PLUS, "TableField")
        .flatMap(a -> AnnotationMatcher.attribute(a, "exist"))
        .filter(e -> e instanceof BooleanLiteralExpr b && !b.getValue())
        .isPresent();
  }

  private <N extends Node & NodeWithAnnotations<N>> void member(
      Members members, String name, Type type, N node) {
    if (NOT_COLUMNS.stream().anyMatch(a -> annotations.has(node, JPA, a))
        || annotations.has(node, HIBERNATE, "Formula")) {
      return;
    }
    String column = column(name, node);
    members.columns.put(name, column);
    if (members.idColumn == null && annotations.has(node, JPA, "Id")) {
      members.idColumn = column;
    }
    Optional<AnnotationExpr> version = annotations.find(node, VERSION, "Version");
    if (version.isPresent() && members.version == null) {
      String written = type.asString();
      members.version = new VersionField(name, column, written, category(written), location(version.get()));
    }
    annotations.find(node, HIBERNATE, "OptimisticLock")
        .flatMap(a -> AnnotationMatcher.attribute(a, "excluded"))
        .filter(e -> e instanceof BooleanLiteralExpr b && b.getValue())
        .ifPresent(e -> members.bookkeeping.add(column));
  }

  private <N extends Node & NodeWithAnnotations<N>> String column(String name, N node) {
    Optional<String> explicit =
        annotations.find(node, JPA, "Column")
            .or(() -> annotations.find(node, JPA, "JoinColumn"))
            .flatMap(a -> text(a, "name"))
            .filter(n -> !n.isBlank());
    if (explicit.isPresent()) {
      return PhysicalNaming.explicitName(explicit.get());
    }
    boolean toOne = annotations.has(node, JPA, "ManyToOne") || annotations.has(node, JPA, "OneToOne");
    return PhysicalNaming.snakeCase(name) + (toOne ? "_id" : "");
  }

  /** {@code @Access(PROPERTY)}, or the identifier or version mapped on a getter. */
  private boolean propertyAccess(ClassOrInterfaceDeclaration declaration) {
    Optional<String> access =
        annotations.find(declaration, JPA, "Access")
            .flatMap(a -> AnnotationMatcher.attribute(a, "value"))
            .map(EntityExtractor::lastIdentifier);
    if (access.isPresent()) {
      return access.get().equals("PROPERTY");
    }
    return declaration.getMethods().stream()
        .anyMatch(
            m -> annotations.has(m, JPA, "Id")
                || annotations.has(m, JPA, "EmbeddedId")
                || annotations.has(m, VERSION, "Version"));
  }

  /** {@code getFooBar()} / {@code isFoo()} without parameters: the JavaBeans property name. */
  private static Optional<String> propertyName(MethodDeclaration method) {
    String name = method.getNameAsString();
    if (!method.getParameters().isEmpty() || method.getType().isVoidType()) {
      return Optional.empty();
    }
    int prefix = name.startsWith("get") ? 3 : name.startsWith("is") ? 2 : 0;
    if (prefix == 0 || name.length() == prefix || !Character.isUpperCase(name.charAt(prefix))) {
      return Optional.empty();
    }
    String rest = name.substring(prefix);
    if (rest.length() > 1 && Character.isUpperCase(rest.charAt(1))) {
      return Optional.of(rest); // java.beans.Introspector.decapitalize keeps "URL"
    }
    return Optional.of(Character.toLowerCase(rest.charAt(0)) + rest.substring(1));
  }

  static TypeCategory category(String writtenType) {
    String type = writtenType;
    int generic = type.indexOf('<');
    if (generic >= 0) {
      type = type.substring(0, generic);
    }
    type = type.substring(type.lastIndexOf('.') + 1).strip();
    if (INTEGRAL.contains(type)) {
      return TypeCategory.INTEGRAL;
    }
    return TEMPORAL.contains(type) ? TypeCategory.TEMPORAL : TypeCategory.OTHER;
  }

  /** A string attribute written as a literal, a text block or a {@code +} of those. */
  private static Optional<String> text(AnnotationExpr annotation, String name) {
    return AnnotationMatcher.attribute(annotation, name).flatMap(EntityExtractor::literal);
  }

  private static Optional<String> literal(Expression expression) {
    if (expression instanceof StringLiteralExpr string) {
      return Optional.of(string.asString());
    }
    if (expression instanceof TextBlockLiteralExpr block) {
      return Optional.of(block.asString());
    }
    if (expression instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS) {
      return literal(binary.getLeft()).flatMap(l -> literal(binary.getRight()).map(r -> l + r));
    }
    return Optional.empty();
  }

  private static String lastIdentifier(Expression expression) {
    if (expression instanceof FieldAccessExpr access) {
      return access.getNameAsString();
    }
    if (expression instanceof NameExpr name) {
      return name.getNameAsString();
    }
    return expression.toString();
  }

  private Location location(Node node) {
    Range range = node.getRange().orElseThrow();
    return new Location(path, range.begin.line, range.begin.column, range.end.line, range.end.column);
  }

  private static final class Members {
    final Map<String, String> columns = new LinkedHashMap<>();
    final Set<String> bookkeeping = new TreeSet<>();
    VersionField version;
    String idColumn;
  }
}
