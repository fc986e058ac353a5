-- One round per committee and year: a committee evaluates once in a calendar year
-- (R-CAL-YEAR: every review completes within the year; a second round would split it).
CREATE UNIQUE INDEX rounds_committee_year_unique ON rounds(committee_id, year);
