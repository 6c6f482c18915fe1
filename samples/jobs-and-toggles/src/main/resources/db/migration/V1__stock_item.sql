CREATE TABLE stock_item (
  id             BIGINT PRIMARY KEY,
  sku            VARCHAR(40)  NOT NULL UNIQUE,
  name           VARCHAR(200) NOT NULL,
  description    TEXT,
  bin_location   VARCHAR(20),
  supplier_name  VARCHAR(120),
  reorder_level  INT          NOT NULL DEFAULT 0,
  on_hand        INT          NOT NULL DEFAULT 0,
  active         BOOLEAN      NOT NULL DEFAULT TRUE,
  version        BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE bin_move_plan (
  item_id      BIGINT      NOT NULL REFERENCES stock_item (id),
  target_bin   VARCHAR(20) NOT NULL,
  planned_for  DATE        NOT NULL
);
