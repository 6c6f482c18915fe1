package dev.lostguard.scan;

import dev.lostguard.model.AnalysisSettings;
import dev.lostguard.model.ColumnDefinition;
import dev.lostguard.model.EntityCatalog;
import dev.lostguard.model.FileFacts;
import dev.lostguard.model.Location;
import dev.lostguard.model.LockingSetting;
import dev.lostguard.model.MappedWrite;
import dev.lostguard.model.MethodCall;
import dev.lostguard.model.MethodFacts;
import dev.lostguard.model.PersistenceStyle;
import dev.lostguard.model.PhysicalNaming;
import dev.lostguard.model.RelatedLocation;
import dev.lostguard.model.ResolvedEntity;
import dev.lostguard.model.SchemaChange;
import dev.lostguard.model.TypeFacts;
import dev.lostguard.model.TypeRef;
import dev.lostguard.model.VersionField;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Renders the writes that frameworks generate ({@link MappedWrite}) as SQL, project-wide: the entity
 * comes from the write or from the receiver's supertypes ({@code OrderMapper extends BaseMapper<Order>},
 * {@code OrderService extends ServiceImpl<OrderMapper, Order>}), its table, columns and version from
 * the entity catalog (else the snake_case of the class name), and the framework's version check from
 * the project's {@link LockingSetting}s.
 */
final class MappedSql {

  /** MyBatis-Plus base types and the index of their entity type argument. */
  private static final Map<String, Integer> MYBATIS_PLUS_BASES =
      Map.of(
          "com.baomidou.mybatisplus.core.mapper.BaseMapper", 0,
          "com.baomidou.mybatisplus.extension.service.IService", 0,
          "com.baomidou.mybatisplus.extension.service.impl.ServiceImpl", 1,
          // MyBatis-Plus 3.5.9+ moved its Spring services to the mybatis-plus-spring module
          "com.baomidou.mybatisplus.spring.service.IService", 0,
          "com.baomidou.mybatisplus.spring.service.impl.ServiceImpl", 1,
          "com.github.yulichang.base.MPJBaseMapper", 0);
  /** MyBatis-Plus's ActiveRecord base: an instance of a class extending it is the row it writes. */
  private static final Map<String, Integer> ACTIVE_RECORD =
      Map.of("com.baomidou.mybatisplus.extension.activerecord.Model", 0);
  private static final int MAX_DEPTH = 8;

  private final EntityCatalog entities;
  private final Map<String, TypeFacts> types;
  private final Set<MappedWrite.Framework> lockingOn;
  private final AnalysisSettings settings;
  private final TkMappers tk;
  /** The columns each table's first {@code CREATE TABLE} declares, for writes whose mapped class is generated away. */
  private final Map<String, List<String>> tableColumns;

  private MappedSql(EntityCatalog entities, Map<String, TypeFacts> types, Set<MappedWrite.Framework> lockingOn,
      AnalysisSettings settings, TkMappers tk, Map<String, List<String>> tableColumns) {
    this.tableColumns = tableColumns;
    this.entities = entities;
    this.types = types;
    this.lockingOn = lockingOn;
    this.settings = settings;
    this.tk = tk;
  }

  /**
   * A write whose receiver is a field a project supertype declares ({@link MappedWrite#inheritedField}),
   * on that field's declared type; on no type when no supertype declares it with a type the project has.
   */
  private MappedWrite withInheritedFieldTyped(MappedWrite write) {
    if (write.receiver().size() != 1) {
      return write;
    }
    Optional<List<String>> field = MappedWrite.inheritedFieldOf(write.receiver().get(0));
    if (field.isEmpty()) {
      return write;
    }
    Set<String> seen = new HashSet<>();
    Deque<String> ancestors = new ArrayDeque<>(List.of(field.get().get(0)));
    while (!ancestors.isEmpty()) {
      TypeFacts type = types.get(ancestors.pop());
      if (type == null || !seen.add(type.qualifiedName())) {
        continue;
      }
      TypeRef declared = type.fields().get(field.get().get(1));
      if (declared != null) {
        return write.withReceiver(declared.candidates().stream().filter(types::containsKey).toList());
      }
      type.supertypes().forEach(s -> s.candidates().stream().filter(types::containsKey).findFirst().ifPresent(ancestors::add));
    }
    return write.withReceiver(List.of());
  }

