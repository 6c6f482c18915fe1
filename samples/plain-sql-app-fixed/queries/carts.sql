-- Shopping carts: "revision" is checked and incremented, so it acts as the version column.

SELECT id, coupon_code, shipping_method, revision
  FROM carts
 WHERE customer_id = ?
 ORDER BY created_at DESC
 LIMIT 1;

INSERT INTO carts (customer_id) VALUES (?) RETURNING id, revision;

-- ok: update-without-version-check
UPDATE carts
   SET coupon_code = ?, revision = revision + 1
 WHERE id = ? AND revision = ?;

-- ok: update-without-version-check
UPDATE carts
   SET shipping_method = ?, revision = revision + 1
 WHERE id = ? AND revision = ?;

-- ok: delete-without-version-check
DELETE FROM carts WHERE created_at < now() - INTERVAL '30 days';
