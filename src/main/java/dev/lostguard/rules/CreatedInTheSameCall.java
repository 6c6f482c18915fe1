package dev.lostguard.rules;

import dev.lostguard.model.CallGraph;
import dev.lostguard.model.EntryChain;
import dev.lostguard.model.MethodCall;
import dev.lostguard.model.MethodFacts;
import dev.lostguard.model.MethodRef;
import dev.lostguard.model.ProjectModel;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Rows the same call created a moment earlier: {@code id = inboxDao.insert(entry)} and then
 * {@code inboxDao.updateCrc32(id, crc)}, or a handler that inserts a job and then stores the task id
 * it was given. No one else has seen that row yet, so no stale copy of it exists; what the update sets
 * is the rest of the creation.
 */
final class CreatedInTheSameCall {

  /** {@code insert}, {@code insertSelective}, {@code create}, {@code add}, {@code persist}, {@code save}. */
  private static final Pattern CREATES = Pattern.compile("(insert|create|add|persist)([A-Z].*)?|save");

  private CreatedInTheSameCall() {}

  /**
   * Every way into {@code method} passes a method that, before its call toward the write, calls a
   * creating method ({@link #CREATES}, not a create-or-update) on the same receiver type: the
   * repository, DAO or service that then runs the write.
   */
  static boolean everyCallCreatesTheRowFirst(MethodRef method, ProjectModel model) {
    Optional<CallGraph> graph = model.callGraph();
    if (method == null || graph.isEmpty()) {
      return false;
    }
    List<EntryChain> chains = graph.get().chainsTo(method, Integer.MAX_VALUE);
    return !chains.isEmpty() && chains.stream().allMatch(chain -> createsFirst(chain.methods(), graph.get()));
  }

  private static boolean createsFirst(List<MethodRef> steps, CallGraph graph) {
    for (int i = 0; i + 1 < steps.size(); i++) {
      Optional<MethodFacts> caller = graph.method(steps.get(i));
      if (caller.isPresent() && createsBefore(caller.get(), steps.get(i + 1), graph)) {
        return true;
      }
    }
    return false;
  }

  /** The caller's call of {@code next} on a project type comes after a creating call on that type. */
  private static boolean createsBefore(MethodFacts caller, MethodRef next, CallGraph graph) {
    List<MethodCall> calls = caller.calls();
    for (int i = 0; i < calls.size(); i++) {
      MethodCall call = calls.get(i);
      if (!call.name().equals(next.name()) || call.receiver() != MethodCall.Receiver.TYPED) {
        continue;
      }
      Optional<String> receiver = graph.projectType(call.receiverType());
      if (receiver.isEmpty()) {
        return false;
      }
      for (MethodCall earlier : calls.subList(0, i)) {
        if (earlier.receiver() == MethodCall.Receiver.TYPED && creates(earlier.name())
            && graph.projectType(earlier.receiverType()).equals(receiver)) {
          return true;
        }
      }
      return false;
    }
    return false;
  }

  private static boolean creates(String name) {
    return CREATES.matcher(name).matches() && !name.toLowerCase(Locale.ROOT).contains("update");
  }
}