  static MappedSql of(EntityCatalog entities, List<FileFacts> facts, AnalysisSettings settings) {
    Map<String, TypeFacts> types = new HashMap<>();
    Set<MappedWrite.Framework> lockingOn = EnumSet.noneOf(MappedWrite.Framework.class);
    Map<String, List<String>> tableColumns = new HashMap<>();
    for (FileFacts file : facts) {
      file.types().forEach(t -> types.putIfAbsent(t.qualifiedName(), t));
      for (SchemaChange change : file.schemaChanges()) {
        if (change instanceof SchemaChange.CreateTable create) {
          tableColumns.putIfAbsent(create.table(), create.columns().stream().map(ColumnDefinition::name).toList());
        }
      }
      file.patterns().stream()
          .filter(LockingSetting.class::isInstance)
          .forEach(p -> lockingOn.add(((LockingSetting) p).framework()));
    }
    lockingOn.add(MappedWrite.Framework.TK_MYBATIS); // tk honours its @Version without any setting
    return new MappedSql(entities, types, lockingOn, settings, TkMappers.of(facts, types, entities), tableColumns);
  }

  /**
   * What a generated write runs.
   *
   * @param write false when the call turned out not to be the framework's (a same-named method of
   *     some other type): no write, nothing unresolved
   * @param text empty when the write is the framework's but its table or columns are unknown
   */
  record Rendered(boolean write, Optional<String> text, List<RelatedLocation> notes) {

    Rendered(boolean write, Optional<String> text) {
      this(write, text, List.of());
    }
  }

  Rendered render(MappedWrite write) {
    return render(write, "");
  }

  /**
   * As {@link #render(MappedWrite)}, for the mapper method {@code statementId} the code calls: a tk.mybatis
   * write is the framework's only when the receiver reaches a tk base and does not run SQL of its own.
   */
  Rendered render(MappedWrite write, String statementId) {
    write = withInheritedFieldTyped(write);
    if (write.framework() == MappedWrite.Framework.JOOQ && write.table() == null && !write.receiver().isEmpty()) {
      return jooqDao(write);
    }
    if (write.framework() == MappedWrite.Framework.JOOQ && write.table() != null
        && write.set().contains(MappedWrite.Term.EVERY_COLUMN)) {
      return jooqEveryColumn(write);
    }
    // E::getId in a generic base's own wrapper names the subtype's entity, unknown here (not a table "e")
    List<String> entity = write.entity().stream().filter(e -> !typeVariable(simpleName(e))).toList();
    boolean tkWrite = write.framework() == MappedWrite.Framework.TK_MYBATIS;
    if (tkWrite && tk.ownStatement(write.receiver(), statementId)
        || write.framework() == MappedWrite.Framework.MYBATIS_PLUS && declaresOwn(write, statementId)) {
      return new Rendered(false, Optional.empty());
    }
    if (write.framework() == MappedWrite.Framework.MYBATIS_PLUS && !write.receiver().isEmpty() && entity.isEmpty()
        && baseEntity(write.receiver(), List.of(), ACTIVE_RECORD, 0).isPresent()) {
      entity = write.receiver(); // blog.updateById(): whatever Model's type argument says (often raw)
    } else if ((tkWrite || write.framework() == MappedWrite.Framework.MYBATIS_PLUS) && !write.receiver().isEmpty()) {
      Optional<List<String>> fromReceiver =
          baseEntity(write.receiver(), List.of(), tkWrite ? TkMappers.BASES : MYBATIS_PLUS_BASES, 0);
      if (fromReceiver.isEmpty() && (entity.isEmpty() || tkWrite)) {
        return new Rendered(false, Optional.empty());
      }
      if (entity.isEmpty()) {
        entity = fromReceiver.get();
      }
    }
    Optional<ResolvedEntity> mapped = entity.stream().map(this::entity).flatMap(Optional::stream).findFirst();
    if (tkWrite && mapped.isEmpty()) {
      mapped = entity.stream().map(tk::plainEntity).flatMap(Optional::stream).findFirst();
    } else if (write.framework() == MappedWrite.Framework.MYBATIS_PLUS && mapped.isEmpty()) {
      // A class no annotation maps: MyBatis-Plus writes its fields in snake_case, to the snake_case of its name.
      mapped = entity.stream().map(e -> tk.plainEntity(e, PersistenceStyle.MYBATIS_PLUS)).flatMap(Optional::stream)
          .findFirst();
    }
    String fallback = entity.isEmpty() ? null
        : (write.framework() == MappedWrite.Framework.MYBATIS_PLUS ? entities.derivedTablePrefix(PersistenceStyle.MYBATIS_PLUS)
            : "") + PhysicalNaming.snakeCase(simpleName(entity.get(0)));
    List<RelatedLocation> notes = List.of();
    Optional<TypeFacts> form = formWithoutVersion(write.versionSource(), mapped);
    if (form.isPresent()) {
      write = write.withoutVersionCheck();
      Location declared = form.get().nameLocation();
      notes = List.of(new RelatedLocation(declared.path(), declared.startLine(), simpleName(form.get().qualifiedName())
          + ", copied onto the entity, has no `" + mapped.get().version().field()
          + "` field: MyBatis-Plus compares the entity's version, which is then none or the one just loaded,"
          + " never the one the client saw"));
    }
    return new Rendered(true, write.withSet(expandCopies(write.set()))
        .sql(mapped, fallback, lockingOn.contains(write.framework()), settings::isSoftDeleteColumn), notes);
  }

