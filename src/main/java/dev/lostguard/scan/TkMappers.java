package dev.lostguard.scan;

import dev.lostguard.model.EntityCatalog;
import dev.lostguard.model.FileFacts;
import dev.lostguard.model.LockingMode;
import dev.lostguard.model.MapperFacts;
import dev.lostguard.model.MapperStatement;
import dev.lostguard.model.PersistenceStyle;
import dev.lostguard.model.PhysicalNaming;
import dev.lostguard.model.ResolvedEntity;
import dev.lostguard.model.TypeFacts;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the scan knows about tk.mybatis mappers project-wide: its base types, which mapper methods run
 * SQL of their own (an XML statement of that id in the mapper's namespace, or a method the interface
 * declares itself, as MyBatis Generator writes them), and the entity of a plain class that tk maps
 * without any annotation (fields in snake_case, the id and version from an annotated base class).
 */
final class TkMappers {

  /** tk.mybatis base types, each with its entity as the first type argument. */
  static final Map<String, Integer> BASES = bases(
      "Mapper", "BaseMapper", "MySqlMapper", "IdsMapper", "ConditionMapper", "ExampleMapper", "RowBoundsMapper",
      "SqlServerMapper", "base.BaseUpdateMapper", "base.BaseDeleteMapper",
      "base.update.UpdateByPrimaryKeyMapper", "base.update.UpdateByPrimaryKeySelectiveMapper",
      "base.delete.DeleteMapper", "base.delete.DeleteByPrimaryKeyMapper");
  private static final int MAX_DEPTH = 8;

  private final Map<String, Set<String>> xmlStatements;
  private final Map<String, TypeFacts> types;
  private final EntityCatalog entities;

  private TkMappers(Map<String, Set<String>> xmlStatements, Map<String, TypeFacts> types, EntityCatalog entities) {
    this.xmlStatements = xmlStatements;
    this.types = types;
    this.entities = entities;
  }

  static TkMappers of(List<FileFacts> facts, Map<String, TypeFacts> types, EntityCatalog entities) {
    Map<String, Set<String>> statements = new HashMap<>();
    for (FileFacts file : facts) {
      for (MapperFacts mapper : file.mappers()) {
        Set<String> ids = statements.computeIfAbsent(mapper.namespace(), n -> new HashSet<>());
        mapper.statements().stream().map(MapperStatement::id).forEach(ids::add);
      }
    }
    return new TkMappers(statements, types, entities);
  }

  /** Whether the mapper runs SQL of its own for {@code method}: an XML statement or a method it declares. */
  boolean ownStatement(List<String> receiver, String method) {
    for (String candidate : receiver) {
      if (xmlStatements.getOrDefault(candidate, Set.of()).contains(method)) {
        return true;
      }
      TypeFacts type = types.get(candidate);
      if (type != null && type.methods().stream().anyMatch(m -> m.ref().name().equals(method))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A class that no annotation marks as mapped: tk writes every field of it and its superclasses (static
   * ones aside) in snake_case, to the snake_case of its name; an annotated ancestor lends its id and
   * version. Empty when the project does not declare the class.
   */
  Optional<ResolvedEntity> plainEntity(String className) {
    return plainEntity(className, PersistenceStyle.TK_MYBATIS);
  }

  /** The same default mapping for a framework that shares it (MyBatis-Plus maps an unannotated class so too). */
  Optional<ResolvedEntity> plainEntity(String className, PersistenceStyle style) {
    TypeFacts type = types.get(className);
    if (type == null || type.kind() != TypeFacts.Kind.CLASS) {
      return Optional.empty();
    }
    Map<String, String> columns = new LinkedHashMap<>();
    ResolvedEntity annotated = null;
    TypeFacts level = type;
    for (int depth = 0; level != null && depth < MAX_DEPTH; depth++) {
      level.fields().keySet().stream().filter(TkMappers::instanceField)
          .forEach(f -> columns.putIfAbsent(f, PhysicalNaming.snakeCase(f)));
      level = superclass(level);
      Optional<ResolvedEntity> ancestor = level == null ? Optional.empty() : entities.byEntityName(level.qualifiedName());
      if (ancestor.isPresent()) { // its mapping covers its own ancestors
        annotated = ancestor.get();
        annotated.columns().forEach(columns::putIfAbsent);
        level = null;
      }
    }
    String simpleName = className.substring(className.lastIndexOf('.') + 1);
    ResolvedEntity base = annotated;
    String table = entities.derivedTablePrefix(style) + PhysicalNaming.snakeCase(simpleName);
    return Optional.of(new ResolvedEntity(className, simpleName, table,
        base == null ? null : base.version(), base == null ? LockingMode.NONE : base.locking(), Collections.unmodifiableMap(columns),
        List.of(), type.nameLocation(), style, base == null ? "id" : base.idColumn()));
  }

  private TypeFacts superclass(TypeFacts type) {
    return type.supertypes().stream().flatMap(t -> t.candidates().stream()).map(types::get)
        .filter(t -> t != null && t.kind() == TypeFacts.Kind.CLASS).findFirst().orElse(null);
  }

  /** {@code serialVersionUID} and constants are no columns (TypeFacts keeps no modifiers). */
  private static boolean instanceField(String name) {
    return !name.equals("serialVersionUID") && !name.equals(name.toUpperCase(Locale.ROOT));
  }

  private static Map<String, Integer> bases(String... names) {
    Map<String, Integer> bases = new HashMap<>();
    for (String name : names) {
      bases.put("tk.mybatis.mapper.common." + name, 0);
    }
    return Map.copyOf(bases);
  }
}
