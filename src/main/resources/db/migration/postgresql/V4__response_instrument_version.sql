-- The version of the group's instrument a response's answers were last validated against: set at
-- every draft save and at the submission, so a final response holds the version of its final
-- validation. NULL for a response stored before this migration, whose version is not known.
ALTER TABLE responses ADD COLUMN instrument_version INTEGER
  CONSTRAINT responses_instrument_version_positive
  CHECK (instrument_version IS NULL OR instrument_version > 0);
