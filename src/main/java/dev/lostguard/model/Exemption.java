package dev.lostguard.model;

/**
 * Why an UPDATE overwrites no user edit and so cannot lose one, whatever its guards.
 * Deletes are never exempt: removing a row someone is editing loses their work too.
 */
public enum Exemption {
  NONE(""),
  /** Every written column is computed from its own current value ({@code stock = stock - ?}). */
  RELATIVE_UPDATE("atomic relative update"),
  /** Only state columns change, and the WHERE requires their expected current value. */
  COMPARE_AND_SET("compare-and-set on its state columns"),
  /** Only bookkeeping columns ({@code last_login}, {@code view_count}) or the version change. */
  BOOKKEEPING_ONLY("bookkeeping columns only"),
  /**
   * A job takes or releases its claim on the row ({@code locked_by}, {@code locked_until}), perhaps with
   * bookkeeping or a fencing token bump: no edit is written.
   */
  LEASE("a job's claim on the row (lease columns)");

  private final String description;

  Exemption(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
