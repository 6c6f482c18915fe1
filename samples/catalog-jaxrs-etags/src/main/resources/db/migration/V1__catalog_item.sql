CREATE TABLE catalog_item (
  id           BIGINT PRIMARY KEY,
  sku          VARCHAR(40)   NOT NULL UNIQUE,
  title        VARCHAR(200)  NOT NULL,
  description  TEXT,
  price_cents  BIGINT        NOT NULL,
  currency     CHAR(3)       NOT NULL DEFAULT 'EUR',
  version      BIGINT        NOT NULL DEFAULT 0
);
