-- Committees 评委会, setup applications, rosters, expert pools, rounds, draws (§一, §二, §六).
-- Committees have no term of office (R-COM-NO-TERM): no term dates anywhere.

CREATE TABLE committee_applications (
  id                  TEXT PRIMARY KEY,
  name                TEXT NOT NULL,
  level               TEXT NOT NULL CHECK (level IN ('senior','intermediate')),
  series              TEXT NOT NULL,
  specialties         TEXT NOT NULL,       -- JSON array
  evaluates           TEXT NOT NULL,       -- JSON array of level codes
  evaluates_lower     INTEGER,             -- 代评低层级职称 (0/1)
  specialty_based     INTEGER NOT NULL DEFAULT 0,
  workforce_status    TEXT NOT NULL,
  workforce           INTEGER NOT NULL,
  reason              TEXT NOT NULL,
  personnel_scope     TEXT NOT NULL,
  specialty_scope     TEXT NOT NULL,
  rule_documents      TEXT NOT NULL,       -- JSON array of adopted rule documents
  approving_authority TEXT NOT NULL,
  host_org_id         TEXT NOT NULL REFERENCES orgs(id),
  contact_phone       TEXT NOT NULL,
  status              TEXT NOT NULL CHECK (status IN ('submitted','approved','rejected')),
  committee_id        TEXT,
  warnings            TEXT NOT NULL DEFAULT '[]',
  created_by          TEXT NOT NULL,
  created_at          TEXT NOT NULL,
  decided_at          TEXT
);

CREATE TABLE committees (
  id                  TEXT PRIMARY KEY,
  name                TEXT NOT NULL,
  level               TEXT NOT NULL CHECK (level IN ('senior','intermediate')),
  series              TEXT NOT NULL,
  specialties         TEXT NOT NULL,       -- JSON array (empty = whole series)
  evaluates           TEXT NOT NULL,       -- JSON array of level codes
  approving_authority TEXT NOT NULL,
  host_org_id         TEXT NOT NULL REFERENCES orgs(id),
  personnel_scope     TEXT NOT NULL,
  contact_phone       TEXT NOT NULL,
  application_id      TEXT REFERENCES committee_applications(id),
  filed_on            TEXT,                -- filing (备案) with the provincial title office
  filing_doc_no       TEXT,
  status              TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','closed')),
  created_at          TEXT NOT NULL
);

-- One roster per committee and year (executive members of that year).
CREATE TABLE rosters (
  committee_id TEXT NOT NULL REFERENCES committees(id),
  year         INTEGER NOT NULL,
  source       TEXT NOT NULL DEFAULT 'manual',  -- manual | draw:<id>
  updated_at   TEXT NOT NULL,
  PRIMARY KEY (committee_id, year)
);
CREATE TABLE roster_members (
  committee_id TEXT NOT NULL,
  year         INTEGER NOT NULL,
  person_id    TEXT NOT NULL REFERENCES persons(id),
  role         TEXT NOT NULL CHECK (role IN ('chair','vice_chair','member')),
  professional INTEGER NOT NULL,
  PRIMARY KEY (committee_id, year, person_id),
  FOREIGN KEY (committee_id, year) REFERENCES rosters(committee_id, year)
);
CREATE TABLE rotation_reports (
  committee_id TEXT NOT NULL,
  year         INTEGER NOT NULL,
  submitted_on TEXT NOT NULL,
  new_members  INTEGER NOT NULL,
  size         INTEGER NOT NULL,
  recorded_at  TEXT NOT NULL,
  recorded_by  TEXT NOT NULL,
  PRIMARY KEY (committee_id, year)
);

-- Expert pool entries are never deleted (R-POOL-DYNAMIC): removal is a status.
CREATE TABLE pool_entries (
  id               TEXT PRIMARY KEY,
  committee_id     TEXT NOT NULL REFERENCES committees(id),
  person_id        TEXT NOT NULL REFERENCES persons(id),
  status           TEXT NOT NULL CHECK (status IN ('applied','unit_recommended','dept_reviewed',
                                                   'publicized','filed','admitted','removed')),
  exception_reason TEXT,
  grassroots       INTEGER NOT NULL DEFAULT 0,
  outside_system   INTEGER NOT NULL DEFAULT 0,
  removal_reason   TEXT,
  removed_at       TEXT,
  removed_by       TEXT,
  created_at       TEXT NOT NULL,
  created_by       TEXT NOT NULL
);
CREATE INDEX pool_entries_committee ON pool_entries(committee_id, status);
CREATE TRIGGER pool_entries_no_delete BEFORE DELETE ON pool_entries
BEGIN
  SELECT RAISE(ABORT, 'pool entries are never deleted');
END;
CREATE TABLE pool_steps (
  entry_id TEXT NOT NULL REFERENCES pool_entries(id),
  step     TEXT NOT NULL,
  at       TEXT NOT NULL,
  by_user  TEXT NOT NULL,
  PRIMARY KEY (entry_id, step)
);

-- A round: one committee's evaluation in one year.
CREATE TABLE rounds (
  id                       TEXT PRIMARY KEY,
  committee_id             TEXT NOT NULL REFERENCES committees(id),
  year                     INTEGER NOT NULL,
  notice_date              TEXT NOT NULL,
  application_deadline     TEXT NOT NULL,
  joint_review_deadline    TEXT NOT NULL,
  defense_date             TEXT,
  meeting_date             TEXT NOT NULL,
  draw_from                TEXT NOT NULL,
  draw_to                  TEXT NOT NULL,
  rotation_from            TEXT NOT NULL,
  rotation_to              TEXT NOT NULL,
  created_at               TEXT NOT NULL,
  created_by               TEXT NOT NULL
);
CREATE INDEX rounds_committee ON rounds(committee_id, year);

-- Commit-reveal: the office's secret is stored sealed and revealed at the draw.
CREATE TABLE draw_commitments (
  round_id      TEXT PRIMARY KEY REFERENCES rounds(id),
  commitment    TEXT NOT NULL,
  secret_sealed TEXT NOT NULL,
  committed_at  TEXT NOT NULL,
  committed_by  TEXT NOT NULL
);
CREATE TABLE draw_contributions (
  round_id     TEXT PRIMARY KEY REFERENCES rounds(id),
  contribution TEXT NOT NULL,
  given_at     TEXT NOT NULL,
  given_by     TEXT NOT NULL
);

CREATE TABLE draws (
  id                       TEXT PRIMARY KEY,
  round_id                 TEXT NOT NULL REFERENCES rounds(id),
  purpose                  TEXT NOT NULL CHECK (purpose IN ('meeting','discipline_group')),
  size                     INTEGER NOT NULL,
  specialties              TEXT NOT NULL,   -- JSON array
  fixed                    TEXT NOT NULL,   -- JSON array [{person_id, role}]
  constraints              TEXT NOT NULL,   -- JSON: the full DrawConstraints
  commitment               TEXT NOT NULL,
  revealed_secret          TEXT NOT NULL,
  supervisor_contribution  TEXT NOT NULL,
  pool_snapshot            TEXT NOT NULL,   -- JSON array of entries
  pool_digest              TEXT NOT NULL,
  seed                     TEXT NOT NULL,   -- hex
  members                  TEXT NOT NULL,   -- JSON array of person ids
  new_members              INTEGER NOT NULL,
  algorithm                TEXT NOT NULL,
  digest                   TEXT NOT NULL,
  drawn_on                 TEXT NOT NULL,
  created_at               TEXT NOT NULL,
  created_by               TEXT NOT NULL
);
CREATE INDEX draws_round ON draws(round_id);
