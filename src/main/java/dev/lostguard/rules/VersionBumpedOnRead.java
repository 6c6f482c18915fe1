package dev.lostguard.rules;

import dev.lostguard.model.EntryPoint;
import dev.lostguard.model.ForceIncrement;
import dev.lostguard.model.JpaWrite;
import dev.lostguard.model.ProjectModel;
import dev.lostguard.model.ResolvedEntity;
import dev.lostguard.model.SiteFacts;
import dev.lostguard.model.VersionBump;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Flags a version increment that only read paths reach: every entry point that reaches the write is
 * an HTTP {@code GET} (or {@code HEAD}). A user who merely opens the record makes everyone else's open
 * edit stale, and conflicts stop meaning "someone changed this".
 *
 * <p>The same for JPA: a {@code LockModeType.OPTIMISTIC_FORCE_INCREMENT} or {@code
 * PESSIMISTIC_FORCE_INCREMENT} (in {@code em.find}/{@code em.lock}/{@code setLockMode}, or a
 * {@code @Lock} on a repository query method) that only read paths reach, or that sits in a
 * {@code @Transactional(readOnly = true)} method; and a JPA write of a versioned entity (a save after
 * a load, a dirty-checked setter) that only read paths reach. Reported at the lock mode constant, or
 * at the write.
 *
 * <p>Not flagged: increments also reachable from a write path (PUT, POST, a job); writes no entry
 * point reaches (nothing is known about them); statements in SQL scripts; {@code persist} of new rows.
 */
public final class VersionBumpedOnRead implements WriteSiteRule, ProjectRule {

  public static final String ID = "version-bumped-on-read";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Optional<Verdict> check(SiteFacts site, ProjectModel model) {
    // A plain `version = ?` may write back the value the caller loaded (a whole-entity save): only an
    // increment or a time stamp is a bump for certain.
    if (site.bump() != VersionBump.INCREMENT && site.bump() != VersionBump.NOW || !site.table().versioned()) {
      return Optional.empty();
    }
    List<EntryPoint> entries = model.entriesReaching(site.site().method());
    if (!Entities.onlyReads(entries)) {
      return Optional.empty();
    }
    return Optional.of(
        Phrases.verdict(
            site,
            Phrases.statement(site.site())
                + " " + site.bump().verb() + " "
                + site.table().versionColumn()
                + " but only read paths reach it ("
                + entries.get(0).label()
                + (entries.size() > 1 ? " and " + (entries.size() - 1) + " more" : "")
                + "): a user who merely opens the record makes every other open edit stale"));
  }

  @Override
  public List<Verdict> check(ProjectModel model) {
    List<Verdict> verdicts = new ArrayList<>();
    for (ForceIncrement lock : model.patterns(ForceIncrement.class)) {
      List<EntryPoint> entries = model.entriesReaching(lock.method());
      boolean readOnly = model.callGraph().flatMap(g -> g.method(lock.method()))
          .map(m -> m.annotations().stream().anyMatch(a -> a.names().stream().anyMatch(n -> n.endsWith(".Transactional"))
              && a.attributes().getOrDefault("readOnly", List.of()).contains("true")))
          .orElse(false);
      if (readOnly || Entities.onlyReads(entries)) {
        verdicts.add(new Verdict(
            "`" + lock.mode() + "` in " + lock.method().label() + " increments the version of every entity it"
                + " reads, but " + (readOnly ? "the method is a read-only transaction" : "only read paths reach it ("
                + describe(entries) + ")") + ": a user who merely opens the record makes every other open edit stale",
            lock.location(), null, Optional.empty(), "force-increment " + lock.method().label()));
      }
    }
    Map<String, ResolvedEntity> versioned = Entities.versioned(model);
    for (JpaWrite write : model.jpaWrites()) {
      ResolvedEntity entity = versioned.get(write.entity());
      if (entity != null && write.overwrites() && onlyReads(write, model)) {
        verdicts.add(new Verdict(
            write.method().label() + " writes the versioned entity " + entity.entityName() + " (" + how(write)
                + "), but only read paths reach it (" + describe(model.entriesReaching(write.method()))
                + "): every view increments " + entity.version().field() + " and makes open edit forms stale",
            write.location(), entity.table(), Optional.empty(), "jpa-read-write " + write.method().label() + " "
                + entity.qualifiedName()));
      }
    }
    return verdicts;
  }

  /** Whether only read paths reach a JPA write: then this rule, not the side-effect rule, reports it. */
  static boolean onlyReads(JpaWrite write, ProjectModel model) {
    return Entities.onlyReads(model.entriesReaching(write.method()));
  }

  private static String how(JpaWrite write) {
    return write.kind() == JpaWrite.Kind.DIRTY_CHECK ? "setters on the loaded entity, flushed at commit"
        : "a save of the loaded entity";
  }

  private static String describe(List<EntryPoint> entries) {
    return entries.get(0).label() + (entries.size() > 1 ? " and " + (entries.size() - 1) + " more" : "");
  }
}
