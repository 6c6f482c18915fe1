package com.tidewater.orders;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.retry.annotation.Retryable;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/orders")
class OrderController {

  private static final Logger log = LoggerFactory.getLogger(OrderController.class);

  record NotesForm(String notes, Long version) {}

  record StatusForm(String status) {}

  record AddressForm(String address, Long version) {}

  record CustomerForm(String customerName) {}

  private final OrderService orders;

  OrderController(OrderService orders) {
    this.orders = orders;
  }

  @PutMapping("/{id}/notes")
  // ruleid: retry-on-conflict
  @Retryable(retryFor = OptimisticLockingFailureException.class, maxAttempts = 3)
  ResponseEntity<Void> updateNotes(@PathVariable long id, @RequestBody NotesForm form) {
    orders.updateNotes(id, form.notes(), form.version());
    return ResponseEntity.noContent().build();
  }

  @PatchMapping("/{id}/status")
  // ruleid: write-endpoint-without-precondition
  // ok: client-version-dropped
  ResponseEntity<Void> changeStatus(@PathVariable long id, @RequestBody StatusForm form) {
    try {
      orders.changeStatus(id, form.status());
    // ruleid: conflict-swallowed
    } catch (ObjectOptimisticLockingFailureException e) {
      log.warn("order {} was changed concurrently, status change skipped", id);
      return ResponseEntity.ok().build();
    }
    return ResponseEntity.noContent().build();
  }

  @PutMapping("/{id}/address")
  // ok: client-version-dropped, write-endpoint-without-precondition
  ResponseEntity<Void> changeAddress(@PathVariable long id, @RequestBody AddressForm form) {
    try {
      orders.updateAddress(id, form.address(), form.version());
    // ok: conflict-swallowed
    } catch (ObjectOptimisticLockingFailureException e) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "order " + id + " changed; reload", e);
    }
    return ResponseEntity.noContent().build();
  }

  @PutMapping("/{id}/customer")
  // ruleid: write-endpoint-without-precondition, client-version-dropped
  ResponseEntity<Void> renameCustomer(@PathVariable long id, @RequestBody CustomerForm form) {
    orders.renameCustomer(id, form.customerName());
    return ResponseEntity.noContent().build();
  }
}
