package dev.lostguard.model;

import java.util.Locale;

/** How much a finding matters, lowest first so that {@code compareTo} orders by importance. */
public enum Severity {
  INFO,
  LOW,
  MEDIUM,
  HIGH;

  /** The next level up; {@code HIGH} stays {@code HIGH}. */
  public Severity raised() {
    return this == HIGH ? HIGH : values()[ordinal() + 1];
  }

  /** The lower-case name used in reports, the catalog and on the command line. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Severity parse(String text) {
    return valueOf(text.trim().toUpperCase(Locale.ROOT));
  }
}
