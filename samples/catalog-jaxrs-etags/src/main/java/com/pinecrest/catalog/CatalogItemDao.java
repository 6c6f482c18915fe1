package com.pinecrest.catalog;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

@Repository
public class CatalogItemDao {

  private static final RowMapper<CatalogItem> ITEM_ROW =
      (rs, rowNum) ->
          new CatalogItem(
              rs.getLong("id"),
              rs.getString("sku"),
              rs.getString("title"),
              rs.getString("description"),
              rs.getLong("price_cents"),
              rs.getString("currency"),
              rs.getLong("version"));

  private final JdbcTemplate jdbc;

  public CatalogItemDao(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<CatalogItem> find(long id) {
    return jdbc.query(
            "SELECT id, sku, title, description, price_cents, currency, version FROM catalog_item WHERE id = ?",
            ITEM_ROW,
            id)
        .stream()
        .findFirst();
  }

  /**
   * Writes only if the row is still at {@code expectedVersion}: closes the gap between the ETag check
   * in the resource and this write. Returns the number of rows written (0 = lost the race).
   */
  public int updateDetails(long id, String title, String description, long expectedVersion) {
    // ok: update-without-version-check, rowcount-ignored
    return jdbc.update(
        """
        UPDATE catalog_item
           SET title = ?, description = ?, version = version + 1
         WHERE id = ? AND version = ?
        """,
        title,
        description,
        id,
        expectedVersion);
  }

  /** The copy desk's rename: neither checks nor bumps the version. */
  public void rename(long id, String title) {
    // ruleid: update-without-version-check
    jdbc.update("UPDATE catalog_item SET title = ? WHERE id = ?", title, id);
  }

  /** The price desk's quick edit: bumps the version, but never checks it. */
  public void updatePrice(long id, long priceCents, String currency) {
    // ruleid: update-without-version-check
    jdbc.update(
        "UPDATE catalog_item SET price_cents = ?, currency = ?, version = version + 1 WHERE id = ?",
        priceCents,
        currency,
        id);
  }
}
