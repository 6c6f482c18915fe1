package dev.lostguard.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every JPA entity of the project with inheritance and naming defaults resolved. Built once from the
 * {@link EntityFacts} of all files; the same facts in any order give an equal catalog.
 *
 * <p>A parent is the first {@code superclassCandidates} entry that some entity or mapped superclass
 * of the project declares; parents outside the project (library base classes) end the chain. A
 * version, a versionless locking mode, columns and bookkeeping columns are inherited, the nearer
 * declaration winning. Table: an explicit {@code @Table(name)}; else, below an entity parent, that
 * parent's table (JPA's default single-table inheritance); else the snake_case of the entity name
 * (Spring Boot's physical naming: {@code PricingRule -> pricing_rule}), after the prefix the
 * framework's configuration sets for derived names (MyBatis-Plus's {@code table-prefix}).
 */
public final class EntityCatalog {

  private static final Comparator<EntityFacts> ORDER =
      Comparator.comparing(EntityFacts::qualifiedName).thenComparing(EntityFacts::nameLocation);

  private final List<ResolvedEntity> entities;
  private final Map<String, ResolvedEntity> byEntityName;
  private final Map<String, ResolvedEntity> byClassName;
  private final Map<String, ResolvedEntity> byTable;
  private final Map<PersistenceStyle, String> derivedTablePrefixes;

  private EntityCatalog(List<ResolvedEntity> entities, Map<String, Integer> depth,
      Map<PersistenceStyle, String> derivedTablePrefixes) {
    this.entities = entities;
    this.derivedTablePrefixes = Map.copyOf(derivedTablePrefixes);
    Map<String, ResolvedEntity> names = new TreeMap<>();
    Map<String, ResolvedEntity> classes = new TreeMap<>();
    Map<String, ResolvedEntity> tables = new TreeMap<>();
    for (ResolvedEntity entity : entities) {
      names.putIfAbsent(entity.entityName(), entity);
      classes.putIfAbsent(entity.qualifiedName(), entity);
      classes.putIfAbsent(simpleName(entity.qualifiedName()), entity);
    }
    // A single-table hierarchy shares one table: the root (fewest entity ancestors) answers for it.
    entities.stream()
        .sorted(Comparator.comparing((ResolvedEntity e) -> depth.get(e.qualifiedName())))
        .forEach(e -> tables.putIfAbsent(e.table(), e));
    this.byEntityName = Collections.unmodifiableMap(names);
    this.byClassName = Collections.unmodifiableMap(classes);
    this.byTable = Collections.unmodifiableMap(tables);
  }

  public static EntityCatalog of(List<EntityFacts> all) {
    return of(all, Map.of());
  }

  /**
   * The catalog, with the prefix a framework's configuration puts before the table names it derives
   * ({@link TableNamePrefix}: MyBatis-Plus's {@code la_} makes {@code Article} {@code la_article}).
   */
  public static EntityCatalog of(List<EntityFacts> all, Map<PersistenceStyle, String> derivedTablePrefixes) {
    Map<String, EntityFacts> declared = new TreeMap<>();
    all.stream().sorted(ORDER).forEach(f -> declared.putIfAbsent(f.qualifiedName(), f));
    Resolver resolver = new Resolver(declared, derivedTablePrefixes);
    List<ResolvedEntity> resolved = new ArrayList<>();
    Map<String, Integer> depth = new TreeMap<>();
    for (EntityFacts facts : declared.values()) {
      if (!facts.mappedSuperclass()) {
        resolved.add(resolver.resolve(facts));
        depth.put(facts.qualifiedName(), resolver.entityAncestors(facts));
      }
    }
    return new EntityCatalog(List.copyOf(resolved), depth, derivedTablePrefixes);
  }

  /** What the framework's configuration puts before a table name it derives from a class name; "" when nothing. */
  public String derivedTablePrefix(PersistenceStyle style) {
    return derivedTablePrefixes.getOrDefault(style, "");
  }

  /** Entities (not mapped superclasses), sorted by qualified name. */
  public List<ResolvedEntity> entities() {
    return entities;
  }

  /**
   * The entity a JPQL statement names: by entity name (case-sensitive), else by simple or qualified
   * class name. When two entities share a name, the first by qualified name answers.
   */
  public Optional<ResolvedEntity> byEntityName(String jpqlName) {
    ResolvedEntity entity = byEntityName.get(jpqlName);
    return entity != null ? Optional.of(entity) : Optional.ofNullable(byClassName.get(jpqlName));
  }

  /** The entity mapped to a lower-case, unqualified table; for a shared table, the hierarchy root. */
  public Optional<ResolvedEntity> byTable(String table) {
    return Optional.ofNullable(byTable.get(table));
  }

  private static String simpleName(String qualifiedName) {
    return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }

  /** Walks superclass chains; every walk is guarded against cycles in broken input. */
  private record Resolver(Map<String, EntityFacts> declared, Map<PersistenceStyle, String> derivedTablePrefixes) {

    /** The class, its parent, ... up to the top of the project's hierarchy. */
    List<EntityFacts> chain(EntityFacts facts) {
      List<EntityFacts> chain = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      EntityFacts current = facts;
      while (current != null && seen.add(current.qualifiedName())) {
        chain.add(current);
        current = parent(current);
      }
      return chain;
    }

    EntityFacts parent(EntityFacts facts) {
      for (String candidate : facts.superclassCandidates()) {
        EntityFacts parent = declared.get(candidate);
        if (parent != null) {
          return parent;
        }
      }
      return null;
    }

    int entityAncestors(EntityFacts facts) {
      return (int) chain(facts).stream().skip(1).filter(f -> !f.mappedSuperclass()).count();
    }

    ResolvedEntity resolve(EntityFacts facts) {
      List<EntityFacts> chain = chain(facts);
      VersionField version = null;
      String idColumn = null;
      LockingMode locking = LockingMode.NONE;
      for (EntityFacts level : chain) {
        idColumn = idColumn == null ? level.idColumn() : idColumn;
        if (version == null && level.version() != null) {
          version = level.version();
        }
        if (locking == LockingMode.NONE && level.declaredLocking() == LockingMode.VERSIONLESS) {
          locking = LockingMode.VERSIONLESS;
        }
      }
      if (version != null) {
        locking = LockingMode.VERSION;
      }
      Map<String, String> columns = new LinkedHashMap<>();
      Set<String> bookkeeping = new TreeSet<>();
      for (int i = chain.size() - 1; i >= 0; i--) {
        columns.putAll(chain.get(i).columns());
        bookkeeping.addAll(chain.get(i).bookkeepingColumns());
      }
      return new ResolvedEntity(
          facts.qualifiedName(),
          facts.entityName(),
          table(chain),
          version,
          locking,
          Collections.unmodifiableMap(columns),
          List.copyOf(bookkeeping),
          facts.nameLocation(),
          facts.style(),
          idColumn);
    }

    /** The explicit table, else the nearest entity parent's table, else the entity name in snake_case. */
    private String table(List<EntityFacts> chain) {
      EntityFacts facts = chain.get(0);
      if (facts.table() != null) {
        return facts.table();
      }
      for (EntityFacts ancestor : chain.subList(1, chain.size())) {
        if (!ancestor.mappedSuperclass()) {
          return table(chain.subList(chain.indexOf(ancestor), chain.size()));
        }
      }
      return derivedTablePrefixes.getOrDefault(facts.style(), "") + PhysicalNaming.snakeCase(facts.entityName());
    }
  }
}
