-- Brightwater recipes (PostgreSQL, Spring Data JDBC). Reviews live in MongoDB.

CREATE TABLE recipe (
    id           BIGSERIAL PRIMARY KEY,
    title        VARCHAR(200) NOT NULL,
    instructions TEXT,
    servings     INTEGER NOT NULL DEFAULT 2,
    version      BIGINT NOT NULL DEFAULT 0
);
