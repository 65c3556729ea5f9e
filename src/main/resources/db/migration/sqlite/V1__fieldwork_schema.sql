-- Times are epoch milliseconds (UTC). Answers are JSON text, validated before they are stored.
CREATE TABLE studies (
  id          TEXT    NOT NULL PRIMARY KEY,
  title_json  TEXT    NOT NULL,
  created_at  INTEGER NOT NULL
);

CREATE TABLE instruments (
  study_id      TEXT    NOT NULL REFERENCES studies (id),
  group_id      TEXT    NOT NULL,
  instrument_id TEXT    NOT NULL,
  version       INTEGER NOT NULL,
  source_yaml   TEXT    NOT NULL,
  created_at    INTEGER NOT NULL,
  PRIMARY KEY (study_id, instrument_id, version)
);

CREATE TABLE institutions (
  study_id      TEXT NOT NULL REFERENCES studies (id),
  id            TEXT NOT NULL,
  name          TEXT NOT NULL,
  province_code TEXT NOT NULL,
  tier          TEXT NOT NULL,
  type          TEXT NOT NULL,
  PRIMARY KEY (study_id, id)
);

CREATE TABLE invitation_batches (
  study_id   TEXT    NOT NULL REFERENCES studies (id),
  id         TEXT    NOT NULL,
  group_id   TEXT    NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (study_id, id)
);

CREATE TABLE invitations (
  id             TEXT    NOT NULL PRIMARY KEY,
  study_id       TEXT    NOT NULL REFERENCES studies (id),
  group_id       TEXT    NOT NULL,
  institution_id TEXT,
  batch_id       TEXT    NOT NULL,
  token_hash     TEXT    NOT NULL UNIQUE,
  created_at     INTEGER NOT NULL,
  expires_at     INTEGER,
  status         TEXT    NOT NULL CHECK (status IN ('invited', 'started', 'completed')),
  FOREIGN KEY (study_id, institution_id) REFERENCES institutions (study_id, id),
  FOREIGN KEY (study_id, batch_id) REFERENCES invitation_batches (study_id, id)
);
CREATE INDEX invitations_by_study_group ON invitations (study_id, group_id);

CREATE TABLE responses (
  id            INTEGER NOT NULL PRIMARY KEY,
  invitation_id TEXT UNIQUE REFERENCES invitations (id),
  client_key    TEXT UNIQUE,
  study_id      TEXT    NOT NULL REFERENCES studies (id),
  group_id      TEXT    NOT NULL,
  answers_json  TEXT    NOT NULL,
  revision      INTEGER NOT NULL CHECK (revision > 0),
  updated_at    INTEGER NOT NULL,
  submitted_at  INTEGER,
  submit_key    TEXT,
  CHECK ((invitation_id IS NULL) <> (client_key IS NULL))
);
CREATE INDEX responses_final_in_order ON responses (study_id, group_id, submitted_at, id);

CREATE TRIGGER responses_final_is_immutable
BEFORE UPDATE ON responses
WHEN OLD.submitted_at IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'a submitted response cannot be changed');
END;

CREATE TABLE api_tokens (
  id         INTEGER NOT NULL PRIMARY KEY,
  token_hash TEXT    NOT NULL UNIQUE,
  name       TEXT    NOT NULL,
  role       TEXT    NOT NULL,
  created_at INTEGER NOT NULL,
  revoked_at INTEGER
);
