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

-- Edit form: the timestamp version is compared and re-stamped.
-- ok: update-without-version-check, version-not-incremented
UPDATE pricing_rules
   SET name = ?, discount_percent = ?, valid_from = ?, valid_until = ?, version = now()
 WHERE id = ? AND version = ?;

-- Nightly expiry: many rows, no check, no bump; an open edit form later revives the rule.
-- ruleid: bulk-update-bypasses-version
UPDATE pricing_rules SET active = FALSE WHERE valid_until < CURRENT_DATE;

-- Removing a rule from the list view carries no version.
-- ruleid: delete-without-version-check
DELETE FROM pricing_rules WHERE id = ?;
