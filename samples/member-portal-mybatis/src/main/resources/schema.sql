-- Fernhill member portal (MySQL). No table has a version column.

CREATE TABLE member (
  id          BIGINT PRIMARY KEY AUTO_INCREMENT,
  nickname    VARCHAR(64)  NOT NULL,
  avatar_url  VARCHAR(255),
  gender      TINYINT      NOT NULL DEFAULT 0,
  bio         TEXT,
  level       INT          NOT NULL DEFAULT 1,
  segment_id  BIGINT,
  remark      VARCHAR(500),
  update_time DATETIME
);

CREATE TABLE member_address (
  id        BIGINT PRIMARY KEY AUTO_INCREMENT,
  member_id BIGINT       NOT NULL,
  receiver  VARCHAR(64)  NOT NULL,
  phone     VARCHAR(32)  NOT NULL,
  street    VARCHAR(255) NOT NULL
);

CREATE TABLE member_settings (
  member_id    BIGINT PRIMARY KEY,
  email_opt_in BOOLEAN     NOT NULL DEFAULT TRUE,
  sms_opt_in   BOOLEAN     NOT NULL DEFAULT FALSE,
  digest       VARCHAR(16) NOT NULL DEFAULT 'WEEKLY'
);
