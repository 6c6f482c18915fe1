CREATE TABLE ticket (
  id          BIGINT PRIMARY KEY,
  title       VARCHAR(200) NOT NULL,
  body        TEXT,
  status      VARCHAR(20) NOT NULL,
  priority    VARCHAR(10) NOT NULL,
  assignee_id BIGINT,
  due_at      TIMESTAMP,
  version     INT NOT NULL DEFAULT 0
);

CREATE TABLE canned_reply (
  id      BIGINT PRIMARY KEY,
  title   VARCHAR(200) NOT NULL,
  body    TEXT NOT NULL,
  version INT NOT NULL DEFAULT 0
);
