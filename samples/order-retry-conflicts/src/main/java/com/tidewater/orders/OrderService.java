package com.tidewater.orders;

import java.util.Objects;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.retry.annotation.Retryable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class OrderService {

  private final OrderRepository orders;

  OrderService(OrderRepository orders) {
    this.orders = orders;
  }

  @Transactional
  public void updateNotes(long id, String notes, Long expectedVersion) {
    Order order = orders.findById(id).orElseThrow();
    // ruleid: version-compared-by-reference
    if (order.getVersion() != expectedVersion) {
      throw new StaleOrderException(id);
    }
    order.setNotes(notes);
    orders.save(order);
  }

  @Transactional
  public void updateAddress(long id, String address, Long expectedVersion) {
    Order order = orders.findById(id).orElseThrow();
    // ok: version-compared-by-reference
    if (!Objects.equals(order.getVersion(), expectedVersion)) {
      throw new StaleOrderException(id);
    }
    order.setAddress(address);
    orders.save(order);
  }

  @Transactional
  public void changeStatus(long id, String status) {
    Order order = orders.findById(id).orElseThrow();
    order.setStatus(status);
    orders.save(order);
  }

  /** Reached only from {@code PUT /orders/{id}/customer}: user-facing through the call graph. */
  // ruleid: retry-on-conflict
  @Retryable(retryFor = ObjectOptimisticLockingFailureException.class)
  @Transactional
  public void renameCustomer(long id, String customerName) {
    Order order = orders.findById(id).orElseThrow();
    order.setCustomerName(customerName);
    orders.save(order);
  }

  /** Value comparison: the primitive side unboxes the version. */
  boolean isCurrent(Order order, long expected) {
    // ok: version-compared-by-reference
    return order.getVersion() == expected;
  }
}
