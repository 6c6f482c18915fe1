package dev.lostguard.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A write that a framework generates from a mapping instead of SQL text the code states: MyBatis-Plus
 * {@code updateById} and update wrappers, jOOQ {@code UpdatableRecord.store()}, {@code MongoTemplate}
 * updates. The front-end records what the code says; the scan renders it as SQL once the entities
 * and the project's {@link LockingSetting}s are known, and the SQL front-end analyses that text like
 * any other, so the same rules judge it.
 *
 * @param entity qualified names the mapped class may have, most likely first; empty when unknown
 * @param receiver qualified names of the receiver's type (a project mapper or service), whose
 *     supertypes name the entity when {@code entity} is empty
 * @param table the table or collection when the code names it, else null (the entity's table)
 * @param set what is written; empty means every mapped column but the id and the version, and
 *     {@link Term#EVERY_COLUMN} adds them to the terms that name columns
 * @param where conditions besides the id, all joined with AND
 * @param byId the write pins one row by its id
 * @param frameworkChecksVersion the framework adds a version check and bump when its optimistic
 *     locking is switched on and the entity has a version
 * @param argumentType the declared type of the entity the code passes ({@code updateById(globalConfig)}),
 *     when known: a same-named method the receiver's class declares for that type runs instead; else null
 * @param versionSource the declared type of the form the entity is a copy of ({@code
 *     BeanUtil.copyProperties(vo, Order.class)}) when nothing sets its version: the framework's check
 *     runs only if that form has the version field; else null
 */
public record MappedWrite(
    Framework framework,
    WriteKind kind,
    List<String> entity,
    List<String> receiver,
    String table,
    List<Term> set,
    List<Term> where,
    boolean byId,
    boolean frameworkChecksVersion,
    String argumentType,
    String versionSource) {

  public MappedWrite(Framework framework, WriteKind kind, List<String> entity, List<String> receiver, String table,
      List<Term> set, List<Term> where, boolean byId, boolean frameworkChecksVersion) {
    this(framework, kind, entity, receiver, table, set, where, byId, frameworkChecksVersion, null, null);
  }

  /** Frameworks whose writes are generated. */
  public enum Framework {
    MYBATIS_PLUS,
    TK_MYBATIS,
    JOOQ,
    MONGO
  }

  /**
   * A column (or the property that maps it) and the rest of its SQL fragment, where {@code {self}}
   * stands for the column: {@code " = ?"}, {@code " = {self} + 1"}, {@code " IN (?)"}.
   */
  /** The same write, its terms replaced ({@link Term#copiedFrom} expanded to the properties copied). */
  public MappedWrite withSet(List<Term> terms) {
    return new MappedWrite(framework, kind, entity, receiver, table, List.copyOf(terms), where, byId,
        frameworkChecksVersion, argumentType, versionSource);
  }

  /** The same write on a receiver of these type names. */
  public MappedWrite withReceiver(List<String> types) {
    return new MappedWrite(framework, kind, entity, List.copyOf(types), table, set, where, byId, frameworkChecksVersion,
        argumentType, versionSource);
  }

  private static final String INHERITED_FIELD = "field:";

  /**
   * A receiver the front-end cannot type from its file: the field {@code name} that a project
   * supertype of {@code owner} declares ({@code sceneConfigMapper.update(..)} in a class whose abstract
   * base holds {@code protected SceneConfigMapper sceneConfigMapper}), for the scan to look up.
   */
  public static String inheritedField(String owner, String name) {
    return INHERITED_FIELD + owner + "#" + name;
  }

  /** The owner and field name of an {@link #inheritedField} receiver, or empty for a type name. */
  public static Optional<List<String>> inheritedFieldOf(String receiver) {
    int hash = receiver.lastIndexOf('#');
    return receiver.startsWith(INHERITED_FIELD) && hash > INHERITED_FIELD.length()
        ? Optional.of(List.of(receiver.substring(INHERITED_FIELD.length(), hash), receiver.substring(hash + 1)))
        : Optional.empty();
  }

  /** The same write with no version check from the framework: the entity carries no version. */
  public MappedWrite withoutVersionCheck() {
    return new MappedWrite(framework, kind, entity, receiver, table, set, where, byId, false, argumentType, null);
  }

  public record Term(String name, String rest) {

    /** Every mapped column, besides the terms that name columns explicitly (an entity passed in and changed). */
    public static final Term EVERY_COLUMN = new Term("*", " = ?");

    public static Term parameter(String name) {
      return new Term(name, " = ?");
    }

    /** The properties of an object of type {@code typeName} copied onto the entity ({@code BeanUtils.copyProperties}). */
    public static Term copiedFrom(String typeName) {
      return new Term(COPIED + typeName, " = ?");
    }

    /** The type whose properties this term copies, or null for a column. */
    public String copiedType() {
      return name.startsWith(COPIED) ? name.substring(COPIED.length()) : null;
    }

    private static final String COPIED = "copy:";

    String render(String column) {
      return column + rest.replace("{self}", column);
    }
  }

  /**
   * The SQL this write runs, or empty when neither the code nor the entity names the table or a
   * written column.
   *
   * @param mapped the entity, when the project declares it
   * @param fallbackTable the table by naming convention when no entity is declared, or null
   * @param lockingOn whether the project switches on this framework's optimistic locking
   */
  public Optional<String> sql(Optional<ResolvedEntity> mapped, String fallbackTable, boolean lockingOn) {
    return sql(mapped, fallbackTable, lockingOn, column -> false);
  }

  /**
   * As {@link #sql(Optional, String, boolean)}; a write of every column leaves out the columns that
   * {@code carriedState} accepts: a soft-delete flag such as {@code del_flag} only carries the row's
   * state in a whole-entity save (MyBatis-Plus never writes a {@code @TableLogic} field there), and
   * rendering it as {@code del_flag = ?} would make the save look like a delete.
   */
  public Optional<String> sql(
      Optional<ResolvedEntity> mapped, String fallbackTable, boolean lockingOn, Predicate<String> carriedState) {
    String target = table != null ? table : mapped.map(ResolvedEntity::table).orElse(fallbackTable);
    if (target == null) {
      return Optional.empty();
    }
    String entityVersion = mapped.map(ResolvedEntity::version).map(VersionField::column).orElse(null);
    boolean guarded = frameworkChecksVersion && lockingOn && (entityVersion != null || framework == Framework.JOOQ);
    // jOOQ records carry no entity: their version field goes by its usual name.
    String version = entityVersion != null ? entityVersion : "version";
    String id = mapped.map(ResolvedEntity::idColumn).orElse("id");
    List<String> conditions = new ArrayList<>();
    if (byId) {
      conditions.add(id + " = ?");
    }
    where.forEach(term -> conditions.add(term.render(column(term.name(), mapped))));
    if (guarded) {
      conditions.add(version + " = ?");
    }
    if (kind == WriteKind.DELETE) {
      return Optional.of("DELETE FROM " + target + where(conditions));
    }
    Map<String, String> assignments = new LinkedHashMap<>();
    if (set.isEmpty() || set.contains(Term.EVERY_COLUMN)) {
      mapped.ifPresent(e -> e.columns().values().stream()
          .filter(c -> !c.equals(id) && !c.equals(entityVersion) && !carriedState.test(c))
          .forEach(c -> assignments.put(c, c + " = ?")));
    }
    for (Term term : set) {
      if (term.equals(Term.EVERY_COLUMN) || unmapped(term.name(), mapped)) {
        continue;
      }
      String column = column(term.name(), mapped);
      if (!(byId && column.equals(id))) { // the id pins the row; the framework never writes it
        assignments.put(column, term.render(column));
      }
    }
    if (guarded) {
      assignments.put(version, version + " = " + version + " + 1");
    }
    if (assignments.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("UPDATE " + target + " SET " + String.join(", ", assignments.values()) + where(conditions));
  }

  private static String where(List<String> conditions) {
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  /**
   * The entity is known and maps no such property or column: a helper the code calls on it
   * ({@code setUpdateInfo(dto)} filling audit fields), not a column the framework writes.
   */
  private boolean unmapped(String name, Optional<ResolvedEntity> mapped) {
    if (framework != Framework.MYBATIS_PLUS && framework != Framework.TK_MYBATIS || mapped.isEmpty()
        || name.contains(" ")) {
      return false;
    }
    ResolvedEntity entity = mapped.get();
    String snake = PhysicalNaming.snakeCase(name);
    return entity.column(name).isEmpty() && !entity.columns().containsValue(name) && !entity.columns().containsValue(snake);
  }

  private static String column(String name, Optional<ResolvedEntity> mapped) {
    return mapped.flatMap(e -> e.column(name)).orElseGet(() -> PhysicalNaming.snakeCase(name));
  }
}
