package dev.lostguard.model;

import java.util.Locale;

/** How sure the analysis is that a finding is real (SARIF's "precision"), lowest first. */
public enum Confidence {
  LOW,
  MEDIUM,
  HIGH;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** One level less sure; {@code low} stays low. */
  public Confidence lowered() {
    return this == LOW ? LOW : values()[ordinal() - 1];
  }

  public static Confidence parse(String text) {
    return valueOf(text.trim().toUpperCase(Locale.ROOT));
  }

}
