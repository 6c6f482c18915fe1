-- Catalog screens.

SELECT id, sku, name, description, category_id, price, stock, active, version
  FROM products
 WHERE category_id = ? AND active
 ORDER BY name
 LIMIT ? OFFSET ?;

INSERT INTO products (sku, name, description, category_id, supplier_id, price, stock)
VALUES (?, ?, ?, ?, ?, ?, ?)
RETURNING id;

-- Product edit form.
-- ok: update-without-version-check
UPDATE products
   SET name = ?, description = ?, category_id = ?, price = ?, updated_at = now(), version = version + 1
 WHERE id = ? AND version = ?;

-- Quick price edit from the grid; the statement is broken and never ran.
-- error: could not parse
UPDATE products SET price = WHERE id = ?;

-- Product page views.
-- ok: update-without-version-check
UPDATE products SET view_count = view_count + 1 WHERE id = ?;

-- Warehouse restock feed.
-- ok: update-without-version-check
UPDATE products
   SET stock = stock + ?, updated_at = now()
 WHERE id = ?;

-- Supplier catalog import, guarded: the row is only overwritten from the version it was read at.
-- ok: upsert-without-guard
INSERT INTO products AS p (sku, name, description, category_id, price, version)
VALUES (:sku, :name, :description, :categoryId, :price, :nextVersion)
ON CONFLICT (sku) DO UPDATE
   SET name = EXCLUDED.name,
       description = EXCLUDED.description,
       price = EXCLUDED.price,
       version = p.version + 1
 WHERE p.version = EXCLUDED.version - 1;

-- A supplier stops: many rows, but the bump makes every open edit form conflict.
-- ok: bulk-update-bypasses-version
UPDATE products
   SET active = FALSE, version = version + 1
 WHERE supplier_id = ?;

-- A category moves to a new supplier: many rows, neither checked nor bumped.
-- ruleid: bulk-update-bypasses-version
UPDATE products
   SET supplier_id = ?, updated_at = now()
 WHERE category_id = ?;

-- ok: delete-without-version-check
DELETE FROM products WHERE id = ? AND version = ?;
