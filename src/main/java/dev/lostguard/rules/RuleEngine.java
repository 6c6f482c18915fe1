package dev.lostguard.rules;

import dev.lostguard.model.Confidence;
import dev.lostguard.model.EntryChain;
import dev.lostguard.model.ErrorKind;
import dev.lostguard.model.Finding;
import dev.lostguard.model.Location;
import dev.lostguard.model.PathKind;
import dev.lostguard.model.PathKinds;
import dev.lostguard.model.ProcessingError;
import dev.lostguard.model.ProjectModel;
import dev.lostguard.model.RelatedLocation;
import dev.lostguard.model.Severity;
import dev.lostguard.model.SiteFacts;
import dev.lostguard.model.SourceRole;
import dev.lostguard.model.TableFacts;
import dev.lostguard.model.WriteSite;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the rules over a project model: one finding per statement (first rule in precedence order),
 * table findings independently, then ranking (mixed guarding) and fingerprints. A rule that throws
 * becomes a {@code rule-crash} error at the place it was looking at, and the other rules go on.
 */
public final class RuleEngine {

  /** Rules whose finding means "this table is guarded elsewhere but not here". */
  private static final Set<String> MIXED_GUARDING_RULES =
      Set.of(
          DeleteWithoutVersionCheck.ID,
          UpsertWithoutGuard.ID,
          BulkUpdateBypassesVersion.ID,
          VersionNotIncremented.ID,
          UpdateWithoutVersionCheck.ID);

  private static final String MIXED_GUARDING = "mixed-guarding";
  /** The write's SQL is assembled with optional parts: one level less confidence. */
  private static final String ASSEMBLED_WITH_BRANCHES = "assembled-with-branches";
  /** A toggle, admin or job write that bypasses the check a user-facing edit path makes. */
  private static final String UNGUARDED_SIDE_PATH = "unguarded-side-path";
  private static final Set<PathKind> SIDE_PATHS = Set.of(PathKind.TOGGLE, PathKind.ADMIN, PathKind.JOB);
  private static final Pattern CODE_SPAN = Pattern.compile("`[^`]*`");

  private final RuleCatalog catalog;
  private final List<WriteSiteRule> writeSiteRules;
  private final List<TableRule> tableRules;
  private final List<ProjectRule> projectRules;

  public RuleEngine(
      RuleCatalog catalog,
      List<WriteSiteRule> writeSiteRules,
      List<TableRule> tableRules,
      List<ProjectRule> projectRules) {
    this.catalog = catalog;
    this.writeSiteRules = List.copyOf(writeSiteRules);
    this.tableRules = List.copyOf(tableRules);
    this.projectRules = List.copyOf(projectRules);
  }

  public static RuleEngine builtIn(RuleCatalog catalog) {
    return new RuleEngine(catalog, Rules.writeSiteRules(), Rules.tableRules(), Rules.projectRules());
  }

  /**
   * Findings (sorted by location) and the errors of rules that crashed.
   *
   * @param withoutEntryPoint findings on writes no entry point reaches, left out of the report
   *     ({@code --include-unreached} reports them)
   */
  public record Result(List<Finding> findings, List<ProcessingError> errors, List<Finding> withoutEntryPoint) {}

