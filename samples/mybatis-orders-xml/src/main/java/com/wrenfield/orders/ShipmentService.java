package com.wrenfield.orders;

import com.wrenfield.orders.mapper.ShipmentMapper;
import org.springframework.stereotype.Service;

@Service
public class ShipmentService {

  private final ShipmentMapper shipments;

  public ShipmentService(ShipmentMapper shipments) {
    this.shipments = shipments;
  }

  /** The carrier's callback: only the tracking columns are set, the rest stay null (selective). */
  public void recordTracking(long id, String carrier, String trackingNo) {
    shipments.updateByPrimaryKeySelective(new Shipment(id, null, carrier, trackingNo, null));
  }
}
