package dev.lostguard.model;

import java.util.Locale;

/** A finding compared with a baseline; the lower-case label is the JSON contract. */
public enum BaselineState {
  /** Not in the baseline (or more of its kind than the baseline accepted): counts toward failure. */
  NEW,
  /** Accepted by the baseline: reported, but never counts toward failure. */
  UNCHANGED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
