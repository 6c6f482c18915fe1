package com.larkspur.fulfilment.shipping;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(Shipment.class)
public interface ShipmentDao {

  @SqlQuery("""
      SELECT id, order_id, carrier, tracking_no, address, delivery_window, version
        FROM shipment
       WHERE id = :id
      """)
  Optional<Shipment> find(@Bind("id") long id);

  // Carrier feed: guarded, but the void method throws the row count away, so a tracking number
  // based on a stale read is "applied" without any effect and nobody hears about it.
  // ruleid: rowcount-ignored
  @SqlUpdate("""
      UPDATE shipment
         SET carrier = :carrier, tracking_no = :trackingNo, version = version + 1
       WHERE id = :id AND version = :version
      """)
  void updateTracking(@BindMethods Shipment shipment);

  // Dispatch screen: JDBI maps the row count to false when the version no longer matches.
  // ok: rowcount-ignored, update-without-version-check
  @SqlUpdate("""
      UPDATE shipment
         SET delivery_window = :deliveryWindow, version = version + 1
       WHERE id = :id AND version = :version
      """)
  boolean changeDeliveryWindow(
      @Bind("id") long id, @Bind("deliveryWindow") String deliveryWindow, @Bind("version") int version);
}
