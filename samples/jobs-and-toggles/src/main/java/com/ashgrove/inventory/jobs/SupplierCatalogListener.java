package com.ashgrove.inventory.jobs;

import com.ashgrove.inventory.items.StockItemDao;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Supplier catalogue changes and goods-issue events from the warehouse floor. */
@Component
public class SupplierCatalogListener {

  public record SupplierItemUpdate(long itemId, String name, String description, String supplierName) {}

  public record GoodsIssued(long itemId, int quantity) {}

  private final StockItemDao items;

  public SupplierCatalogListener(StockItemDao items) {
    this.items = items;
  }

  @KafkaListener(topics = "supplier-catalog-updates", groupId = "inventory")
  public void onSupplierUpdate(SupplierItemUpdate update) {
    items.applySupplierUpdate(update.itemId(), update.name(), update.description(), update.supplierName());
  }

  @KafkaListener(topics = "goods-issued", groupId = "inventory")
  public void onGoodsIssued(GoodsIssued event) {
    items.issue(event.itemId(), event.quantity());
  }
}
