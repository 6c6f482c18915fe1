-- Support agents and customers both edit customer records: add optimistic locking.
ALTER TABLE customers ADD COLUMN version BIGINT NOT NULL DEFAULT 0;

-- One-off data fixes shipped with the release. Migrations feed the schema only, never findings.
-- ok: bulk-update-bypasses-version
UPDATE customers SET marketing_opt_in = FALSE WHERE email LIKE '%@example.invalid';

-- ok: update-without-version-check
UPDATE customers SET display_name = 'Harbor Support' WHERE id = 1;
