-- Quantity-break pricing rules, edited by the pricing admins (PostgreSQL).
CREATE TABLE pricing_rule (
    id               BIGSERIAL PRIMARY KEY,
    name             VARCHAR(120) NOT NULL,
    sku_pattern      VARCHAR(64) NOT NULL,
    threshold_qty    INTEGER NOT NULL,
    discount_percent NUMERIC(5, 2) NOT NULL,
    active           BOOLEAN NOT NULL DEFAULT TRUE,
    usage_count      BIGINT NOT NULL DEFAULT 0,
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- ok: timestamp-as-version
    version          BIGINT NOT NULL DEFAULT 0
);

CREATE INDEX idx_pricing_rule_sku ON pricing_rule (sku_pattern);
