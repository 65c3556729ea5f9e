-- Researcher accounts, study memberships, sessions, per-user API tokens and the audit log.
-- Times are epoch milliseconds (UTC). email_key is the email lowercased (Locale.ROOT) by the
-- application, so that uniqueness is case-insensitive beyond ASCII on both vendors.
CREATE TABLE users (
  id            INTEGER NOT NULL PRIMARY KEY,
  email         TEXT    NOT NULL,
  email_key     TEXT    NOT NULL UNIQUE,
  display_name  TEXT    NOT NULL,
  password_hash TEXT    NOT NULL,
  created_at    INTEGER NOT NULL,
  disabled      INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1))
);

CREATE TABLE memberships (
  user_id  INTEGER NOT NULL REFERENCES users (id),
  study_id TEXT    NOT NULL REFERENCES studies (id),
  role     TEXT    NOT NULL CHECK (role IN ('OWNER', 'ANALYST', 'VIEWER')),
  PRIMARY KEY (user_id, study_id)
);
CREATE INDEX memberships_by_study ON memberships (study_id);

CREATE TABLE sessions (
  id_hash      TEXT    NOT NULL PRIMARY KEY,
  user_id      INTEGER NOT NULL REFERENCES users (id),
  created_at   INTEGER NOT NULL,
  expires_at   INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);

ALTER TABLE api_tokens ADD COLUMN user_id INTEGER REFERENCES users (id);
CREATE INDEX api_tokens_by_user ON api_tokens (user_id);

CREATE TABLE audit_log (
  id          INTEGER NOT NULL PRIMARY KEY,
  at          INTEGER NOT NULL,
  actor       TEXT    NOT NULL,
  action      TEXT    NOT NULL,
  study_id    TEXT,
  target      TEXT,
  detail_json TEXT    NOT NULL,
  ip          TEXT,
  user_agent  TEXT
);
CREATE INDEX audit_log_by_study ON audit_log (study_id, id);

CREATE TRIGGER audit_log_refuses_update
BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only: rows cannot be updated');
END;

CREATE TRIGGER audit_log_refuses_delete
BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only: rows cannot be deleted');
END;
