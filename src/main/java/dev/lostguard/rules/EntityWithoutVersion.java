package dev.lostguard.rules;

import dev.lostguard.model.CallGraph;
import dev.lostguard.model.EntryPoint;
import dev.lostguard.model.JpaWrite;
import dev.lostguard.model.LockingMode;
import dev.lostguard.model.PersistenceStyle;
import dev.lostguard.model.PhysicalNaming;
import dev.lostguard.model.ProjectModel;
import dev.lostguard.model.RelatedLocation;
import dev.lostguard.model.ShortValues;
import dev.lostguard.model.ResolvedEntity;
import dev.lostguard.model.TableFacts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Flags a JPA entity (with its {@code @MappedSuperclass} parents) that an endpoint or a job writes
 * back (a {@link JpaWrite}: a Spring Data repository save after a load, {@code EntityManager.merge}
 * or Hibernate {@code saveOrUpdate} after a load, {@code Session.update}, or setters on a managed
 * entity in a {@code @Transactional} method left to dirty checking), while it has neither {@code @Version} nor versionless
 * {@code @OptimisticLocking}: every save of a stale copy silently wins. Reported at the class name,
 * with the saving calls as related locations.
 *
 * <p>Not flagged: entities no entry point saves (read-only reference data, or code whose callers
 * lostguard cannot see); saves of objects the saving method did not load through a repository first
 * (new rows such as audit entries; {@code persist}; a loaded entity passed in from a caller, or
 * a detached copy merged without a load, is missed too: a deliberate trade of recall for precision);
 * a plain save in a method named as a creation ({@code create...}, {@code add...}, {@code insert...},
 * {@code register...}, {@code assign...}), whose earlier load is an existence check; a save or dirty
 * check whose method sets one short value on the loaded entity, a command ({@link #setsOneShortValue});
 * entities with {@code @Version} or {@code @OptimisticLocking(type = DIRTY | ALL)}. Spring Data JDBC,
 * MongoDB and MyBatis-Plus classes are not judged here yet: their saves after a lookup are mostly
 * inserts of what the lookup did not find (measured on mall's Mongo documents).
 */
public final class EntityWithoutVersion implements ProjectRule {

  public static final String ID = "entity-without-version";

  private static final int MAX_RELATED = 5;

  /** Method names that create rather than modify, as verbs at the start of a camel-case name. */
  private static final List<String> CREATING_PREFIXES = List.of("create", "add", "insert", "register", "assign");

  @Override
  public String id() {
    return ID;
  }



  @Override
  public List<Verdict> check(ProjectModel model) {
    Optional<CallGraph> graph = model.callGraph();
    if (graph.isEmpty()) {
      return List.of();
    }
    List<JpaWrite> saves = model.jpaWrites();
    List<Verdict> verdicts = new ArrayList<>();
    for (TableFacts table : model.tables().values()) {
      if (table.entity().isEmpty()) {
        continue;
      }
      ResolvedEntity entity = table.entity().get();
      if (entity.style() != PersistenceStyle.JPA || entity.version() != null
          || entity.locking() == LockingMode.VERSIONLESS) {
        continue;
      }
      List<RelatedLocation> paths = new ArrayList<>();
      String firstPath = null;
      for (JpaWrite save : saves) {
        if (!save.writes(entity) || !save.overwrites() || createsRow(save)) {
          continue; // a new row (a save of an object the method did not load, a persist) overwrites nobody
        }
        if (setsOneShortValue(save, entity, table)) {
          continue; // a command: the one value a person chose, the rest written back as just loaded
        }
        List<EntryPoint> entries = model.entriesReaching(save.method());
        if (entries.isEmpty()) {
          continue;
        }
        if (firstPath == null) {
          firstPath = entries.get(0).label() + " -> " + save.method().label();
        }
        if (paths.size() < MAX_RELATED) {
          paths.add(new RelatedLocation(
              save.location().path(), save.location().startLine(),
              describe(save) + ", reached from " + entries.get(0).label()));
        }
      }
      if (firstPath == null) {
        continue;
      }
      verdicts.add(new Verdict(
          "entity " + entity.entityName() + " (table " + table.name() + ") is saved by " + firstPath
              + (paths.size() > 1 ? " and other paths" : "")
              + " but has no @Version: a save based on a stale copy silently overwrites newer edits",
          entity.nameLocation(),
          table.name(),
          Optional.empty(),
          "entity " + entity.qualifiedName(),
          List.copyOf(paths)));
    }
    return verdicts;
  }

  /**
   * A plain save in a method that says it creates ({@code createConsumer}, {@code addFavorite}): the
   * load before it is an existence check, the save an insert. Measured on apollo, where such saves
   * were a third of this rule's findings, all on join or audit rows that nobody edits.
   */
  private static boolean createsRow(JpaWrite save) {
    String name = save.method().name();
    return save.kind() == JpaWrite.Kind.SAVE && CREATING_PREFIXES.stream().anyMatch(p -> startsWithWord(name, p));
  }

  /**
   * The method changes the loaded entity with setters of one column besides bookkeeping, a short value
   * people choose ({@link ShortValues}: a name, a code, a flag, a reference), as {@link
   * UserValues#command} judges an update: the other columns go back as loaded a moment ago.
   */
  private static boolean setsOneShortValue(JpaWrite save, ResolvedEntity entity, TableFacts table) {
    Set<String> columns = new HashSet<>();
    for (String property : save.setProperties()) {
      String column = entity.column(property).orElse(PhysicalNaming.snakeCase(property));
      if (!entity.bookkeepingColumns().contains(column)) {
        columns.add(column);
      }
    }
    if (columns.size() != 1) {
      return false;
    }
    return table.holdsShortChoice(columns.iterator().next());
  }

  private static boolean startsWithWord(String name, String prefix) {
    return name.startsWith(prefix)
        && (name.length() == prefix.length() || Character.isUpperCase(name.charAt(prefix.length())));
  }

  private static String describe(JpaWrite write) {
    return switch (write.kind()) {
      case DIRTY_CHECK -> "changed by setters after a load and written by the commit";
      case MERGE -> "merged here";
      case UPDATE, SAVE_OR_UPDATE -> "updated here";
      default -> "saved here";
    };
  }
}
