-- Quillpad notes (PostgreSQL).

CREATE TABLE note (
    id      BIGSERIAL PRIMARY KEY,
    title   VARCHAR(200) NOT NULL,
    body    TEXT,
    pinned  BOOLEAN NOT NULL DEFAULT FALSE,
    version INTEGER NOT NULL DEFAULT 0
);
