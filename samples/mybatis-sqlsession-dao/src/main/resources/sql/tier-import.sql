-- Nightly import of membership tiers from the billing system.

-- Rewrites whole member rows from billing's copy: a display name or email changed today is lost.
-- ruleid: upsert-without-guard
REPLACE INTO members (id, display_name, email, tier, version)
SELECT id, display_name, email, tier, version FROM billing_members;

-- Reference data with no version and no user edits: nothing to guard.
-- ok: upsert-without-guard
REPLACE INTO tier_names (tier, label) VALUES ('GOLD', 'Gold'), ('SILVER', 'Silver');
