-- Foundation: organisations, users, sessions, persons, reference data, audit.
-- Times are RFC 3339 text in +08:00; dates are YYYY-MM-DD text.

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE orgs (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  kind       TEXT NOT NULL CHECK (kind IN ('bureau','department','county_office','unit')),
  parent_id  TEXT REFERENCES orgs(id),
  region     TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE users (
  id            TEXT PRIMARY KEY,
  username      TEXT NOT NULL UNIQUE,
  password_hash TEXT NOT NULL,
  name          TEXT NOT NULL,
  roles         TEXT NOT NULL,            -- JSON array of role codes
  org_id        TEXT REFERENCES orgs(id),
  person_id     TEXT,
  committee_id  TEXT,
  active        INTEGER NOT NULL DEFAULT 1,
  created_at    TEXT NOT NULL
);

-- Session tokens are stored only as hashes (SM3 of the 256-bit token).
CREATE TABLE sessions (
  token_hash   TEXT PRIMARY KEY,
  user_id      TEXT NOT NULL REFERENCES users(id),
  created_at   INTEGER NOT NULL,          -- unix seconds (server clock)
  last_seen_at INTEGER NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);

-- Failed logins, per account ('u:<username>') and per client address ('ip:<addr>').
CREATE TABLE login_failures (
  key TEXT NOT NULL,
  at  INTEGER NOT NULL
);
CREATE INDEX login_failures_key ON login_failures(key, at);

-- Persons. id_number and phone are sealed (SM4-CTR + HMAC-SM3); id_index is a keyed
-- blind index for exact lookup; name_last6_index serves the public qualification query.
CREATE TABLE persons (
  id               TEXT PRIMARY KEY,
  name             TEXT NOT NULL,
  id_number_sealed TEXT NOT NULL,
  id_index         TEXT NOT NULL UNIQUE,
  name_last6_index TEXT NOT NULL,
  phone_sealed     TEXT,
  gender           TEXT NOT NULL CHECK (gender IN ('M','F')),
  birth_date       TEXT NOT NULL,
  retirement_base  INTEGER NOT NULL CHECK (retirement_base IN (50,55,60)),
  unit_id          TEXT NOT NULL REFERENCES orgs(id),
  post_managed     INTEGER NOT NULL,
  profile          TEXT NOT NULL,          -- JSON: degrees, qualifications, appointments, assessments, flags
  version          INTEGER NOT NULL DEFAULT 1,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
);
CREATE INDEX persons_unit ON persons(unit_id);
CREATE INDEX persons_name_last6 ON persons(name_last6_index);

-- Who looked at a person's record (reads by other users).
CREATE TABLE person_access_log (
  person_id TEXT NOT NULL REFERENCES persons(id),
  at        TEXT NOT NULL,
  user_id   TEXT NOT NULL,
  username  TEXT NOT NULL,
  roles     TEXT NOT NULL,
  action    TEXT NOT NULL
);
CREATE INDEX person_access_log_person ON person_access_log(person_id, at);

CREATE TABLE series (
  code     TEXT PRIMARY KEY,
  name     TEXT NOT NULL UNIQUE,
  position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE specialties (
  code        TEXT PRIMARY KEY,
  series_code TEXT NOT NULL REFERENCES series(code),
  name        TEXT NOT NULL,
  position    INTEGER NOT NULL DEFAULT 0,
  UNIQUE (series_code, name)
);

-- The official calendar: listed days only (holidays, and make-up workdays on weekends).
CREATE TABLE calendar_years (
  year       INTEGER PRIMARY KEY,
  source     TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE calendar_days (
  date TEXT PRIMARY KEY,
  year INTEGER NOT NULL REFERENCES calendar_years(year),
  kind TEXT NOT NULL CHECK (kind IN ('holiday','workday')),
  note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX calendar_days_year ON calendar_days(year);

-- Audit chain: digest = SM3(prev_digest || canonical record). Append-only.
CREATE TABLE audit (
  seq         INTEGER PRIMARY KEY,
  at          TEXT NOT NULL,
  actor       TEXT NOT NULL,
  action      TEXT NOT NULL,
  target      TEXT NOT NULL,
  record      TEXT NOT NULL,
  digest      TEXT NOT NULL,
  prev_digest TEXT NOT NULL
);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN
  SELECT RAISE(ABORT, 'audit rows are append-only');
END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN
  SELECT RAISE(ABORT, 'audit rows are append-only');
END;
