package dev.lostguard.scan;

import dev.lostguard.model.CallGraph;
import dev.lostguard.model.EntryChain;
import dev.lostguard.model.Finding;
import dev.lostguard.model.MethodFacts;
import dev.lostguard.model.RelatedLocation;
import dev.lostguard.model.Report;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which findings a diff-aware run ({@code --changed-since}) reports. The whole project is analysed
 * (an entity lives in one file, its SQL in another); a finding is kept when its location, a related
 * location (entity, constant, guarded twin) or a step of an entry chain lies in a changed file.
 */
public final class ChangeScope {

  /** Every finding. */
  public static final ChangeScope ALL = new ChangeScope(null);

  private final Set<String> changedPaths;

  private ChangeScope(Set<String> changedPaths) {
    this.changedPaths = changedPaths;
  }

  /** @param changedPaths changed files, relative to the scan root with {@code /} */
  public static ChangeScope of(Set<String> changedPaths) {
    return new ChangeScope(Set.copyOf(changedPaths));
  }

  public List<Finding> filter(List<Finding> findings, CallGraph graph) {
    if (changedPaths == null) {
      return findings;
    }
    return findings.stream().filter(f -> touchesChange(f, graph)).toList();
  }

  /** Whether this run reports only part of the project's findings. */
  public boolean partial() {
    return changedPaths != null;
  }

  /**
   * The report without the stale baseline entries of unchanged files: their findings were not
   * reported, not fixed.
   */
  public Report withoutStaleOutside(Report report) {
    if (changedPaths == null || report.staleBaseline().isEmpty()) {
      return report;
    }
    return report.withBaseline(
        report.findings(), report.staleBaseline().stream().filter(e -> changedPaths.contains(e.path())).toList());
  }

  private boolean touchesChange(Finding finding, CallGraph graph) {
    if (changedPaths.contains(finding.location().path())) {
      return true;
    }
    for (RelatedLocation related : finding.relatedLocations()) {
      if (changedPaths.contains(related.path())) {
        return true;
      }
    }
    for (EntryChain chain : finding.entryPoints()) {
      if (chain.entry().location() != null && changedPaths.contains(chain.entry().location().path())) {
        return true;
      }
      boolean stepChanged =
          chain.methods().stream()
              .map(graph::method)
              .flatMap(Optional::stream)
              .map(MethodFacts::nameLocation)
              .anyMatch(location -> location != null && changedPaths.contains(location.path()));
      if (stepChanged) {
        return true;
      }
    }
    return false;
  }
}
