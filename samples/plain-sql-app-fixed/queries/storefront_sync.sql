-- Legacy storefront sync, still running against the old MySQL replica schema.
-- ON DUPLICATE KEY UPDATE cannot carry a version condition, so the sync inserts new products
-- and updates existing ones through a guarded UPDATE by the unique sku.

SELECT `id`, `sku`, `price`, `stock`, `version` FROM `products` WHERE `updated_at` > ?;

-- ok: upsert-without-guard
INSERT IGNORE INTO products (sku, name, category_id, price, stock)
VALUES (?, ?, ?, ?, ?);

-- ok: update-without-version-check
UPDATE products
   SET name = ?, price = ?, stock = ?, version = version + 1
 WHERE sku = ? AND version = ?;
