package com.tealeaf.shop.supplier;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

  /**
   * The contact from the form, written onto the row read with a row lock in the same transaction:
   * every other column is the stored one, and no other writer can change the row in between.
   */
  @Transactional
  public void editContact(Supplier form) {
    LambdaQueryWrapper<Supplier> query = new LambdaQueryWrapper<>();
    query.eq(Supplier::getId, form.getId());
    query.last("for update");
    Supplier stored = supplierMapper.selectOne(query);
    stored.setContact(form.getContact());
    stored.setName(form.getName());
    // ok: unversioned-table-update
    supplierMapper.updateById(stored);
  }

  /** The same read without the lock: another edit may land between the read and the write. */
  @Transactional
  public void editContactUnlocked(Supplier form) {
    LambdaQueryWrapper<Supplier> query = new LambdaQueryWrapper<>();
    query.eq(Supplier::getId, form.getId());
    Supplier stored = supplierMapper.selectOne(query);
    stored.setContact(form.getContact());
    stored.setName(form.getName());
    // ruleid: unversioned-table-update
    supplierMapper.updateById(stored);
  }
}
