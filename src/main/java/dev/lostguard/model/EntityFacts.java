package dev.lostguard.model;

import java.util.List;
import java.util.Map;

/**
 * A mapped class as its source declares it: a JPA entity or mapped superclass, a Spring Data JDBC /
 * R2DBC aggregate, a MongoDB document or a MyBatis-Plus entity; inheritance and naming defaults are
 * resolved project-wide.
 *
 * @param qualifiedName package and class name (nested classes joined with {@code .})
 * @param entityName {@code @Entity(name)}, else the simple name: what JPQL calls it
 * @param table {@code @Table(name)} lower-case, or null for the naming default
 * @param mappedSuperclass a {@code @MappedSuperclass}: contributes fields, is no entity itself
 * @param superclassCandidates qualified names the {@code extends} clause may mean, most likely first
 * @param version the {@code @Version} field declared in this class, or null
 * @param columns persistent field name to lower-case column name, for this class's own fields
 * @param bookkeepingColumns columns of {@code @OptimisticLock(excluded = true)} fields
 * @param nameLocation the class name token
 * @param style the framework that maps it, which decides what its version check compares
 * @param idColumn the column of the {@code @Id} / {@code @TableId} field declared here, or null
 * @param tableConstant the table name written with constants ({@code @TableName(Subject.TABLE_NAME)}),
 *     for the scan to resolve; null when it is a literal or not given
 */
public record EntityFacts(
    String qualifiedName,
    String entityName,
    String table,
    boolean mappedSuperclass,
    List<String> superclassCandidates,
    VersionField version,
    LockingMode declaredLocking,
    Map<String, String> columns,
    List<String> bookkeepingColumns,
    Location nameLocation,
    PersistenceStyle style,
    String idColumn,
    SqlText tableConstant) {

  /**
   * These facts with the table name that {@link #tableConstant} spells, when {@code constants} know
   * every part of it; otherwise unchanged, so the name stays the naming default.
   */
  public EntityFacts withTableFrom(ConstantPool constants) {
    if (tableConstant == null) {
      return this;
    }
    return constants.resolve(tableConstant).text()
        .filter(name -> !name.isBlank())
        .map(name -> new EntityFacts(qualifiedName, entityName, PhysicalNaming.explicitName(name), mappedSuperclass,
            superclassCandidates, version, declaredLocking, columns, bookkeepingColumns, nameLocation, style, idColumn,
            null))
        .orElse(this);
  }
}