  /**
   * @param sourceLine the text of a line of a scanned file, for snippets (path, 1-based line)
   * @param reportableDefinition whether a finding at a DDL location may be reported (not in tests)
   */
  public Result run(
      ProjectModel model,
      BiFunction<String, Integer, String> sourceLine,
      java.util.function.Predicate<String> reportableDefinition) {
    List<Candidate> candidates = new ArrayList<>();
    List<ProcessingError> errors = new ArrayList<>();
    List<Candidate> withoutEntryPoint = new ArrayList<>();
    for (SiteFacts site : model.sites()) {
      if (!site.reportable()) {
        continue;
      }
      for (WriteSiteRule rule : writeSiteRules) {
        Optional<Verdict> verdict =
            guarded(rule.id(), site.site().location(), errors, () -> rule.check(site, model));
        if (verdict != null && verdict.isPresent()) {
          (reachedByNoEntryPoint(site, model) ? withoutEntryPoint : candidates)
              .add(new Candidate(rule.id(), verdict.get(), site));
          break;
        }
      }
    }
    for (TableFacts table : model.tables().values()) {
      for (TableRule rule : tableRules) {
        Location where = table.definition().map(d -> d.location()).orElse(null);
        List<Verdict> verdicts = guarded(rule.id(), where, errors, () -> rule.check(table, model));
        for (Verdict verdict : verdicts == null ? List.<Verdict>of() : verdicts) {
          if (reportableDefinition.test(verdict.location().path())) {
            candidates.add(new Candidate(rule.id(), verdict, null));
          }
        }
      }
    }
    for (ProjectRule rule : projectRules) {
      List<Verdict> verdicts = guarded(rule.id(), null, errors, () -> rule.check(model));
      for (Verdict verdict : verdicts == null ? List.<Verdict>of() : verdicts) {
        if (reportableDefinition.test(verdict.location().path())) {
          candidates.add(new Candidate(rule.id(), verdict, null));
        }
      }
    }
    Map<String, SiteFacts> firstGuarded = firstGuardedSiteByTable(model);
    candidates.sort((a, b) -> a.verdict.location().compareTo(b.verdict.location()));
    Map<String, Integer> occurrences = new HashMap<>();
    List<Finding> findings = new ArrayList<>();
    for (Candidate candidate : candidates) {
      findings.add(finding(candidate, model, firstGuarded, occurrences, sourceLine));
    }
    findings.sort(Finding.BY_LOCATION);
    Map<String, Integer> leftOutOccurrences = new HashMap<>();
    List<Finding> leftOut = withoutEntryPoint.stream()
        .map(candidate -> finding(candidate, model, firstGuarded, leftOutOccurrences, sourceLine)).toList();
    return new Result(List.copyOf(findings), List.copyOf(errors), leftOut);
  }

  private Finding finding(
      Candidate candidate,
      ProjectModel model,
      Map<String, SiteFacts> firstGuarded,
      Map<String, Integer> occurrences,
      BiFunction<String, Integer, String> sourceLine) {
    RuleMetadata metadata = catalog.entry(candidate.ruleId);
    Verdict verdict = candidate.verdict;
    Severity severity = metadata.defaultSeverity();
    List<RelatedLocation> related = new ArrayList<>(verdict.related());
    related.addAll(candidate.site == null ? List.of() : candidate.site.site().related());
    List<String> signals = new ArrayList<>();
    SiteFacts guarded = verdict.table() == null ? null : firstGuarded.get(verdict.table());
    if (candidate.site != null
        && !candidate.site.checksVersion()
        && MIXED_GUARDING_RULES.contains(candidate.ruleId)
        && guarded != null) {
      severity = severity.raised();
      signals.add(MIXED_GUARDING);
      related.add(
          new RelatedLocation(
              guarded.site().location().path(),
              guarded.site().location().startLine(),
              "this write to " + verdict.table() + " checks " + guarded.table().versionColumn()
                  + "; the flagged one does not"));
    }
    List<EntryChain> chains = List.of();
    PathKind pathKind = null;
    String message = verdict.message();
    Confidence confidence = verdict.confidence().orElse(metadata.defaultConfidence());
    if (candidate.site != null) {
      WriteSite write = candidate.site.site();
      if (write.caveat() != null) {
        message += "; " + write.caveat();
        confidence = confidence.lowered();
      }
      chains = model.chainsTo(write.method(), write.location().path()).stream()
          .map(c -> c.endingIn(write.sink())).toList();
      pathKind =
          PathKinds.of(
              chains, !candidate.site.singleRow(), write.role(), write.method() == null,
              model.callGraph().orElse(null));
      if (signals.contains(MIXED_GUARDING) && SIDE_PATHS.contains(pathKind)) {
        signals.add(UNGUARDED_SIDE_PATH);
        message += "; this " + pathKind.label() + " path undermines the guarded write at "
            + guarded.site().location().path() + ":" + guarded.site().location().startLine()
            + guardedPath(model, guarded);
      }
    }
    if (candidate.site != null && candidate.site.site().withBranches()) {
      confidence = confidence.lowered();
      signals.add(ASSEMBLED_WITH_BRANCHES);
    }
    Location location = verdict.location();
    String key = candidate.ruleId + '\0' + location.path() + '\0' + verdict.fingerprintText();
    int occurrence = occurrences.merge(key, 1, Integer::sum) - 1;
    return new Finding(
        candidate.ruleId,
        severity,
        confidence,
        message,
        location,
        List.copyOf(related),
        verdict.table(),
        snippet(sourceLine, location),
        remediation(metadata, model.table(verdict.table()).orElse(null)),
        List.copyOf(signals),
        Fingerprints.of(candidate.ruleId, location.path(), verdict.fingerprintText(), occurrence),
        chains,
        pathKind);
  }

