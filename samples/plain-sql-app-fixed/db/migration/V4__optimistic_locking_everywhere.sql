-- Every table the back-office edits now carries an integer version.

-- Order lines get their own version.
ALTER TABLE order_items ADD COLUMN version INTEGER NOT NULL DEFAULT 0;

-- pricing_rules.version was a TIMESTAMP (two saves in the same tick look alike): replace it with a counter.
ALTER TABLE pricing_rules DROP COLUMN version;

ALTER TABLE pricing_rules ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
