package dev.lostguard.cli;

/** When {@code --progress} shows a scan's progress on standard error. */
public enum ProgressMode {
  auto,
  always,
  never;

  boolean enabled(boolean interactive) {
    return this == always || (this == auto && interactive);
  }
}
