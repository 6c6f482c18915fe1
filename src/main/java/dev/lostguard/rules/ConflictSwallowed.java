package dev.lostguard.rules;

import dev.lostguard.model.ConflictCatch;
import dev.lostguard.model.MethodRef;
import dev.lostguard.model.ProjectModel;
import dev.lostguard.model.RowCountUse;
import dev.lostguard.model.SiteFacts;
import dev.lostguard.model.ZeroRowsSuccess;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Flags an optimistic-lock failure turned into success, in three shapes:
 *
 * <ul>
 *   <li>the {@code catch} of {@code OptimisticLockException}, {@code ObjectOptimisticLockingFailureException}
 *       and their kin only logs, does nothing, or returns a success value ({@code return;}, {@code true},
 *       {@code ResponseEntity.ok(..)}, a 2xx status, the stored state read again); at the {@code catch};
 *   <li>a version-checked SQL write's count kept and tested for zero ({@code if (n == 0)}) after it in the
 *       same method, and
 *       the branch answers success (empty, logs, {@code return;}, {@code true}, a 2xx response, a value
 *       such as the DTO); at the {@code if};
 *   <li>project level: user-facing endpoints write versioned JPA entities and nothing maps the failure
 *       to 409/412 ({@link UnmappedConflicts}); at the first such endpoint handler's name.
 * </ul>
 *
 * <p>Not flagged: catches and zero-row branches that throw, answer another status (409, 412, any
 * error), return {@code false}/{@code null}, or run any other code; retry loops (see {@code
 * retry-on-conflict}); catches of broad types ({@code Exception}, {@code DataAccessException}); catches
 * that the call graph reaches only from jobs or admin commands, and zero-row branches that no
 * user-facing entry point reaches, where dropping the unattended write lets the user's edit win; a project with any exception handler, mapper or catch answering a
 * conflict exception with 409/412 (or a status lostguard cannot read).
 */
public final class ConflictSwallowed implements ProjectRule {

  public static final String ID = "conflict-swallowed";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Verdict> check(ProjectModel model) {
    List<Verdict> verdicts = new ArrayList<>();
    model.patterns(ConflictCatch.class).stream().map(caught -> judge(caught, model)).flatMap(Optional::stream)
        .forEach(verdicts::add);
    Map<MethodRef, List<SiteFacts>> checkedWrites = new HashMap<>();
    for (SiteFacts site : model.sites()) {
      if (site.checksVersion() && site.reportable() && site.site().method() != null
          && site.site().rowCount() == RowCountUse.USED) {
        checkedWrites.computeIfAbsent(site.site().method(), m -> new ArrayList<>()).add(site);
      }
    }
    for (ZeroRowsSuccess branch : model.patterns(ZeroRowsSuccess.class)) {
      SiteFacts write = lastBefore(checkedWrites.getOrDefault(branch.method(), List.of()), branch);
      // Only where a user waits: a job that finds a row edited meanwhile and leaves it alone is right to.
      if (write != null && Reach.userFacing(model.chainsTo(branch.method())) != null) {
        verdicts.add(new Verdict(
            branch.method().label() + " tests the version-checked " + Phrases.statement(write.site())
                + " for 0 rows and " + branch.outcome() + ": 0 rows means someone else saved first, but the caller"
                + " is told the save worked and the edit is silently lost; throw a conflict or answer 409",
            branch.location(),
            write.site().table(),
            Optional.empty(),
            "zero-rows " + branch.method().label()));
      }
    }
    UnmappedConflicts.check(model).ifPresent(verdicts::add);
    return verdicts;
  }

  /** The version-checked write whose count the branch tests: the last one written before it. */
  private static SiteFacts lastBefore(List<SiteFacts> writes, ZeroRowsSuccess branch) {
    SiteFacts found = null;
    for (SiteFacts write : writes) {
      if (write.site().location().startLine() < branch.location().startLine()) {
        found = write;
      }
    }
    return found;
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
