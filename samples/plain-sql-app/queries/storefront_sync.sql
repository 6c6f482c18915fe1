-- Legacy storefront sync, still running against the old MySQL replica schema.

SELECT `id`, `sku`, `price`, `stock` FROM `products` WHERE `updated_at` > ?;

-- Pushes the storefront's copy over whatever the back-office edited since.
-- ruleid: upsert-without-guard
INSERT INTO products (sku, name, category_id, price, stock)
VALUES (?, ?, ?, ?, ?)
ON DUPLICATE KEY UPDATE name = VALUES(name), price = VALUES(price), stock = VALUES(stock);
