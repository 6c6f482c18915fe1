package com.wrenfield.orders;

import com.wrenfield.orders.mapper.ShipmentMapper;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class ShipmentService {

  private static final String POSTAL_CARRIER = "POSTAL";

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

  /** The parcel came back: routing cleared, status fixed; every argument but the id is the code's. */
  public void markReturned(long id) {
    shipments.updateRouting(id, null, null, ShipmentStatus.RETURNED.name());
  }

  /** Handed to the postal service, which assigns its own tracking later. */
  public void handToPostalService(long id) {
    shipments.updateRouting(id, POSTAL_CARRIER, null, "IN_TRANSIT");
  }

  /** The clerk hands the parcel to a carrier, typing its name and tracking number from the receipt. */
  public void assignCarrier(long id, String carrier, String trackingNo) {
    shipments.assignCarrier(id, carrier, trackingNo, "IN_TRANSIT");
  }

  /** A read through the generated criteria class: nothing to report. */
  public List<Shipment> inTransitWith(String carrier) {
    ShipmentExample example = new ShipmentExample();
    example.createCriteria().andCarrierEqualTo(carrier).andStatusEqualTo("IN_TRANSIT");
    return shipments.selectByExample(example);
  }
}
