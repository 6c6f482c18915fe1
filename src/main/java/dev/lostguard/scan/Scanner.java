package dev.lostguard.scan;

import dev.lostguard.model.Report;

/** The one orchestrator: walk files, run front-ends, build the project model, run rules, make a report. */
public final class Scanner {

  public Report scan(ScanRequest request) {
    throw new UnsupportedOperationException("not built yet");
  }
}
