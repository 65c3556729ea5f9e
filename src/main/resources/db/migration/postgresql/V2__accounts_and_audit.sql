-- Researcher accounts, study memberships, sessions, per-user API tokens and the audit log.
-- Times are epoch milliseconds (UTC). email_key is the email lowercased (Locale.ROOT) by the
-- application, so that uniqueness is case-insensitive the same way on both vendors.
CREATE TABLE users (
  id            BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email         TEXT    NOT NULL,
  email_key     TEXT    NOT NULL UNIQUE,
  display_name  TEXT    NOT NULL,
  password_hash TEXT    NOT NULL,
  created_at    BIGINT  NOT NULL,
  disabled      BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE memberships (
  user_id  BIGINT NOT NULL REFERENCES users (id),
  study_id TEXT   NOT NULL REFERENCES studies (id),
  role     TEXT   NOT NULL CHECK (role IN ('OWNER', 'ANALYST', 'VIEWER')),
  PRIMARY KEY (user_id, study_id)
);
CREATE INDEX memberships_by_study ON memberships (study_id);

CREATE TABLE sessions (
  id_hash      TEXT   NOT NULL PRIMARY KEY,
  user_id      BIGINT NOT NULL REFERENCES users (id),
  created_at   BIGINT NOT NULL,
  expires_at   BIGINT NOT NULL,
  last_seen_at BIGINT NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);

ALTER TABLE api_tokens ADD COLUMN user_id BIGINT REFERENCES users (id);
CREATE INDEX api_tokens_by_user ON api_tokens (user_id);

CREATE TABLE audit_log (
  id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at          BIGINT NOT NULL,
  actor       TEXT   NOT NULL,
  action      TEXT   NOT NULL,
  study_id    TEXT,
  target      TEXT,
  detail_json TEXT   NOT NULL,
  ip          TEXT,
  user_agent  TEXT
);
CREATE INDEX audit_log_by_study ON audit_log (study_id, id);

CREATE FUNCTION refuse_change_to_audit_log() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit log is append-only: rows cannot be updated or deleted';
END;
$$;

CREATE TRIGGER audit_log_refuses_update_and_delete
BEFORE UPDATE OR DELETE ON audit_log
FOR EACH ROW EXECUTE FUNCTION refuse_change_to_audit_log();

CREATE TRIGGER audit_log_refuses_truncate
BEFORE TRUNCATE ON audit_log
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_audit_log();
