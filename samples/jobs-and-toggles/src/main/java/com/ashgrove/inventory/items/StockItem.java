package com.ashgrove.inventory.items;

public record StockItem(
    long id,
    String sku,
    String name,
    String description,
    String binLocation,
    String supplierName,
    int reorderLevel,
    int onHand,
    boolean active,
    long version) {}
