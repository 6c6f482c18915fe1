CREATE TABLE pet (
  id BIGINT PRIMARY KEY,
  name VARCHAR(80) NOT NULL,
  species VARCHAR(40) NOT NULL,
  owner_notes TEXT,
  allergies TEXT
);

CREATE TABLE care_plan (
  pet_id BIGINT PRIMARY KEY REFERENCES pet (id),
  diet TEXT,
  medication TEXT,
  version BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE reminder (
  id BIGINT PRIMARY KEY,
  pet_id BIGINT NOT NULL REFERENCES pet (id),
  next_due_at DATE NOT NULL,
  last_sent_at TIMESTAMP,
  send_attempts INT NOT NULL DEFAULT 0,
  last_error TEXT
);
