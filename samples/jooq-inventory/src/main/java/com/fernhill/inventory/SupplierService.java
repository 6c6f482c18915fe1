package com.fernhill.inventory;

import static com.fernhill.inventory.db.Tables.SUPPLIER;

import com.fernhill.inventory.db.tables.records.SupplierRecord;
import org.jooq.DSLContext;

/**
 * Suppliers through jOOQ's UpdatableRecord. The project never sets executeWithOptimisticLocking and no
 * statement names supplier.version, so the column protects nothing: store() writes the record back
 * unconditionally.
 */
public class SupplierService {

  private final DSLContext dsl;

  public SupplierService(DSLContext dsl) {
    this.dsl = dsl;
  }

  public void changeContact(long id, String email, String phone) {
    SupplierRecord supplier = dsl.fetchOne(SUPPLIER, SUPPLIER.ID.eq(id));
    supplier.setEmail(email);
    supplier.setPhone(phone);
    // ruleid: unversioned-table-update
    supplier.store();
  }

  public long register(String name, String email) {
    SupplierRecord supplier = dsl.newRecord(SUPPLIER);
    supplier.setName(name);
    supplier.setEmail(email);
    // ok: update-without-version-check
    supplier.store();
    return supplier.getId();
  }

  /** A copy has no primary key (jOOQ resets it): store() inserts a new supplier. */
  public long duplicate(long id, String name) {
    SupplierRecord source = dsl.fetchOne(SUPPLIER, SUPPLIER.ID.eq(id));
    SupplierRecord copy = source.copy();
    copy.setName(name);
    // ok: update-without-version-check
    copy.store();
    return copy.getId();
  }
}
