package com.saltmarsh.tickets.venues;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Venues are edited by several organisers; nothing tells their edits apart. */
@Entity
// ruleid: entity-without-version
public class Venue {

  @Id private Long id;

  private String name;

  private String address;

  private int capacity;

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public int getCapacity() {
    return capacity;
  }

  public void setCapacity(int capacity) {
    this.capacity = capacity;
  }
}
