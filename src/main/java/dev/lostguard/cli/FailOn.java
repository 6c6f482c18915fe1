package dev.lostguard.cli;

import dev.lostguard.model.Severity;
import java.util.Optional;

/** The threshold of {@code --fail-on}: findings at or above it fail the run. */
public enum FailOn {
  info(Severity.INFO),
  low(Severity.LOW),
  medium(Severity.MEDIUM),
  high(Severity.HIGH),
  none(null);

  private final Severity threshold;

  FailOn(Severity threshold) {
    this.threshold = threshold;
  }

  Optional<Severity> threshold() {
    return Optional.ofNullable(threshold);
  }
}
