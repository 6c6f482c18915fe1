-- Support console. The edit form and every toggle beside it check and bump the version.

SELECT c.id, c.email, c.display_name, c.last_login_at, c.deleted_at, c.version
  FROM customers c
 WHERE lower(c.email) LIKE lower(?)
 ORDER BY c.email
 LIMIT 20;

-- ok: update-without-version-check
UPDATE customers
   SET display_name = ?, phone = ?, email = ?, version = version + 1
 WHERE id = ? AND version = ?;

-- ok: update-without-version-check
UPDATE customers SET marketing_opt_in = ?, version = version + 1 WHERE id = ? AND version = ?;

-- ok: update-without-version-check
UPDATE products SET active = ?, version = version + 1 WHERE id = ? AND version = ?;

-- Closing an account: a soft delete from the version the agent saw.
-- ok: delete-without-version-check
UPDATE customers SET deleted_at = now(), version = version + 1 WHERE id = ? AND version = ?;

-- ok: update-without-version-check, delete-without-version-check
UPDATE customers SET deleted_at = NULL, version = version + 1 WHERE id = ? AND version = ?;

-- Purge of dormant accounts: many rows, bumped so that open forms conflict.
-- ok: bulk-update-bypasses-version, delete-without-version-check
UPDATE customers SET deleted_at = now(), version = version + 1 WHERE last_login_at < ?;

-- The marketing service's table has a version column too; it is checked and incremented here.
-- ok: unversioned-table-update, update-without-version-check
UPDATE newsletter_subscriptions
   SET frequency = ?, version = version + 1
 WHERE id = ? AND version = ?;
