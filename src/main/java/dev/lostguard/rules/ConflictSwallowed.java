package dev.lostguard.rules;

import dev.lostguard.model.ConflictCatch;
import dev.lostguard.model.ProjectModel;
import java.util.List;
import java.util.Optional;

/**
 * Flags an optimistic-lock failure caught and turned into success: the {@code catch} of
 * {@code OptimisticLockException}, {@code ObjectOptimisticLockingFailureException} and their kin only
 * logs, does nothing, or returns a success value ({@code return;}, {@code true},
 * {@code ResponseEntity.ok(..)}, a 2xx status, the stored state read again). The version check worked,
 * and the user is told the save succeeded while their edit was dropped.
 *
 * <p>Not flagged: catches that throw, answer another status (409, 412, any error), return
 * {@code false}/{@code null}/a value the analysis cannot read as success, or run any other code;
 * retry loops (see {@code retry-on-conflict}); catches of broad types ({@code Exception},
 * {@code DataAccessException}); catches in methods that the call graph reaches only from jobs or admin
 * commands, where dropping the unattended write lets the user's edit win. Not implemented yet: the
 * project-level half (endpoints can raise a conflict and no {@code @ExceptionHandler} or
 * {@code ExceptionMapper} maps it to 409/412); the model records those mappings for it.
 */
public final class ConflictSwallowed implements ProjectRule {

  public static final String ID = "conflict-swallowed";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Verdict> check(ProjectModel model) {
    return model.patterns(ConflictCatch.class).stream()
        .map(caught -> judge(caught, model))
        .flatMap(Optional::stream)
        .toList();
  }

  private static Optional<Verdict> judge(ConflictCatch caught, ProjectModel model) {
    if (!caught.inWebController() && Reach.onlyUnattended(model.chainsTo(caught.method()))) {
      return Optional.empty();
    }
    return Optional.of(
        new Verdict(
            caught.method().label() + " catches " + caught.exception() + " and " + caught.outcome()
                + ": the version check caught a concurrent edit, but the caller is told the save worked and"
                + " the edit is silently lost; rethrow or answer 409",
            caught.location(),
            null,
            Optional.empty(),
            "catch " + caught.exception() + " " + caught.method().label()));
  }
}
