-- Pricing rules (pricing team screens and the nightly job).

SELECT r.id, r.name, r.discount_percent, r.valid_from, r.valid_until, r.version
  FROM pricing_rules r
 WHERE r.active
   AND (r.product_id = ? OR r.category_id = ?)
   AND r.valid_from <= CURRENT_DATE
   AND (r.valid_until IS NULL OR r.valid_until >= CURRENT_DATE)
 ORDER BY r.discount_percent DESC;

INSERT INTO pricing_rules (name, product_id, category_id, discount_percent, valid_from, valid_until)
VALUES (?, ?, ?, ?, ?, ?);

-- Edit form: the integer version is compared and incremented.
-- ok: update-without-version-check, version-not-incremented
UPDATE pricing_rules
   SET name = ?, discount_percent = ?, valid_from = ?, valid_until = ?, version = version + 1
 WHERE id = ? AND version = ?;

-- Nightly expiry bumps the version, so an open edit form gets a conflict instead of reviving the rule.
-- ok: bulk-update-bypasses-version
UPDATE pricing_rules SET active = FALSE, version = version + 1 WHERE valid_until < CURRENT_DATE;

-- The list view sends the version it shows.
-- ok: delete-without-version-check
DELETE FROM pricing_rules WHERE id = ? AND version = ?;
