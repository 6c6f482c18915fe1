package com.saltmarsh.tickets.venues;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** Notes are only ever added (persist): no edit of one can be lost. */
@Entity
// ok: entity-without-version
public class VenueNote {

  @Id @GeneratedValue private Long id;

  private long venueId;

  private String text;

  public VenueNote(long venueId, String text) {
    this.venueId = venueId;
    this.text = text;
  }
}
