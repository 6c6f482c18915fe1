package com.brightcart.shop.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** A catalog item; Spring's default naming maps it to table {@code product}. */
@Entity
// ok: entity-without-version
public class Product {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;

  private String category;

  private BigDecimal price;

  private int stock;

  private boolean active = true;

  // ok: timestamp-as-version
  @Version
  private Long version;

  protected Product() {}

  public Product(String name, String category, BigDecimal price, int stock) {
    this.name = name;
    this.category = category;
    this.price = price;
    this.stock = stock;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public void setPrice(BigDecimal price) {
    this.price = price;
  }

  public int getStock() {
    return stock;
  }

  public boolean isActive() {
    return active;
  }

  public Long getVersion() {
    return version;
  }
}
