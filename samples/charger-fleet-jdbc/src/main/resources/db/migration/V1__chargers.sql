-- Chargers are edited by operators (name, site note) and report their own state (firmware, status,
-- configuration). No version column.
CREATE TABLE charger (
  id            BIGINT PRIMARY KEY,
  name          VARCHAR(80) NOT NULL,
  site_note     VARCHAR(500),
  firmware      VARCHAR(40),
  status        VARCHAR(20),
  configuration TEXT,
  status_at     TIMESTAMP
);
