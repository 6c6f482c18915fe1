package com.wrenfield.orders.web;

import com.wrenfield.orders.Order;
import com.wrenfield.orders.OrderLine;
import com.wrenfield.orders.OrderService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/orders")
public class OrderController {

  private final OrderService orders;

  public OrderController(OrderService orders) {
    this.orders = orders;
  }

  @PutMapping("/{id}")
  public ResponseEntity<Void> save(@PathVariable long id, @RequestBody Order order) {
    orders.save(order);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{id}/note")
  public ResponseEntity<Void> note(@PathVariable long id, @RequestBody String note) {
    orders.changeNote(id, note);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{id}/status")
  public ResponseEntity<Void> status(
      @PathVariable long id, @RequestParam String status, @RequestParam(required = false) Integer version) {
    orders.changeStatus(id, status, version);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{id}/cancel")
  public ResponseEntity<Void> cancel(@PathVariable long id, @RequestParam int version) {
    orders.cancel(id, version);
    return ResponseEntity.noContent().build();
  }

  @DeleteMapping("/{id}")
  public ResponseEntity<Void> delete(@PathVariable long id) {
    orders.delete(id);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{id}/lines")
  public ResponseEntity<Void> putLine(@PathVariable long id, @RequestBody OrderLine line) {
    orders.putLine(line);
    return ResponseEntity.noContent().build();
  }
}
