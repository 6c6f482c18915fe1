package dev.lostguard.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A Spring Data repository {@code save} (also {@code saveAll}, {@code saveAndFlush}): a write of an
 * entity through JPA, found in the call facts of the project's methods.
 *
 * @param entity the qualified name of the saved entity, from the repository's type argument
 * @param afterLoad the same method loads through a repository first ({@code findById}, {@code
 *     getReferenceById}, {@code find...}): the save writes back a changed row, not a new one
 */
public record JpaSave(MethodRef method, Location location, String entity, boolean afterLoad) {

  private static final Set<String> SAVES = Set.of("save", "saveAll", "saveAndFlush", "saveAllAndFlush");

  /** Every repository save of the project, in type and method order. */
  public static List<JpaSave> all(CallGraph graph) {
    List<JpaSave> saves = new ArrayList<>();
    for (TypeFacts type : graph.types()) {
      for (MethodFacts method : type.methods()) {
        boolean loaded = false;
        for (MethodCall call : method.calls()) {
          if (call.receiver() != MethodCall.Receiver.TYPED) {
            continue;
          }
          Optional<String> repository = graph.projectType(call.receiverType()).filter(graph::isRepository);
          if (repository.isEmpty()) {
            continue;
          }
          if (isLoad(call.name())) {
            loaded = true;
          }
          Optional<String> entity = repository.flatMap(graph::repositoryEntity);
          if (SAVES.contains(call.name()) && entity.isPresent()) {
            Location where = Location.point(method.nameLocation().path(), call.line(), 1);
            saves.add(new JpaSave(method.ref(), where, entity.get(), loaded));
          }
        }
      }
    }
    return List.copyOf(saves);
  }

  private static boolean isLoad(String name) {
    return name.startsWith("find") || name.startsWith("getReference") || name.equals("getById")
        || name.equals("getOne") || name.startsWith("load");
  }

  /** Whether this save writes {@code entity} (by qualified name, or by simple name when unqualified). */
  public boolean saves(ResolvedEntity target) {
    if (entity.equals(target.qualifiedName())) {
      return true;
    }
    String simple = entity.substring(entity.lastIndexOf('.') + 1);
    String targetSimple = target.qualifiedName().substring(target.qualifiedName().lastIndexOf('.') + 1);
    return simple.equals(targetSimple);
  }
}
