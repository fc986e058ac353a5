-- Applications 申报, stage-1 unit publicity 公示, objections 异议, unit recommendation
-- records and social evaluations (R-RECORD-ALL), the dishonesty blacklist (§五, §六, §八).

CREATE TABLE applications (
  id                TEXT PRIMARY KEY,
  round_id          TEXT NOT NULL REFERENCES rounds(id),
  person_id         TEXT NOT NULL REFERENCES persons(id),
  unit_id           TEXT NOT NULL REFERENCES orgs(id),
  target_level      TEXT NOT NULL,
  series            TEXT NOT NULL,
  specialty         TEXT NOT NULL,
  promotion_type    TEXT NOT NULL CHECK (promotion_type IN ('normal','exceptional','transfer')),
  exceptional_basis TEXT NOT NULL DEFAULT '',
  continuing_education TEXT NOT NULL DEFAULT '',   -- 继续教育任务完成情况 (shown in the unit publicity)
  workload          TEXT NOT NULL DEFAULT '',       -- 业务工作量
  status            TEXT NOT NULL CHECK (status IN ('draft','submitted','recommended','reviewed',
                      'defense_passed','defense_failed','passed','not_passed','qualified',
                      'returned','rejected','withdrawn')),
  pledged_at        TEXT,
  months_total      INTEGER NOT NULL,
  months_in_level   INTEGER NOT NULL,
  materials         TEXT NOT NULL,          -- JSON array [{name, original_required, reason}]
  warnings          TEXT NOT NULL DEFAULT '[]',
  version           INTEGER NOT NULL DEFAULT 1,
  created_at        TEXT NOT NULL,
  created_by        TEXT NOT NULL,
  updated_at        TEXT NOT NULL
);
CREATE INDEX applications_round_unit ON applications(round_id, unit_id);
CREATE INDEX applications_person ON applications(person_id);

CREATE TABLE application_achievements (
  id             TEXT PRIMARY KEY,
  application_id TEXT NOT NULL REFERENCES applications(id),
  kind           TEXT NOT NULL,
  title          TEXT NOT NULL,
  date           TEXT NOT NULL,
  level          TEXT,
  grade          TEXT,
  supplement     INTEGER NOT NULL DEFAULT 0,   -- 补报
  created_at     TEXT NOT NULL
);
CREATE INDEX application_achievements_app ON application_achievements(application_id);

CREATE TABLE application_history (
  seq            INTEGER PRIMARY KEY,
  application_id TEXT NOT NULL REFERENCES applications(id),
  at             TEXT NOT NULL,
  by_actor       TEXT NOT NULL,
  action         TEXT NOT NULL,
  detail         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX application_history_app ON application_history(application_id, seq);

-- R-APP-ROUTE review stages: dept | county | joint.
CREATE TABLE application_reviews (
  application_id TEXT NOT NULL REFERENCES applications(id),
  stage          TEXT NOT NULL CHECK (stage IN ('dept','county','joint')),
  decision       TEXT NOT NULL CHECK (decision IN ('pass','return','reject')),
  opinion        TEXT NOT NULL,
  at             TEXT NOT NULL,
  by_actor       TEXT NOT NULL
);
CREATE INDEX application_reviews_app ON application_reviews(application_id);

CREATE TABLE publicities (
  id         TEXT PRIMARY KEY,
  stage      TEXT NOT NULL CHECK (stage IN ('unit','committee')),
  round_id   TEXT NOT NULL REFERENCES rounds(id),
  unit_id    TEXT REFERENCES orgs(id),
  start_date TEXT NOT NULL,
  end_date   TEXT NOT NULL,
  posts      TEXT,                            -- JSON {senior_total, …}
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
);
-- The public content of each listed person, fixed when the publicity is announced
-- (R-PUB-UNIT-CONTENT fields only: never id_number or phone).
CREATE TABLE publicity_items (
  publicity_id   TEXT NOT NULL REFERENCES publicities(id),
  application_id TEXT NOT NULL REFERENCES applications(id),
  position       INTEGER NOT NULL,
  content        TEXT NOT NULL,
  PRIMARY KEY (publicity_id, application_id)
);
CREATE INDEX publicity_items_app ON publicity_items(application_id);

-- Objections: contact is sealed (personal data of the objector).
CREATE TABLE objections (
  id             TEXT PRIMARY KEY,
  publicity_id   TEXT NOT NULL REFERENCES publicities(id),
  application_id TEXT NOT NULL REFERENCES applications(id),
  name           TEXT NOT NULL,
  contact_sealed TEXT,
  content        TEXT NOT NULL,
  status         TEXT NOT NULL CHECK (status IN ('registered','late','anonymous')),
  received_on    TEXT NOT NULL,
  resolved       INTEGER NOT NULL DEFAULT 0,
  finding        TEXT,
  reply          TEXT,
  upheld         INTEGER,
  resolved_at    TEXT,
  resolved_by    TEXT,
  created_at     TEXT NOT NULL
);
CREATE INDEX objections_app ON objections(application_id);

CREATE TABLE recommendation_records (
  application_id TEXT PRIMARY KEY REFERENCES applications(id),
  record         TEXT NOT NULL,               -- JSON
  created_at     TEXT NOT NULL,
  created_by     TEXT NOT NULL
);
CREATE TABLE social_evaluations (
  id             TEXT PRIMARY KEY,
  application_id TEXT NOT NULL REFERENCES applications(id),
  kind           TEXT NOT NULL CHECK (kind IN ('teacher','doctor')),
  record         TEXT NOT NULL,               -- JSON
  created_at     TEXT NOT NULL,
  created_by     TEXT NOT NULL
);

-- R-APP-BLACKLIST: entries are never deleted; `until` NULL = open-ended.
CREATE TABLE blacklist (
  id         TEXT PRIMARY KEY,
  person_id  TEXT NOT NULL REFERENCES persons(id),
  reason     TEXT NOT NULL,
  from_date  TEXT NOT NULL,
  until      TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
);
CREATE INDEX blacklist_person ON blacklist(person_id);
CREATE TRIGGER blacklist_no_delete BEFORE DELETE ON blacklist
BEGIN
  SELECT RAISE(ABORT, 'blacklist entries are never deleted');
END;
