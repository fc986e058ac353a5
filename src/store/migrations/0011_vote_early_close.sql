-- Issue 15, finding 4: closing an electronic vote before every present member has voted
-- needs the reason recorded by the meeting's chair (主持人) himself; it is audited and shown
-- to the supervisor. NULL while none is recorded.
ALTER TABLE votes ADD COLUMN early_close_reason TEXT;
ALTER TABLE votes ADD COLUMN early_close_by TEXT;   -- the chair's person id
ALTER TABLE votes ADD COLUMN early_close_at TEXT;
