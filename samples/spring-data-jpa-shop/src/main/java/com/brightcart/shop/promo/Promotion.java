package com.brightcart.shop.promo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A coupon campaign, edited by marketing in the back-office. */
@Entity
@Table(name = "promotion")
public class Promotion {

  @Id
  @GeneratedValue
  private Long id;

  @Column(nullable = false, unique = true)
  private String code;

  private BigDecimal discountPercent;

  private LocalDate validUntil;

  // A timestamp as the version: two saves within the clock's resolution carry the same value,
  // and application nodes with skewed clocks can even move it backwards.
  // ruleid: timestamp-as-version
  @Version
  private Instant lastModified;

  protected Promotion() {}

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public BigDecimal getDiscountPercent() {
    return discountPercent;
  }

  public void setDiscountPercent(BigDecimal discountPercent) {
    this.discountPercent = discountPercent;
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }

  public void setValidUntil(LocalDate validUntil) {
    this.validUntil = validUntil;
  }
}
