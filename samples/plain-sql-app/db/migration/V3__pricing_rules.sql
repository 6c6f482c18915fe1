-- Pricing rules: discounts per product or per category, edited by the pricing team.
CREATE TABLE pricing_rules (
    id               BIGSERIAL PRIMARY KEY,
    name             VARCHAR(120) NOT NULL,
    product_id       BIGINT REFERENCES products (id),
    category_id      BIGINT,
    discount_percent NUMERIC(5, 2) NOT NULL,
    valid_from       DATE NOT NULL,
    valid_until      DATE,
    active           BOOLEAN NOT NULL DEFAULT TRUE,
    -- ruleid: timestamp-as-version
    version          TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX idx_pricing_rules_product ON pricing_rules (product_id);

CREATE TABLE email_send_log (
    id          BIGSERIAL PRIMARY KEY,
    recipient   TEXT NOT NULL,
    channel     TEXT NOT NULL,
    sent_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
