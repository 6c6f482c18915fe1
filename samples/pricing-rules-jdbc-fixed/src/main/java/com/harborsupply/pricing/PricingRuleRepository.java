package com.harborsupply.pricing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

@Repository
public class PricingRuleRepository {

  private static final String SELECT_RULES = """
      SELECT id, name, sku_pattern, threshold_qty, discount_percent, active, usage_count, version
        FROM pricing_rule
      """;

  // Saves only from the version the admin loaded and moves the version on, so the second of two
  // concurrent edits matches no row and is answered with 409 instead of overwriting the first.
  private static final String UPDATE_RULE = """
      UPDATE pricing_rule
         SET name = ?, sku_pattern = ?, threshold_qty = ?, discount_percent = ?, updated_at = now(),
             version = version + 1
       WHERE id = ? AND version = ?
      """;

  private static final RowMapper<PricingRule> RULE_ROW =
      (rs, rowNum) ->
          new PricingRule(
              rs.getLong("id"),
              rs.getString("name"),
              rs.getString("sku_pattern"),
              rs.getInt("threshold_qty"),
              rs.getBigDecimal("discount_percent"),
              rs.getBoolean("active"),
              rs.getLong("usage_count"),
              rs.getLong("version"));

  private final JdbcTemplate jdbc;

  public PricingRuleRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<PricingRule> findById(long id) {
    return jdbc.query(SELECT_RULES + " WHERE id = ?", RULE_ROW, id).stream().findFirst();
  }

  public List<PricingRule> findActiveForSku(String sku) {
    return jdbc.query(
        SELECT_RULES + " WHERE active AND ? LIKE sku_pattern ORDER BY threshold_qty", RULE_ROW, sku);
  }

  /** Full-record save from the edit form, from the version the form was loaded at. */
  public void update(PricingRule rule) {
    // ok: update-without-version-check, rowcount-ignored
    int updated = jdbc.update(
        UPDATE_RULE,
        rule.name(),
        rule.skuPattern(),
        rule.thresholdQty(),
        rule.discountPercent(),
        rule.id(),
        rule.version());
    if (updated == 0) {
      throw new ConflictException("pricing rule " + rule.id() + " was changed by someone else; reload it");
    }
  }

  /** The on/off switch in the rule list sends the version the list shows. */
  public void setActive(long id, boolean active, long expectedVersion) {
    // ok: update-without-version-check, rowcount-ignored
    int updated = jdbc.update(
        "UPDATE pricing_rule SET active = ?, updated_at = now(), version = version + 1"
            + " WHERE id = ? AND version = ?",
        active,
        id,
        expectedVersion);
    if (updated == 0) {
      throw new ConflictException("pricing rule " + id + " was changed by someone else; reload it");
    }
  }

  /** Quick discount edit from the rule list. */
  public void updateDiscount(long id, BigDecimal discountPercent, long expectedVersion) {
    // ok: rowcount-ignored, update-without-version-check
    int updated = jdbc.update(
        "UPDATE pricing_rule SET discount_percent = ?, updated_at = now(), version = version + 1"
            + " WHERE id = ? AND version = ?",
        discountPercent,
        id,
        expectedVersion);
    if (updated == 0) {
      throw new ConflictException("pricing rule " + id + " was changed by someone else; reload it");
    }
  }

  /** Rename from the rule list; the controller turns {@code false} into a 409. */
  public boolean rename(long id, String name, long expectedVersion) {
    // ok: rowcount-ignored, update-without-version-check
    return jdbc.update(
            "UPDATE pricing_rule SET name = ?, version = version + 1 WHERE id = ? AND version = ?",
            name,
            id,
            expectedVersion)
        == 1;
  }

  /** Checkout counts how often each rule applied; the increment is atomic. */
  public void recordUsage(long id) {
    // ok: update-without-version-check, rowcount-ignored
    jdbc.update("UPDATE pricing_rule SET usage_count = usage_count + 1 WHERE id = ?", id);
  }
}
