package com.wrenfield.orders.web;

import com.wrenfield.orders.ShipmentService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ShipmentController {

  private final ShipmentService shipments;

  public ShipmentController(ShipmentService shipments) {
    this.shipments = shipments;
  }

  @PostMapping("/shipments/{id}/tracking")
  public ResponseEntity<Void> tracking(
      @PathVariable long id, @RequestParam String carrier, @RequestParam String trackingNo) {
    shipments.recordTracking(id, carrier, trackingNo);
    return ResponseEntity.accepted().build();
  }

  @PostMapping("/shipments/{id}/delivered")
  public ResponseEntity<Void> delivered(@PathVariable long id) {
    shipments.markDelivered(id);
    return ResponseEntity.accepted().build();
  }

  @PostMapping("/shipments/{id}/hold")
  public ResponseEntity<Void> hold(@PathVariable long id) {
    shipments.hold(id);
    return ResponseEntity.accepted().build();
  }

  @PostMapping("/shipments/{id}/route")
  public ResponseEntity<Void> reroute(
      @PathVariable long id, @RequestParam String carrier, @RequestParam String trackingNo) {
    shipments.reroute(id, carrier, trackingNo);
    return ResponseEntity.accepted().build();
  }

  @PostMapping("/shipments/{id}/returned")
  public ResponseEntity<Void> returned(@PathVariable long id) {
    shipments.markReturned(id);
    return ResponseEntity.accepted().build();
  }

  @PostMapping("/shipments/{id}/postal")
  public ResponseEntity<Void> postal(@PathVariable long id) {
    shipments.handToPostalService(id);
    return ResponseEntity.accepted().build();
  }

  @PostMapping("/shipments/{id}/carrier")
  public ResponseEntity<Void> carrier(
      @PathVariable long id, @RequestParam String carrier, @RequestParam String trackingNo) {
    shipments.assignCarrier(id, carrier, trackingNo);
    return ResponseEntity.accepted().build();
  }
}
