package dev.lostguard.rules;

import dev.lostguard.model.CallGraph;
import dev.lostguard.model.CreatedFirst;
import dev.lostguard.model.EntryChain;
import dev.lostguard.model.Location;
import dev.lostguard.model.MethodCall;
import dev.lostguard.model.MethodFacts;
import dev.lostguard.model.MethodRef;
import dev.lostguard.model.ProjectModel;
import dev.lostguard.model.SiteFacts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rows the same call created a moment earlier: {@code id = inboxDao.insert(entry)} and then
 * {@code inboxDao.updateCrc32(id, crc)}, or a handler that inserts a job and then stores the task id
 * it was given. No one else has seen that row yet, so no stale copy of it exists; what the update sets
 * is the rest of the creation.
 */
final class CreatedInTheSameCall {

  private CreatedInTheSameCall() {}

  /**
   * The write is made, in its own method, on a receiver that created the row earlier in that method,
   * or every way into its method passes a method whose call toward the write always runs after a
   * creating call on the same receiver ({@link CreatedFirst}): the repository, DAO or service that then
   * runs the write. A creating call in another branch ({@code if (id == null) insert else update})
   * does not count.
   */
  static boolean everyCallCreatesTheRowFirst(SiteFacts site, ProjectModel model) {
    MethodRef method = site.site().method();
    Optional<CallGraph> graph = model.callGraph();
    List<CreatedFirst> afterCreation = model.patterns(CreatedFirst.class);
    if (method == null || graph.isEmpty() || afterCreation.isEmpty()) {
      return false;
    }
    // The write itself, on the receiver that created the row earlier in its own method
    // (problemDao.save(p); problemDao.lambdaUpdate().set(code)...update()).
    Location at = site.site().location();
    if (afterCreation.stream().anyMatch(c -> c.method().equals(method) && c.location().path().equals(at.path())
        && c.location().startLine() == at.startLine())) {
      return true;
    }
    List<EntryChain> chains = graph.get().chainsTo(method, Integer.MAX_VALUE);
    if (chains.isEmpty()) {
      return false;
    }
    Map<MethodRef, List<CreatedFirst>> byMethod = new HashMap<>();
    afterCreation.forEach(created -> byMethod.computeIfAbsent(created.method(), m -> new ArrayList<>()).add(created));
    return chains.stream().allMatch(chain -> createsFirst(chain.methods(), graph.get(), byMethod));
  }

  private static boolean createsFirst(
      List<MethodRef> steps, CallGraph graph, Map<MethodRef, List<CreatedFirst>> afterCreation) {
    for (int i = 0; i + 1 < steps.size(); i++) {
      MethodRef caller = steps.get(i);
      String next = steps.get(i + 1).name();
      List<CreatedFirst> created = afterCreation.getOrDefault(caller, List.of());
      Optional<MethodFacts> facts = created.isEmpty() ? Optional.empty() : graph.method(caller);
      if (facts.isEmpty()) {
        continue;
      }
      for (MethodCall call : facts.get().calls()) {
        if (call.name().equals(next) && created.stream()
            .anyMatch(c -> c.name().equals(next) && c.location().startLine() == call.line())) {
          return true;
        }
      }
    }
    return false;
  }
}
