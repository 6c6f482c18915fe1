CREATE TABLE orders (
  id          BIGINT PRIMARY KEY,
  customer_id BIGINT NOT NULL,
  status      VARCHAR(20) NOT NULL,
  note        VARCHAR(500),
  total       DECIMAL(12, 2) NOT NULL,
  version     INT NOT NULL DEFAULT 0
);

CREATE TABLE order_lines (
  id         BIGINT PRIMARY KEY,
  order_id   BIGINT NOT NULL REFERENCES orders (id),
  product_id BIGINT NOT NULL,
  quantity   INT NOT NULL,
  price      DECIMAL(12, 2) NOT NULL,
  version    INT NOT NULL DEFAULT 0,
  UNIQUE (order_id, product_id)
);

CREATE TABLE shipments (
  id          BIGINT PRIMARY KEY,
  order_id    BIGINT NOT NULL REFERENCES orders (id),
  carrier     VARCHAR(40),
  tracking_no VARCHAR(60),
  status      VARCHAR(20) NOT NULL
);