  /**
   * The receiver's class declares the called method itself for the type of the entity passed
   * ({@code ConfigDao extends ServiceImpl<..>} with its own {@code updateById(GlobalConfigDO)}, called
   * with a {@code GlobalConfigDO}): the call runs that method, which the call graph follows, not the
   * framework's. The same call with the service's own entity still runs the framework's.
   */
  private boolean declaresOwn(MappedWrite write, String method) {
    String argument = write.argumentType() == null ? null : simpleName(write.argumentType());
    return argument != null && write.receiver().stream().map(types::get).filter(Objects::nonNull)
        .anyMatch(type -> type.kind() == TypeFacts.Kind.CLASS && type.methods().stream().anyMatch(m ->
            m.ref().name().equals(method) && m.parameters().size() == 1 && m.parameters().get(0).type() != null
                && m.parameters().get(0).type().simpleName().equals(argument) && !callsSuper(m, method)));
  }

  /** An override that hands on to the framework's method ({@code super.updateById(e)}) writes what it does. */
  private static boolean callsSuper(MethodFacts override, String method) {
    return override.calls().stream().anyMatch(c -> c.receiver() == MethodCall.Receiver.SUPER && c.name().equals(method));
  }

  /**
   * A form copied onto the entity ({@code BeanUtils.copyProperties(form, entity)}) sets the form's
   * fields, its project supertypes' too; a form type the project does not declare, every column.
   */
  private List<MappedWrite.Term> expandCopies(List<MappedWrite.Term> set) {
    if (set.stream().allMatch(t -> t.copiedType() == null)) {
      return set;
    }
    List<MappedWrite.Term> expanded = new ArrayList<>();
    for (MappedWrite.Term term : set) {
      if (term.copiedType() == null) {
        expanded.add(term);
        continue;
      }
      Optional<TypeFacts> form = typeNamed(term.copiedType());
      if (form.isEmpty()) {
        expanded.add(MappedWrite.Term.EVERY_COLUMN);
        continue;
      }
      Set<String> fields = new LinkedHashSet<>();
      collectFields(form.get(), fields, 0);
      fields.forEach(f -> expanded.add(MappedWrite.Term.parameter(f)));
    }
    return expanded;
  }

