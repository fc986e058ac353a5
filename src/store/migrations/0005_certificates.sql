-- Imports, certificates and certificate rosters (issue 7, §七).
-- No foreign keys to the evaluation tables of 0004: certificates refer to a
-- qualification by id only, so this migration stands on 0001–0003.

-- Bulk imports of persons / experts: one job row per upload (status and percent are
-- what GET /api/v1/imports/{id} shows; errors is the validation report as JSON).
CREATE TABLE imports (
  id           TEXT PRIMARY KEY,
  kind         TEXT NOT NULL CHECK (kind IN ('persons','experts')),
  format       TEXT NOT NULL CHECK (format IN ('csv','xlsx')),
  unit_id      TEXT,
  committee_id TEXT,
  status       TEXT NOT NULL CHECK (status IN ('running','done','failed')),
  percent      INTEGER NOT NULL DEFAULT 0,
  rows_total   INTEGER NOT NULL DEFAULT 0,
  written      INTEGER NOT NULL DEFAULT 0,
  error_count  INTEGER NOT NULL DEFAULT 0,
  errors       TEXT NOT NULL DEFAULT '[]',
  message      TEXT NOT NULL DEFAULT '',
  created_by   TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  finished_at  TEXT
);

-- R-CERT-ONESTOP: one batch per round, applied for by the committee office (or unit).
CREATE TABLE certificate_batches (
  id         TEXT PRIMARY KEY,
  round_id   TEXT NOT NULL REFERENCES rounds(id),
  warnings   TEXT NOT NULL DEFAULT '[]',
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
);
CREATE INDEX certificate_batches_round ON certificate_batches(round_id);

-- Sequential serial numbers per year (甘临 + year + 6 digits).
CREATE TABLE certificate_counters (
  year INTEGER PRIMARY KEY,
  last INTEGER NOT NULL
);

-- A certificate: the signed statement and its status. Never deleted; a replacement
-- voids the old one (R-CERT-LOST) and points both ways.
CREATE TABLE certificates (
  serial            TEXT PRIMARY KEY,
  batch_id          TEXT,
  roster_id         TEXT,
  qualification_id  TEXT,
  person_id         TEXT NOT NULL REFERENCES persons(id),
  unit_id           TEXT NOT NULL,
  committee_id      TEXT,
  name              TEXT NOT NULL,
  level             TEXT NOT NULL,
  series            TEXT NOT NULL,
  specialty         TEXT NOT NULL,
  scope             TEXT NOT NULL,
  how               TEXT NOT NULL,
  effective_date    TEXT NOT NULL,
  doc_no            TEXT NOT NULL,
  statement         TEXT NOT NULL,
  signature         TEXT NOT NULL,       -- base64url(DER SM2 signature over statement)
  status            TEXT NOT NULL DEFAULT 'valid' CHECK (status IN ('valid','void','revoked')),
  replaces          TEXT,
  replaced_by       TEXT,
  void_reason       TEXT,
  voided_on         TEXT,
  handover_unit_on  TEXT,
  handover_person_on TEXT,
  issued_on         TEXT NOT NULL,
  created_at        TEXT NOT NULL,
  created_by        TEXT NOT NULL
);
CREATE INDEX certificates_batch ON certificates(batch_id);
CREATE INDEX certificates_person ON certificates(person_id);
CREATE INDEX certificates_status ON certificates(status, voided_on);

-- R-CERT-OTHER: 考核定职 / 以考代评 applications by the unit with a roster (花名册).
CREATE TABLE certificate_rosters (
  id                   TEXT PRIMARY KEY,
  kind                 TEXT NOT NULL CHECK (kind IN ('assessment','exam')),
  unit_id              TEXT NOT NULL REFERENCES orgs(id),
  grassroots           INTEGER NOT NULL DEFAULT 0,
  persons              TEXT NOT NULL,    -- JSON array
  roster_copies        INTEGER NOT NULL,
  approval_form_copies INTEGER NOT NULL,
  created_at           TEXT NOT NULL,
  created_by           TEXT NOT NULL
);
