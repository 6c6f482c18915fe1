package dev.lostguard.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JPA entity with its project-wide mapping resolved: inherited fields, version and locking from
 * mapped superclasses and entity parents, and the default table name applied.
 *
 * @param qualifiedName package and class name (nested classes joined with {@code .})
 * @param entityName what JPQL calls it: {@code @Entity(name)}, else the simple class name
 * @param table lower-case, unquoted, unqualified table name
 * @param version the effective {@code @Version} field, its own or inherited; null when there is none
 * @param locking VERSION with a version field, VERSIONLESS for Hibernate dirty/all locking, else NONE
 * @param columns persistent field name to lower-case column, inherited fields included (the child's
 *     mapping wins), in declaration order from the top of the hierarchy down
 * @param bookkeepingColumns sorted columns of {@code @OptimisticLock(excluded = true)} fields
 * @param nameLocation the class name token; its path is the entity's source file
 * @param style the framework that maps it (JPA, Spring Data JDBC, MongoDB, MyBatis-Plus)
 * @param idColumn the identifier's column, its own or inherited, or null when none is declared
 */
public record ResolvedEntity(
    String qualifiedName,
    String entityName,
    String table,
    VersionField version,
    LockingMode locking,
    Map<String, String> columns,
    List<String> bookkeepingColumns,
    Location nameLocation,
    PersistenceStyle style,
    String idColumn) {

  /** The source file that declares the entity, relative to the scan root. */
  public String path() {
    return nameLocation.path();
  }

  public boolean versioned() {
    return version != null;
  }

  /** The column a JPQL property names, when the entity maps it. */
  public Optional<String> column(String field) {
    return Optional.ofNullable(columns.get(field));
  }
}
