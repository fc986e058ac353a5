-- Explicit ordering columns, so that src/app orders and compares rows by columns of its
-- own rather than by SQLite's implicit rowid (which PostgreSQL does not have).
-- seq is the insertion order within the parent (entry / application): the application
-- sets it to COALESCE(MAX(seq), 0) + 1 for that parent inside the write transaction.
--
-- Existing rows are backfilled from rowid, which keeps their relative order (the values
-- are increasing per parent, not dense; new rows continue above them). This file is the
-- SQLite variant; a PostgreSQL schema would declare seq from the start (or backfill it
-- with row_number() over a sequence / identity column) instead of reading rowid.
ALTER TABLE pool_steps ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
UPDATE pool_steps SET seq = rowid;
CREATE UNIQUE INDEX pool_steps_seq ON pool_steps(entry_id, seq);

ALTER TABLE application_achievements ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
UPDATE application_achievements SET seq = rowid;
CREATE UNIQUE INDEX application_achievements_seq ON application_achievements(application_id, seq);

ALTER TABLE application_reviews ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
UPDATE application_reviews SET seq = rowid;
CREATE UNIQUE INDEX application_reviews_seq ON application_reviews(application_id, seq);
