package com.ashgrove.inventory.items;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

@Repository
public class StockItemDao {

  private static final RowMapper<StockItem> ITEM_ROW =
      (rs, rowNum) ->
          new StockItem(
              rs.getLong("id"),
              rs.getString("sku"),
              rs.getString("name"),
              rs.getString("description"),
              rs.getString("bin_location"),
              rs.getString("supplier_name"),
              rs.getInt("reorder_level"),
              rs.getInt("on_hand"),
              rs.getBoolean("active"),
              rs.getLong("version"));

  private final JdbcTemplate jdbc;

  public StockItemDao(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<StockItem> find(long id) {
    return jdbc.query("SELECT * FROM stock_item WHERE id = ?", ITEM_ROW, id).stream().findFirst();
  }

  /** The edit form: guarded by the version the form was rendered with; 0 rows means a conflict. */
  public int updateDetails(long id, ItemForm form) {
    // ok: update-without-version-check, rowcount-ignored
    return jdbc.update(
        """
        UPDATE stock_item
           SET name = ?, description = ?, bin_location = ?, reorder_level = ?, version = version + 1
         WHERE id = ? AND version = ?
        """,
        form.name(),
        form.description(),
        form.binLocation(),
        form.reorderLevel(),
        id,
        form.version());
  }

  /** The list page's on/off switch: no version, so it overwrites whatever the row became. */
  public void setActive(long id, boolean active) {
    // ruleid: update-without-version-check
    jdbc.update("UPDATE stock_item SET active = ? WHERE id = ?", active, id);
  }

  /** Nightly rebalancing: moves an item to the bin planned days ago, over any move made since. */
  public void moveToBin(long id, String targetBin) {
    // ruleid: update-without-version-check
    jdbc.update("UPDATE stock_item SET bin_location = ? WHERE id = ?", targetBin, id);
  }

  /** Supplier feed: replaces the name and description that buyers may have just corrected. */
  public void applySupplierUpdate(long id, String name, String description, String supplierName) {
    // ruleid: update-without-version-check
    jdbc.update(
        "UPDATE stock_item SET name = ?, description = ?, supplier_name = ? WHERE id = ?",
        name,
        description,
        supplierName,
        id);
  }

  /** Goods issued: relative to the stored quantity, so concurrent writers cannot lose each other's change. */
  public void issue(long id, int quantity) {
    // ok: update-without-version-check
    jdbc.update("UPDATE stock_item SET on_hand = on_hand - ? WHERE id = ?", quantity, id);
  }
}