  /**
   * The entity is a copy of a form the project declares without the entity's version field
   * ({@code BeanUtil.copyProperties(userVo, User.class)}, {@code UserVO} has no {@code version}): it
   * reaches the framework with a null version, and MyBatis-Plus then adds no check.
   */
  private Optional<TypeFacts> formWithoutVersion(String formType, Optional<ResolvedEntity> mapped) {
    Optional<String> versionField = mapped.map(ResolvedEntity::version).map(VersionField::field);
    Optional<TypeFacts> form = formType == null ? Optional.empty() : typeNamed(formType);
    if (versionField.isEmpty() || form.isEmpty()) {
      return Optional.empty();
    }
    Set<String> fields = new LinkedHashSet<>();
    collectFields(form.get(), fields, 0);
    return fields.contains(versionField.get()) ? Optional.empty() : form;
  }

  private Optional<TypeFacts> typeNamed(String written) {
    TypeFacts exact = types.get(written);
    if (exact != null) {
      return Optional.of(exact);
    }
    String simple = simpleName(written);
    return types.values().stream().filter(t -> simpleName(t.qualifiedName()).equals(simple))
        .min(Comparator.comparing(TypeFacts::qualifiedName));
  }

  private void collectFields(TypeFacts type, Set<String> fields, int depth) {
    fields.addAll(type.fields().keySet());
    if (depth >= MAX_DEPTH) {
      return;
    }
    for (TypeRef supertype : type.supertypes()) {
      supertype.candidates().stream().map(types::get).filter(Objects::nonNull).findFirst()
          .ifPresent(parent -> collectFields(parent, fields, depth + 1));
    }
  }

  /**
   * A jOOQ generated DAO's {@code update(pojo)} or {@code delete(pojo)}: the DAO ({@code ArticleDao}
   * in a {@code ...daos} package, or a project class extending it) names the table, {@code article};
   * the POJO is generated too, so the columns are the table's as its DDL declares them. A receiver
   * that is no such DAO makes no write.
   */
  private Rendered jooqDao(MappedWrite write) {
    Optional<String> dao = jooqDao(write.receiver(), 0);
    if (dao.isEmpty()) {
      return new Rendered(false, Optional.empty());
    }
    String simple = simpleName(dao.get());
    String table = PhysicalNaming.snakeCase(simple.substring(0, simple.length() - "Dao".length()));
    List<MappedWrite.Term> columns = tableColumns.getOrDefault(table, List.of()).stream()
        .filter(column -> !column.equals("id") && !settings.isVersionName(column))
        .map(MappedWrite.Term::parameter)
        .toList();
    MappedWrite resolved = new MappedWrite(write.framework(), write.kind(), List.of(), write.receiver(), table,
        columns, write.where(), write.byId(), write.frameworkChecksVersion());
    return new Rendered(true, resolved.sql(Optional.empty(), table, lockingOn.contains(write.framework()),
        settings::isSoftDeleteColumn));
  }

  /**
   * A jOOQ record made from a POJO ({@code dsl.newRecord(CUSTOMER, customer).update()}) writes every
   * column of its table as the DDL declares them; unknown columns leave the write unresolved.
   */
  private Rendered jooqEveryColumn(MappedWrite write) {
    List<MappedWrite.Term> columns = tableColumns.getOrDefault(write.table(), List.of()).stream()
        .filter(column -> !column.equals("id") && !settings.isVersionName(column))
        .map(MappedWrite.Term::parameter)
        .toList();
    if (columns.isEmpty()) {
      return new Rendered(true, Optional.empty());
    }
    MappedWrite resolved = new MappedWrite(write.framework(), write.kind(), List.of(), write.receiver(), write.table(),
        columns, write.where(), write.byId(), write.frameworkChecksVersion());
    return new Rendered(true, resolved.sql(Optional.empty(), write.table(), lockingOn.contains(write.framework()),
        settings::isSoftDeleteColumn));
  }

