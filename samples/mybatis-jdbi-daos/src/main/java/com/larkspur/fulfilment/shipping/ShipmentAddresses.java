package com.larkspur.fulfilment.shipping;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Address changes requested by the customer before dispatch. */
@Component
public class ShipmentAddresses {

  private final Jdbi jdbi;

  public ShipmentAddresses(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  public void change(long shipmentId, String address, int loadedVersion) {
    try (Handle handle = jdbi.open()) {
      // ok: rowcount-ignored, update-without-version-check
      int updated = handle.createUpdate(
              "UPDATE shipment SET address = :address, version = version + 1 WHERE id = :id AND version = :version")
          .bind("address", address)
          .bind("id", shipmentId)
          .bind("version", loadedVersion)
          .execute();
      if (updated != 1) {
        throw new ResponseStatusException(HttpStatus.CONFLICT, "shipment " + shipmentId + " changed; reload it");
      }
    }
  }

  /** Ops override from the dispatch desk: writes the address whatever the customer changed meanwhile. */
  public void override(long shipmentId, String address) {
    try (Handle handle = jdbi.open()) {
      // ruleid: update-without-version-check
      handle.execute("UPDATE shipment SET address = ? WHERE id = ?", address, shipmentId);
    }
  }
}
