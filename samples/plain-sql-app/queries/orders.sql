-- Checkout and order management.

SELECT o.id, o.status, o.total, o.created_at, c.display_name
  FROM orders o
  JOIN customers c ON c.id = o.customer_id
 WHERE o.customer_id = ?
 ORDER BY o.created_at DESC
 LIMIT 50;

SELECT i.line_no, i.quantity, i.unit_price, p.sku, p.name
  FROM order_items i
  JOIN products p ON p.id = i.product_id
 WHERE i.order_id = ?
 ORDER BY i.line_no;

INSERT INTO orders (customer_id, status, shipping_address, total)
VALUES (?, 'PENDING', ?, ?)
RETURNING id, version;

INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price)
VALUES (?, ?, ?, ?, ?);

-- Checkout reserves stock atomically.
-- ok: update-without-version-check
UPDATE products
   SET stock = stock - ?
 WHERE id = ? AND stock >= ?;

-- Payment callback: a compare-and-set on the status.
-- ok: update-without-version-check
UPDATE orders
   SET status = 'PAID', updated_at = now()
 WHERE id = ? AND status = 'PENDING';

-- Address change uses the last-modified timestamp as its check.
-- ruleid: timestamp-as-version
UPDATE orders
   SET shipping_address = ?, updated_at = now()
 WHERE id = ? AND updated_at = ?;

-- Internal note: checks the version but forgets to bump it.
-- ruleid: version-not-incremented
UPDATE orders
   SET notes = ?, updated_at = now()
 WHERE id = ? AND version = ?;

-- Cancellation by the customer: checked, bumped, and the timestamp is only written.
-- ok: version-not-incremented, timestamp-as-version
UPDATE orders
   SET status = 'CANCELLED', updated_at = now(), version = version + 1
 WHERE id = ? AND version = ?;

-- Archiving is a soft delete, and it is guarded.
-- ok: delete-without-version-check
UPDATE orders
   SET status = 'ARCHIVED', version = version + 1
 WHERE id = ? AND version = ?;

-- Abandoning a pending order: the status filter does not stand in for a version check.
-- ruleid: delete-without-version-check
DELETE FROM orders WHERE id = ? AND status = 'PENDING';

-- Order lines have no version column.
-- ruleid: unversioned-table-update
UPDATE order_items
   SET quantity = ?, unit_price = ?
 WHERE order_id = ? AND line_no = ?;

-- ok: unversioned-table-update
UPDATE order_items
   SET quantity = quantity + ?
 WHERE order_id = ? AND line_no = ?;

-- Re-pricing every line of one order touches many rows.
-- ok: unversioned-table-update
UPDATE order_items SET unit_price = ? WHERE order_id = ?;

-- ok: delete-without-version-check
DELETE FROM order_items WHERE order_id = ? AND line_no = ?;