  /** The generated jOOQ DAO among the candidates or their project ancestors: {@code ...daos.ArticleDao}. */
  private Optional<String> jooqDao(List<String> candidates, int depth) {
    for (String candidate : candidates) {
      if (candidate.contains(".daos.") && candidate.endsWith("Dao") && !types.containsKey(candidate)) {
        return Optional.of(candidate);
      }
      TypeFacts type = types.get(candidate);
      if (type == null || depth > MAX_DEPTH) {
        continue;
      }
      for (TypeRef supertype : type.supertypes()) {
        Optional<String> found = jooqDao(supertype.candidates(), depth + 1);
        if (found.isPresent()) {
          return found;
        }
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  private Optional<ResolvedEntity> entity(String className) {
    return entities.byEntityName(className).or(() -> entities.byEntityName(simpleName(className)));
  }

  /**
   * The entity type argument on the way from a receiver type to a MyBatis-Plus (or tk.mybatis) base type;
   * empty when there is none. A type variable there ({@code BaseMapperPlus<T, V> extends BaseMapper<T>})
   * stands for the first argument the subtype gives the generic project base, as in Spring Data's own bases.
   */
  private Optional<List<String>> baseEntity(
      List<String> candidates, List<TypeRef> given, Map<String, Integer> bases, int depth) {
    for (String candidate : candidates) {
      if (bases.containsKey(candidate)) {
        return Optional.of(List.of()); // the library type itself: no type argument to read
      }
      TypeFacts type = types.get(candidate);
      if (type == null || depth > MAX_DEPTH) {
        continue;
      }
      for (TypeRef supertype : type.supertypes()) {
        Optional<Integer> base = supertype.candidates().stream().map(bases::get)
            .filter(i -> i != null).findFirst();
        if (base.isPresent()) {
          List<String> argument = supertype.arguments().size() > base.get()
              ? supertype.arguments().get(base.get()).candidates() : List.of();
          boolean variable = !argument.isEmpty() && typeVariable(simpleName(argument.get(0)));
          if (variable && given.isEmpty()) {
            // IdDao<E> extends IService<E>, written to from IdDao's own default method: which entity
            // depends on the subtype, so none is known here (not a table named "e")
            return Optional.of(List.of());
          }
          return Optional.of(variable ? substituted(given, supertype.arguments(), base.get()) : argument);
        }
        List<TypeRef> passed = supertype.arguments().isEmpty() ? given : supertype.arguments();
        Optional<List<String>> inherited = baseEntity(supertype.candidates(), passed, bases, depth + 1);
        if (inherited.isPresent()) {
          return inherited;
        }
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * What a project base's type variable stands for, from the arguments its subclass gives it. Type
   * parameter lists are not recorded, so position is the guide: {@code SuperServiceImpl<M, T> extends
   * ServiceImpl<M, T>} passes its parameters on in order, so {@code SuperServiceImpl<TaskMapper, Task>}
   * gives {@code Task} at the entity's index; with one argument given, that one; otherwise the first
   * that is no mapper.
   */
  private static List<String> substituted(List<TypeRef> given, List<TypeRef> passed, int index) {
    if (given.size() == 1) {
      return given.get(0).candidates();
    }
    if (given.size() == passed.size() && index < given.size()) {
      return given.get(index).candidates();
    }
    return given.stream().map(TypeRef::candidates)
        .filter(c -> !c.isEmpty() && !simpleName(c.get(0)).endsWith("Mapper") && !simpleName(c.get(0)).endsWith("Dao"))
        .findFirst().orElse(given.get(0).candidates());
  }

  /** {@code T}, {@code E}, {@code T1}: a type parameter's name rather than a class's. */
  private static boolean typeVariable(String name) {
    return name.length() <= 2 && Character.isUpperCase(name.charAt(0));
  }

  private static String simpleName(String qualified) {
    return qualified.substring(qualified.lastIndexOf('.') + 1);
  }
}
