CREATE TABLE members (
  id           BIGINT PRIMARY KEY,
  display_name VARCHAR(120) NOT NULL,
  email        VARCHAR(200) NOT NULL,
  tier         VARCHAR(20) NOT NULL,
  version      INT NOT NULL DEFAULT 0
);

CREATE TABLE member_prefs (
  member_id  BIGINT PRIMARY KEY,
  newsletter BOOLEAN NOT NULL,
  theme      VARCHAR(20) NOT NULL,
  version    INT NOT NULL DEFAULT 0
);

CREATE TABLE member_cards (
  id        BIGINT PRIMARY KEY,
  member_id BIGINT NOT NULL,
  card_no   VARCHAR(32) NOT NULL,
  status    VARCHAR(20) NOT NULL,
  version   INT NOT NULL DEFAULT 0
);

CREATE TABLE tier_names (
  tier  VARCHAR(20) PRIMARY KEY,
  label VARCHAR(80) NOT NULL
);
