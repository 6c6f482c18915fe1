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

  /**
   * The warehouse holds a shipment: the row is read a moment before and only its status changes; the
   * other columns go back as just read, so the call is a command too.
   */
  public void hold(long id) {
    Shipment shipment = shipments.selectByPrimaryKey(id);
    if (shipment == null) {
      throw new IllegalArgumentException("no shipment " + id);
    }
    if (!"DELIVERED".equals(shipment.getStatus())) {
      shipment.setStatus("ON_HOLD");
      // ok: unversioned-table-update
      shipments.updateByPrimaryKeySelective(shipment);
    }
  }

  /**
   * A clerk re-routes a shipment from the form they opened earlier: carrier and tracking number come
   * from that form, so a colleague's correction made meanwhile is lost.
   */
  public void reroute(long id, String carrier, String trackingNo) {
    Shipment shipment = shipments.selectByPrimaryKey(id);
    shipment.setCarrier(carrier);
    shipment.setTrackingNo(trackingNo);
    // ruleid: unversioned-table-update
    shipments.updateByPrimaryKeySelective(shipment);
  }

  /** A read through the generated criteria class: nothing to report. */
  public List<Shipment> inTransitWith(String carrier) {
    ShipmentExample example = new ShipmentExample();
    example.createCriteria().andCarrierEqualTo(carrier).andStatusEqualTo("IN_TRANSIT");
    return shipments.selectByExample(example);
  }
}