  /**
   * A write in Java code or a mapper that no entry point reaches, in a project where entry points where
   * people act reach other writes: what runs it is not known (dead code, a machine's own process, a
   * dispatch lostguard does not model), so no path can be shown and the finding is left out unless the
   * settings ask for such writes ({@code --include-unreached}). SQL scripts have no entry points and
   * are always judged; so is every write of a project where no entry point is found at all.
   */
  private static boolean reachedByNoEntryPoint(SiteFacts site, ProjectModel model) {
    WriteSite write = site.site();
    return !model.settings().includeUnreached() && write.method() != null && write.role() == SourceRole.APPLICATION
        && model.peopleReachWrites() && model.chainsTo(write.method(), write.location().path()).isEmpty();
  }

  /** {@code " (PUT /items/{id} -> ItemController.update -> ItemDao.update)"}, or empty when no entry point reaches it. */
  private static String guardedPath(ProjectModel model, SiteFacts guarded) {
    WriteSite write = guarded.site();
    return model.chainsTo(write.method()).stream().findFirst()
        .map(chain -> " (" + Reach.path(chain.endingIn(write.sink())) + ")")
        .orElse("");
  }

  /**
   * The catalog's fix, speaking of the table's own version column: {@code `version = version + 1`}
   * becomes {@code `lock_version = lock_version + 1`} inside code spans.
   */
  private static String remediation(RuleMetadata metadata, TableFacts table) {
    String text = metadata.remediation();
    if (table == null || !table.versioned() || table.versionTemporal() || "version".equals(table.versionColumn())) {
      return text;
    }
    Matcher span = CODE_SPAN.matcher(text);
    StringBuilder out = new StringBuilder();
    while (span.find()) {
      String code = span.group().replaceAll("\\bversion\\b", table.versionColumn());
      span.appendReplacement(out, Matcher.quoteReplacement(code));
    }
    span.appendTail(out);
    return out.toString();
  }

  private static String snippet(BiFunction<String, Integer, String> sourceLine, Location location) {
    String line = sourceLine.apply(location.path(), location.startLine());
    return line == null ? null : line.strip();
  }

  /**
   * Per table, the statement to point at as its guarded write: the first reportable one (by location)
   * that compares and bumps the version, else the first that compares it.
   */
  private static Map<String, SiteFacts> firstGuardedSiteByTable(ProjectModel model) {
    Map<String, SiteFacts> checked = new HashMap<>();
    Map<String, SiteFacts> checkedAndBumped = new HashMap<>();
    for (SiteFacts site : model.sites()) {
      if (site.reportable() && site.site().role() != SourceRole.MIGRATION && site.checksVersion()) {
        checked.putIfAbsent(site.site().table(), site);
        if (site.bump().bumps()) {
          checkedAndBumped.putIfAbsent(site.site().table(), site);
        }
      }
    }
    checked.putAll(checkedAndBumped);
    return checked;
  }

  private static <T> T guarded(
      String ruleId, Location where, List<ProcessingError> errors, java.util.function.Supplier<T> check) {
    try {
      return check.get();
    } catch (RuntimeException | StackOverflowError e) {
      errors.add(
          new ProcessingError(
              ErrorKind.RULE_CRASH,
              where == null ? "" : where.path(),
              where == null ? null : where.startLine(),
              "rule " + ruleId + " failed: " + e,
              ruleId));
      return null;
    }
  }

  private record Candidate(String ruleId, Verdict verdict, SiteFacts site) {}
}
