package com.larkspur.fulfilment.shipping;

/** Applies the tracking numbers the carrier's feed reports. */
public class CarrierFeed {

  private final ShipmentDao shipments;

  public CarrierFeed(ShipmentDao shipments) {
    this.shipments = shipments;
  }

  public void apply(Shipment reported) {
    shipments.updateTracking(reported);
  }
}
