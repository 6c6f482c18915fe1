package dev.lostguard.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A write of an entity through JPA or Hibernate, as the project's methods make it: a Spring Data
 * repository {@code save} (also {@code saveAll}, {@code saveAndFlush}), an {@code EntityManager} or
 * {@code Session} call ({@code merge}, {@code persist}, {@code update}, {@code saveOrUpdate}), or a
 * <em>dirty-checked</em> change: in a {@code @Transactional} method (or class, not read-only), an
 * entity loaded by a repository ({@code findById}, {@code getReferenceById}, {@code find...}) or by
 * {@code em.find}/{@code session.get} and then changed through setters, with no explicit write of it:
 * the commit writes it.
 *
 * @param location the write call; for a dirty check, the first setter on the loaded entity
 * @param entity the qualified name of the written entity (from the repository's type argument, or
 *     the declared type of the written object)
 * @param afterLoad the same method loads the entity first: the write changes an existing row
 * @param setProperties the properties the method sets on a loaded entity of that type before the write
 *     (every one, for a dirty check), in order; empty when none is seen or the write is an
 *     entity-manager call
 */
public record JpaWrite(
    MethodRef method, Location location, String entity, Kind kind, boolean afterLoad, List<String> setProperties) {

  public JpaWrite {
    setProperties = List.copyOf(setProperties);
  }

  /** How the entity is written. */
  public enum Kind {
    /** A Spring Data repository save. */
    SAVE,
    /** {@code EntityManager.merge} / {@code Session.merge}. */
    MERGE,
    /** {@code persist}/{@code Session.save}: always a new row. */
    PERSIST,
    /** Hibernate {@code Session.update}: always an existing row. */
    UPDATE,
    /** Hibernate {@code Session.saveOrUpdate}. */
    SAVE_OR_UPDATE,
    /** A managed entity changed by setters and written when the transaction commits. */
    DIRTY_CHECK
  }

  private static final Set<String> SAVES = Set.of("save", "saveAll", "saveAndFlush", "saveAllAndFlush");
  private static final Set<String> TRANSACTIONAL =
      Set.of(
          "org.springframework.transaction.annotation.Transactional",
          "jakarta.transaction.Transactional",
          "javax.transaction.Transactional");

  /** Whether this write can overwrite a row someone else changed: every kind but a new row. */
  public boolean overwrites() {
    return kind == Kind.UPDATE || kind == Kind.DIRTY_CHECK || kind != Kind.PERSIST && afterLoad;
  }

  /**
   * Every JPA write, in type, method and source order, from the call graph's facts and the
   * entity-manager calls the front-end found; {@link ProjectModel#jpaWrites()} holds them.
   */
  public static List<JpaWrite> all(CallGraph graph, List<PersistenceCall> managerCalls) {
    Map<MethodRef, List<PersistenceCall>> byMethod = new HashMap<>();
    managerCalls.forEach(c -> byMethod.computeIfAbsent(c.method(), m -> new ArrayList<>()).add(c));
    List<JpaWrite> writes = new ArrayList<>();
    for (TypeFacts type : graph.types()) {
      for (MethodFacts method : type.methods()) {
        writesOf(graph, type, method, byMethod.getOrDefault(method.ref(), List.of()), writes);
      }
    }
    return List.copyOf(writes);
  }

  private static void writesOf(
      CallGraph graph, TypeFacts type, MethodFacts method, List<PersistenceCall> managerCalls, List<JpaWrite> out) {
    String path = method.nameLocation().path();
    Set<String> loaded = new HashSet<>();
    Set<String> written = new HashSet<>();
    int[] managerIndex = {0};
    Location firstSetter = null;
    String dirtyEntity = null;
    // Properties set on each loaded entity type so far, in order: what a save after them changes.
    Map<String, Set<String>> setters = new HashMap<>();
    for (MethodCall call : method.calls()) {
      managerCalls(graph, method, managerCalls, managerIndex, call.line(), loaded, written, out);
      if (call.receiver() != MethodCall.Receiver.TYPED) {
        continue;
      }
      Optional<String> receiver = graph.projectType(call.receiverType());
      if (receiver.isEmpty()) {
        continue;
      }
      if (graph.isRepository(receiver.get())) {
        Optional<String> entity = graph.repositoryEntity(receiver.get());
        if (entity.isEmpty()) {
          continue;
        }
        if (isLoad(call.name())) {
          loaded.add(entity.get());
        } else if (SAVES.contains(call.name())) {
          out.add(new JpaWrite(method.ref(), Location.point(path, call.line(), 1), entity.get(), Kind.SAVE,
              loaded.contains(entity.get()), List.copyOf(setters.getOrDefault(entity.get(), Set.of()))));
          written.add(entity.get());
        }
      } else if (isSetter(call) && loaded.contains(receiver.get())) {
        setters.computeIfAbsent(receiver.get(), e -> new LinkedHashSet<>()).add(property(call.name()));
        if (firstSetter == null) {
          firstSetter = Location.point(path, call.line(), 1);
          dirtyEntity = receiver.get();
        }
      }
    }
    managerCalls(graph, method, managerCalls, managerIndex, Integer.MAX_VALUE, loaded, written, out);
    if (dirtyEntity != null && !written.contains(dirtyEntity) && transactional(type, method)) {
      out.add(new JpaWrite(method.ref(), firstSetter, dirtyEntity, Kind.DIRTY_CHECK, true,
          List.copyOf(setters.get(dirtyEntity))));
    }
  }

  /** {@code setDisplayName} sets {@code displayName}. */
  private static String property(String setter) {
    return Character.toLowerCase(setter.charAt(3)) + setter.substring(4);
  }

  /** The entity-manager loads and writes written up to {@code line}, in order, from {@code next[0]} on. */
  private static void managerCalls(
      CallGraph graph, MethodFacts method, List<PersistenceCall> calls, int[] next, int line, Set<String> loaded,
      Set<String> written, List<JpaWrite> out) {
    for (; next[0] < calls.size() && calls.get(next[0]).location().startLine() <= line; next[0]++) {
      PersistenceCall call = calls.get(next[0]);
      Optional<String> entity = graph.projectType(call.entity());
      if (entity.isEmpty()) {
        continue;
      }
      if (call.loads()) {
        loaded.add(entity.get());
      } else if (call.writes()) {
        out.add(new JpaWrite(method.ref(), call.location(), entity.get(), kindOf(call.operation()),
            loaded.contains(entity.get()), List.of()));
        written.add(entity.get());
      }
    }
  }

  private static Kind kindOf(String operation) {
    return switch (operation) {
      case "merge" -> Kind.MERGE;
      case "update" -> Kind.UPDATE;
      case "saveOrUpdate" -> Kind.SAVE_OR_UPDATE;
      default -> Kind.PERSIST;
    };
  }

  /** A repository method that reads rows: {@code findById}, {@code getReferenceById}, {@code find...}. */
  public static boolean isLoad(String name) {
    return name.startsWith("find") || name.startsWith("getReference") || name.equals("getById")
        || name.equals("getOne") || name.startsWith("load");
  }

  /** {@code x.setName(..)}: one argument, a property name after {@code set}. */
  public static boolean isSetter(MethodCall call) {
    return call.arity() == 1 && call.name().length() > 3 && call.name().startsWith("set")
        && Character.isUpperCase(call.name().charAt(3));
  }

  /** The method or its class is {@code @Transactional} and not read-only: a commit flushes changes. */
  public static boolean transactional(TypeFacts type, MethodFacts method) {
    for (AnnotationFacts annotation : method.annotations()) {
      if (TRANSACTIONAL.stream().anyMatch(annotation::is)) {
        return !readOnly(annotation);
      }
    }
    return type.annotations().stream()
        .anyMatch(a -> TRANSACTIONAL.stream().anyMatch(a::is) && !readOnly(a));
  }

  private static boolean readOnly(AnnotationFacts annotation) {
    return annotation.attributes().getOrDefault("readOnly", List.of()).contains("true");
  }

  /** Whether this write is of {@code target} (by qualified name, or by simple name when unqualified). */
  public boolean writes(ResolvedEntity target) {
    if (entity.equals(target.qualifiedName())) {
      return true;
    }
    String simple = entity.substring(entity.lastIndexOf('.') + 1);
    String targetSimple = target.qualifiedName().substring(target.qualifiedName().lastIndexOf('.') + 1);
    return simple.equals(targetSimple);
  }
}
