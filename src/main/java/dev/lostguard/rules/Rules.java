package dev.lostguard.rules;

import java.util.List;

/** The explicit, sorted registry of rules. */
public final class Rules {

  private Rules() {}

  /** Every rule id lostguard knows, sorted. */
  public static List<String> ids() {
    return List.of(
        "bulk-update-bypasses-version",
        "delete-without-version-check",
        "rowcount-ignored",
        "timestamp-as-version",
        "unversioned-table-update",
        "update-without-version-check",
        "upsert-without-guard",
        "version-not-incremented");
  }
}
