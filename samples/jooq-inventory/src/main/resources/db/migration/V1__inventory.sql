-- Fernhill inventory: stock items and suppliers. PostgreSQL; jOOQ generates Tables.STOCK_ITEM and
-- Tables.SUPPLIER (with StockItemRecord and SupplierRecord) from this schema.

CREATE TABLE stock_item (
    id       BIGSERIAL PRIMARY KEY,
    sku      VARCHAR(40) NOT NULL UNIQUE,
    location VARCHAR(40),
    note     TEXT,
    quantity INTEGER NOT NULL DEFAULT 0,
    version  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE supplier (
    id      BIGSERIAL PRIMARY KEY,
    name    VARCHAR(120) NOT NULL,
    email   VARCHAR(200),
    phone   VARCHAR(40),
    version INTEGER NOT NULL DEFAULT 0
);
