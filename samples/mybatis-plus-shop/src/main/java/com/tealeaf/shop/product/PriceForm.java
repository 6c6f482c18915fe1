package com.tealeaf.shop.product;

import java.math.BigDecimal;

/** The price dialog's form, which carries the version the editor loaded. */
public class PriceForm {

  private Long id;
  private BigDecimal price;
  private Integer version;

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public BigDecimal getPrice() { return price; }
  public void setPrice(BigDecimal price) { this.price = price; }
  public Integer getVersion() { return version; }
  public void setVersion(Integer version) { this.version = version; }
}
