-- Quill notes: notebooks and the notes in them (PostgreSQL).

-- Notebooks have no version column: renames and table-of-contents edits rely on row locks.
CREATE TABLE notebook (
    id       BIGSERIAL PRIMARY KEY,
    owner_id BIGINT NOT NULL,
    name     VARCHAR(120) NOT NULL,
    description VARCHAR(2000),
    toc      TEXT NOT NULL DEFAULT '',
    archived BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE note (
    id          BIGSERIAL PRIMARY KEY,
    notebook_id BIGINT NOT NULL REFERENCES notebook (id),
    title       VARCHAR(200) NOT NULL,
    body        TEXT NOT NULL,
    pinned      BOOLEAN NOT NULL DEFAULT FALSE,
    version     INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX idx_note_notebook ON note (notebook_id);
