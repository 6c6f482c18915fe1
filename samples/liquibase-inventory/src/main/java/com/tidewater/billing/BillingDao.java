package com.tidewater.billing;

import java.math.BigDecimal;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class BillingDao {

  private static final String INVOICE = "invoice";

  private final JdbcTemplate jdbc;

  public BillingDao(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The invoice edit form: only the fields the clerk touched are written, and the version is never checked. */
  public void updateInvoice(long id, BigDecimal amount, String status, String memo) {
    StringBuilder sql = new StringBuilder("UPDATE invoice SET amount = ?");
    if (status != null) {
      sql.append(", status = ?");
    }
    if (memo != null) {
      sql.append(", memo = ?");
    }
    sql.append(" WHERE id = ?");
    // ruleid: update-without-version-check
    jdbc.update(sql.toString(), amount, status, memo, id);
  }

  /** Marks an invoice paid, guarded: the version the clerk saw must still be current. */
  public void payInvoice(long id, long expectedVersion) {
    String sql = String.format(
        "UPDATE %s SET status = 'PAID', version = version + 1 WHERE id = ? AND version = ?", INVOICE);
    // ok: update-without-version-check
    int rows = jdbc.update(sql, id, expectedVersion);
    if (rows == 0) {
      throw new OptimisticLockingFailureException("invoice " + id + " was changed by someone else");
    }
  }

  /** Edits a customer note; customer_note got its version column in the included YAML changelog. */
  public void updateNote(long noteId, String body, boolean pinned) {
    String sql = "UPDATE customer_note SET body = ?";
    sql += ", pinned = ?";
    sql += " WHERE note_id = ?";
    // ruleid: update-without-version-check
    jdbc.update(sql, body, pinned, noteId);
  }

  /** Unpins a customer note, guarded by the version the clerk saw. */
  public void unpinNote(long noteId, long expectedVersion) {
    String sql = "UPDATE customer_note SET pinned = FALSE, version = version + 1 WHERE note_id = ? AND version = ?";
    // ok: update-without-version-check
    if (jdbc.update(sql, noteId, expectedVersion) == 0) {
      throw new OptimisticLockingFailureException("note " + noteId + " was changed by someone else");
    }
  }

  /** Supplier master data has no version column at all. */
  public void renameSupplier(long id, String name, String iban) {
    // ruleid: unversioned-table-update
    jdbc.update(new StringBuilder().append("UPDATE supplier SET name = ?, iban = ?").append(" WHERE id = ?").toString(),
        name, iban, id);
  }
}
