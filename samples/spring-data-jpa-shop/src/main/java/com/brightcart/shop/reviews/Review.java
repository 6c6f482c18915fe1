package com.brightcart.shop.reviews;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A customer's product review; moderators edit the text while the author may still be editing it. */
@Entity
// ruleid: entity-without-version
public class Review {

  @Id @GeneratedValue private Long id;

  private Long productId;

  private String text;

  private int stars;

  private boolean approved;

  public Long getId() {
    return id;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public void setStars(int stars) {
    this.stars = stars;
  }

  public void setApproved(boolean approved) {
    this.approved = approved;
  }
}
