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
 */
public record JpaSave(MethodRef method, Location location, String entity) {

  private static final Set<String> SAVES = Set.of("save", "saveAll", "saveAndFlush", "saveAllAndFlush");

  /** Every repository save of the project, in type and method order. */
  public static List<JpaSave> all(CallGraph graph) {
    List<JpaSave> saves = new ArrayList<>();
    for (TypeFacts type : graph.types()) {
      for (MethodFacts method : type.methods()) {
        for (MethodCall call : method.calls()) {
          if (!SAVES.contains(call.name()) || call.receiver() != MethodCall.Receiver.TYPED) {
            continue;
          }
          Optional<String> repository = graph.projectType(call.receiverType());
          Optional<String> entity = repository.flatMap(graph::repositoryEntity);
          if (entity.isPresent()) {
            Location where = Location.point(method.nameLocation().path(), call.line(), 1);
            saves.add(new JpaSave(method.ref(), where, entity.get()));
          }
        }
      }
    }
    return List.copyOf(saves);
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
