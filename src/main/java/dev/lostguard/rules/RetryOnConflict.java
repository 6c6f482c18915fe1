package dev.lostguard.rules;

import dev.lostguard.model.ConflictRetry;
import dev.lostguard.model.EntryChain;
import dev.lostguard.model.ProjectModel;
import java.util.List;
import java.util.Optional;

/**
 * Flags an optimistic-lock failure retried automatically (a {@code catch} of the conflict inside a
 * {@code while}/{@code do}/{@code for} loop that runs the work again, or a spring-retry
 * {@code @Retryable} naming the exception or {@code ConcurrencyFailureException}) where the retry
 * defeats the check:
 *
 * <ul>
 *   <li>on a user-facing path: some entry chain to the retried method starts at an HTTP, GraphQL or
 *       Spring Data REST entry point, or the retry is written in a web controller class. The second
 *       attempt reloads the row another user just saved and applies the stale request to it, so that
 *       user's edit is overwritten without anyone being told; reloading does not help here.</li>
 *   <li>anywhere else (jobs, admin commands, unknown callers): when the retried code writes again
 *       without first reading fresh state, it re-saves the stale object it already had.</li>
 * </ul>
 *
 * <p>Not flagged: a job's retry that reloads ({@code find*}, {@code load*}, {@code refresh}, ...)
 * before its write, or whose write is not visible in the retried code; loops over a collection
 * ({@code for (x : xs)}) and catches that leave the loop ({@code throw}, {@code return},
 * {@code break}); {@code @Retryable} without a conflict exception in {@code retryFor}/{@code include}/
 * {@code value} (also when it lists only broad types such as {@code DataAccessException}).
 */
public final class RetryOnConflict implements ProjectRule {

  public static final String ID = "retry-on-conflict";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Verdict> check(ProjectModel model) {
    return model.patterns(ConflictRetry.class).stream()
        .map(retry -> judge(retry, model))
        .flatMap(Optional::stream)
        .toList();
  }

  private static Optional<Verdict> judge(ConflictRetry retry, ProjectModel model) {
    String what = (retry.mechanism().equals(ConflictRetry.RETRYABLE) ? "@Retryable" : "a retry loop") + " in "
        + retry.method().label() + " retries " + retry.exception();
    EntryChain chain = Reach.userFacing(model.chainsTo(retry.method()));
    String message;
    if (chain != null || retry.inWebController()) {
      String from = chain != null ? "reached from " + Reach.path(chain) : "in a web controller";
      message = what + " " + from + ": the next attempt applies the stale request to the row another user"
          + " just saved and overwrites their edit; answer 409 and let the user decide";
    } else if (!retry.reloadsState()) {
      message = what + " and writes again without reloading: it re-saves the state it read before the"
          + " conflict, which fails again or overwrites the newer row";
    } else {
      return Optional.empty();
    }
    return Optional.of(
        new Verdict(message, retry.location(), null, Optional.empty(),
            retry.mechanism() + " " + retry.method().label() + " " + retry.exception()));
  }
}
