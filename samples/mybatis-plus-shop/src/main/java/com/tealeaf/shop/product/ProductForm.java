package com.tealeaf.shop.product;

import java.math.BigDecimal;

/** The quick-edit dialog's form: it never received the version, so it cannot send one back. */
public class ProductForm {

  private Long id;
  private String name;
  private BigDecimal price;

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public BigDecimal getPrice() { return price; }
  public void setPrice(BigDecimal price) { this.price = price; }
}
