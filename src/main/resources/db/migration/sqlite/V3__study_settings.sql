-- A study's own disclosure threshold: counts from 1 to suppression_threshold - 1 are withheld,
-- with their complements, in what a viewer sees or downloads; 1 withholds nothing.
ALTER TABLE studies ADD COLUMN suppression_threshold INTEGER NOT NULL DEFAULT 5
  CHECK (suppression_threshold BETWEEN 1 AND 100);
