package com.wrenfield.orders;

/** Where a shipment is. */
public enum ShipmentStatus {
  IN_TRANSIT,
  DELIVERED,
  ON_HOLD,
  RETURNED
}
