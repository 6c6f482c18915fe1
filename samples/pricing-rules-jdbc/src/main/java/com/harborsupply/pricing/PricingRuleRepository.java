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

  // The edit form posts the whole rule back, and the save ignores the version it carries: when two
  // admins edit the same rule (one raises the threshold 100 -> 120, the other the discount 10% -> 15%),
  // the second save writes the first admin's stale threshold back.
  private static final String UPDATE_RULE = """
      UPDATE pricing_rule
         SET name = ?, sku_pattern = ?, threshold_qty = ?, discount_percent = ?, updated_at = now()
       WHERE id = ?
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

  /** Full-record save from the edit form. */
  public void update(PricingRule rule) {
    // ruleid: update-without-version-check
    jdbc.update(
        UPDATE_RULE,
        rule.name(),
        rule.skuPattern(),
        rule.thresholdQty(),
        rule.discountPercent(),
        rule.id());
  }

  /** The on/off switch in the rule list. */
  public void setActive(long id, boolean active) {
    // ruleid: update-without-version-check
    jdbc.update("UPDATE pricing_rule SET active = ?, updated_at = now() WHERE id = ?", active, id);
  }

  /**
   * Quick discount edit from the rule list. The version is checked, but the row count is dropped, so a
   * stale edit matches no row and the admin still sees "saved".
   */
  public void updateDiscount(long id, BigDecimal discountPercent, long expectedVersion) {
    // ruleid: rowcount-ignored
    jdbc.update(
        "UPDATE pricing_rule SET discount_percent = ?, updated_at = now(), version = version + 1"
            + " WHERE id = ? AND version = ?",
        discountPercent,
        id,
        expectedVersion);
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
