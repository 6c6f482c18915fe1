package com.wrenfield.orders;

import com.wrenfield.orders.mapper.ShipmentMapper;
import java.util.List;
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

  /**
   * The driver's scan: the statement writes only {@code status}, to a value the code fixes, so this call
   * is a command, not a user's edit that could overwrite another's.
   */
  public void markDelivered(long id) {
    Shipment delivered = new Shipment();
    delivered.setId(id);
    delivered.setStatus("DELIVERED");
    // ok: unversioned-table-update
    shipments.updateByPrimaryKeySelective(delivered);
  }

  /** A read through the generated criteria class: nothing to report. */
  public List<Shipment> inTransitWith(String carrier) {
    ShipmentExample example = new ShipmentExample();
    example.createCriteria().andCarrierEqualTo(carrier).andStatusEqualTo("IN_TRANSIT");
    return shipments.selectByExample(example);
  }
}
