-- Larkspur fulfilment: orders (MyBatis) and shipments (JDBI). PostgreSQL.

CREATE TABLE orders (
    id          BIGSERIAL PRIMARY KEY,
    customer_id BIGINT NOT NULL,
    status      VARCHAR(20) NOT NULL DEFAULT 'PENDING',
    note        TEXT,
    total       NUMERIC(12, 2) NOT NULL,
    version     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE shipment (
    id              BIGSERIAL PRIMARY KEY,
    order_id        BIGINT NOT NULL REFERENCES orders (id),
    carrier         VARCHAR(40),
    tracking_no     VARCHAR(64),
    address         TEXT NOT NULL,
    delivery_window VARCHAR(40),
    version         INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX idx_shipment_order ON shipment (order_id);
