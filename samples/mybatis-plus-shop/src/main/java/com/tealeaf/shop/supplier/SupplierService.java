package com.tealeaf.shop.supplier;

import org.springframework.stereotype.Service;

@Service
public class SupplierService {

  private final SupplierMapper supplierMapper;

  public SupplierService(SupplierMapper supplierMapper) {
    this.supplierMapper = supplierMapper;
  }

  /** The edit form's whole supplier, saved over whatever is stored: the later of two edits wins. */
  public void edit(Supplier form) {
    // ruleid: unversioned-table-update
    supplierMapper.updateById(form);
  }

  /**
   * A command: the new status is the code's, not something the user read and sent back, so there is
   * no stale copy to save.
   */
  public void suspend(long id) {
    Supplier supplier = new Supplier();
    supplier.setId(id);
    supplier.setStatus(SupplierStatus.SUSPENDED.code());
    // ok: unversioned-table-update
    supplierMapper.updateById(supplier);
  }

  /** The same command written with the entity's builder: only what the builder sets is written. */
  public void reactivate(long id) {
    // ok: unversioned-table-update
    supplierMapper.updateById(Supplier.builder().id(id).status(SupplierStatus.ACTIVE.code()).build());
  }
}
