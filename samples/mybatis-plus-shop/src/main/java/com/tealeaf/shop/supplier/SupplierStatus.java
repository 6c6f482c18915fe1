package com.tealeaf.shop.supplier;

public enum SupplierStatus {
  ACTIVE,
  SUSPENDED;

  public String code() {
    return name().toLowerCase();
  }
}
