package com.tidewater.orders;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "orders")
public class Order {

  @Id private Long id;
  private String customerName;
  private String notes;
  private String status;
  private String address;
  private boolean printed;
  private Instant expiresAt;
  @Version private Long version;

  public Long getId() {
    return id;
  }

  public Long getVersion() {
    return version;
  }

  public void setCustomerName(String customerName) {
    this.customerName = customerName;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public void markPrinted() {
    this.printed = true;
  }

  public boolean isExpired(Instant now) {
    return expiresAt != null && expiresAt.isBefore(now);
  }
}
