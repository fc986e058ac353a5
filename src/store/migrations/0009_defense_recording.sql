-- R-DEF-VIDEO (issue 16): a senior video defense group is formed before the defense,
-- without its recording; the recording (reference and SM3, already columns of
-- defense_groups) is attached afterwards by PUT /api/v1/defense-groups/{id}/recording.
-- Who attached it and when; NULL while none is recorded.
ALTER TABLE defense_groups ADD COLUMN recording_at TEXT;
ALTER TABLE defense_groups ADD COLUMN recording_by TEXT;
UPDATE defense_groups SET recording_at = created_at, recording_by = created_by WHERE recording_ref <> '';
