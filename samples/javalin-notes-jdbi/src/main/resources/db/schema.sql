-- Inkwell notes (PostgreSQL).

CREATE TABLE note (
    id            BIGSERIAL PRIMARY KEY,
    title         VARCHAR(200) NOT NULL,
    body          TEXT,
    search_text   TEXT,
    indexed_at    TIMESTAMP
);

CREATE TABLE notebook (
    id      BIGSERIAL PRIMARY KEY,
    name    VARCHAR(100) NOT NULL,
    color   VARCHAR(20),
    version INTEGER NOT NULL DEFAULT 0
);
