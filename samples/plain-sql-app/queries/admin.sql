-- Support console. Its full edit form is guarded; the toggles beside it are not.

SELECT c.id, c.email, c.display_name, c.last_login_at, c.deleted_at
  FROM customers c
 WHERE lower(c.email) LIKE lower(?)
 ORDER BY c.email
 LIMIT 20;

-- ok: update-without-version-check
UPDATE customers
   SET display_name = ?, phone = ?, email = ?, version = version + 1
 WHERE id = ? AND version = ?;

-- Marketing toggle forgets the version.
-- ruleid: update-without-version-check
UPDATE customers SET marketing_opt_in = ? WHERE id = ?;

-- Product visibility toggle from the catalog grid.
-- ruleid: update-without-version-check
UPDATE products SET active = ? WHERE id = ?;

-- Closing an account is a soft delete without a version check.
-- ruleid: delete-without-version-check
UPDATE customers SET deleted_at = now() WHERE id = ?;

-- Reopening clears the mark: not a delete, and a command that writes only a value the code fixes,
-- no stale copy; no version-checked save writes deleted_at, so no form can put the mark back either.
-- ok: update-without-version-check, delete-without-version-check
UPDATE customers SET deleted_at = NULL WHERE id = ?;

-- Purge of dormant accounts: a bulk soft delete that neither checks nor bumps.
-- ruleid: bulk-update-bypasses-version
UPDATE customers SET deleted_at = now() WHERE last_login_at < ?;

-- Newsletter subscriptions belong to the marketing service; their schema is not in this repository.
-- ruleid: unversioned-table-update
UPDATE newsletter_subscriptions SET frequency = ? WHERE id = ?;

-- Resubscribing only clears the unsubscribe mark: no column a user edits, nothing to lose.
-- ok: unversioned-table-update
UPDATE newsletter_subscriptions SET deleted_at = NULL WHERE id = ?;

-- Pausing sets a fixed value: a command that carries nothing the user read, so nothing stale to save.
-- ok: unversioned-table-update
UPDATE newsletter_subscriptions SET paused = TRUE WHERE id = ?;

-- Support corrects the channel of a logged email: the log records what was sent, as it was sent, and
-- no form edits it, so an update of it overwrites no one's work.
-- ok: unversioned-table-update
UPDATE email_send_log SET channel = ?, recipient = ? WHERE id = ?;
