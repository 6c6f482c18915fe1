package dev.lostguard.model;

import java.util.Locale;

/** How a finding was suppressed in source; the lower-case label is the JSON contract. */
public enum SuppressionKind {
  /** A {@code lostguard:ignore <rule-id> <reason>} comment on the line before the finding. */
  COMMENT,
  /** {@code @SuppressWarnings("lostguard:<rule-id>")} on a declaration enclosing the finding. */
  ANNOTATION;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
