-- One table holds all of a study's registers: each organisation belongs to one sector (hospitals,
-- the only register before this migration, keep 'hospital'), and may have its name in several
-- languages as a JSON object {"zh": "...", "en": "..."}; NULL when only the default name is known.
ALTER TABLE institutions ADD COLUMN sector TEXT NOT NULL DEFAULT 'hospital'
  CONSTRAINT institutions_sector_known CHECK (sector IN ('hospital', 'institution', 'company'));
ALTER TABLE institutions ADD COLUMN names_json TEXT;
