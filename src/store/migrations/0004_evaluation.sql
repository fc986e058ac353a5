-- The evaluation (issue 6, §三, §四, §五 stage 2, §八): evaluation methods, defense
-- groups and scores, the review meeting, the secret ballot, qualification documents,
-- qualifications, archives, the public query's rate limit and signed audit checkpoints.

-- R-EVAL-METHODS: the configured methods per series and level.
CREATE TABLE eval_methods (
  series     TEXT NOT NULL,
  level      TEXT NOT NULL,
  methods    TEXT NOT NULL,               -- JSON array of method codes
  notes      TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  PRIMARY KEY (series, level)
);

-- R-DEF-GROUP, R-DEF-VIDEO, R-SUPERVISE: a defense group of a round.
CREATE TABLE defense_groups (
  id               TEXT PRIMARY KEY,
  round_id         TEXT NOT NULL REFERENCES rounds(id),
  video            INTEGER NOT NULL,
  recording_ref    TEXT NOT NULL DEFAULT '',
  recording_sm3    TEXT NOT NULL DEFAULT '',
  non_video_reason TEXT NOT NULL DEFAULT '',
  observers        TEXT NOT NULL DEFAULT '[]',   -- JSON array of names (defense is open)
  supervisors      TEXT NOT NULL DEFAULT '[]',   -- JSON array [{name, role}]
  created_at       TEXT NOT NULL,
  created_by       TEXT NOT NULL
);
CREATE INDEX defense_groups_round ON defense_groups(round_id);
CREATE TABLE defense_group_experts (
  group_id  TEXT NOT NULL REFERENCES defense_groups(id),
  person_id TEXT NOT NULL REFERENCES persons(id),
  unit_id   TEXT NOT NULL,
  PRIMARY KEY (group_id, person_id)
);
-- An application is defended in one group.
CREATE TABLE defense_group_applications (
  group_id       TEXT NOT NULL REFERENCES defense_groups(id),
  application_id TEXT NOT NULL UNIQUE REFERENCES applications(id),
  PRIMARY KEY (group_id, application_id)
);
-- R-RECUSAL: who does not score whom, and why.
CREATE TABLE defense_recusals (
  group_id       TEXT NOT NULL REFERENCES defense_groups(id),
  expert_id      TEXT NOT NULL REFERENCES persons(id),
  application_id TEXT NOT NULL REFERENCES applications(id),
  reason         TEXT NOT NULL,
  PRIMARY KEY (group_id, expert_id, application_id)
);
CREATE TABLE defense_scores (
  group_id       TEXT NOT NULL REFERENCES defense_groups(id),
  application_id TEXT NOT NULL REFERENCES applications(id),
  expert_id      TEXT NOT NULL REFERENCES persons(id),
  score          DOUBLE PRECISION NOT NULL,
  recorded_by    TEXT NOT NULL,
  recorded_at    TEXT NOT NULL,
  PRIMARY KEY (application_id, expert_id)
);

-- R-MEET-TRAINING.
CREATE TABLE meeting_trainings (
  id         TEXT PRIMARY KEY,
  round_id   TEXT NOT NULL REFERENCES rounds(id),
  date       TEXT NOT NULL,
  content    TEXT NOT NULL,
  attendees  TEXT NOT NULL,                 -- JSON array
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
);
CREATE INDEX meeting_trainings_round ON meeting_trainings(round_id);
-- R-MEET-QUORUM, R-SUPERVISE, R-MEET-RECORD: one review meeting per round.
CREATE TABLE meetings (
  round_id    TEXT PRIMARY KEY REFERENCES rounds(id),
  date        TEXT NOT NULL,
  present     TEXT NOT NULL,                -- JSON array of person ids
  chair_id    TEXT NOT NULL REFERENCES persons(id),
  recorder    TEXT NOT NULL,
  supervisors TEXT NOT NULL DEFAULT '[]',   -- JSON array [{name, role}]
  closed_at   TEXT,
  created_at  TEXT NOT NULL,
  created_by  TEXT NOT NULL
);
-- R-MEET-BASIS: per applicant, before the vote.
CREATE TABLE meeting_basis (
  round_id        TEXT NOT NULL REFERENCES rounds(id),
  application_id  TEXT NOT NULL REFERENCES applications(id),
  material_review TEXT NOT NULL,
  group_opinion   TEXT NOT NULL,
  created_at      TEXT NOT NULL,
  created_by      TEXT NOT NULL,
  PRIMARY KEY (round_id, application_id)
);
CREATE TABLE meeting_remarks (
  id         TEXT PRIMARY KEY,
  round_id   TEXT NOT NULL REFERENCES rounds(id),
  position   INTEGER NOT NULL,
  summary    TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
);
CREATE INDEX meeting_remarks_round ON meeting_remarks(round_id, position);

-- The secret ballot (R-VOTE-SECRET). Who voted (vote_voters) and what was voted
-- (ballots) share nothing but the vote id: no voter column, no time, no insertion-order
-- key. Ballot slots (one per attending member, random ids) are created when the vote
-- opens; a ballot fills a slot picked at random, so even the storage order of the
-- ballot rows says nothing about the order of casting.
CREATE TABLE votes (
  id              TEXT PRIMARY KEY,
  round_id        TEXT NOT NULL REFERENCES rounds(id),
  application_ids TEXT NOT NULL,            -- JSON array (ballot order)
  present         INTEGER NOT NULL,
  status          TEXT NOT NULL CHECK (status IN ('open','closed')),
  mode            TEXT NOT NULL DEFAULT 'electronic' CHECK (mode IN ('electronic','paper')),
  paper_results   TEXT,                     -- JSON [{application_id, yes, no, abstain}]
  results         TEXT,                     -- JSON, at close
  vote_date       TEXT NOT NULL,
  opened_at       TEXT NOT NULL,
  opened_by       TEXT NOT NULL,
  closed_at       TEXT,
  closed_by       TEXT
);
CREATE INDEX votes_round ON votes(round_id);
CREATE TABLE vote_voters (
  vote_id   TEXT NOT NULL REFERENCES votes(id),
  person_id TEXT NOT NULL REFERENCES persons(id),
  PRIMARY KEY (vote_id, person_id)
);
CREATE TABLE ballots (
  id           TEXT PRIMARY KEY,            -- 128-bit random hex
  vote_id      TEXT NOT NULL REFERENCES votes(id),
  receipt_hash TEXT,                        -- SM3(receipt); NULL while the slot is unused
  choices      TEXT                         -- JSON {application_id: yes|no|abstain}
);
CREATE INDEX ballots_vote ON ballots(vote_id);

-- Signed audit checkpoints (SM2 over the audit head), at each meeting's close.
CREATE TABLE audit_checkpoints (
  seq        INTEGER PRIMARY KEY,
  digest     TEXT NOT NULL,
  signature  TEXT NOT NULL,
  reason     TEXT NOT NULL,
  created_at TEXT NOT NULL
);

-- Qualification documents (R-DOC-*), their entries and qualifications.
CREATE TABLE documents (
  id          TEXT PRIMARY KEY,
  round_id    TEXT NOT NULL REFERENCES rounds(id),
  year        INTEGER NOT NULL,
  number      INTEGER NOT NULL,
  doc_no      TEXT NOT NULL UNIQUE,
  issuer      TEXT NOT NULL,
  prior_check TEXT NOT NULL DEFAULT '',
  filed_with  TEXT NOT NULL DEFAULT '',
  issued_on   TEXT NOT NULL,
  vote_date   TEXT NOT NULL,
  entries     TEXT NOT NULL,               -- JSON array (R-DOC-CONTENT)
  created_at  TEXT NOT NULL,
  created_by  TEXT NOT NULL,
  UNIQUE (year, number)
);
CREATE TABLE qualifications (
  id             TEXT PRIMARY KEY,
  person_id      TEXT NOT NULL REFERENCES persons(id),
  application_id TEXT REFERENCES applications(id),
  document_id    TEXT REFERENCES documents(id),
  series         TEXT NOT NULL,
  specialty      TEXT NOT NULL,
  level          TEXT NOT NULL,
  effective_date TEXT NOT NULL,
  scope          TEXT NOT NULL CHECK (scope IN ('province','grassroots','unit')),
  how            TEXT NOT NULL CHECK (how IN ('review','exam','assessment')),
  promotion_type TEXT NOT NULL CHECK (promotion_type IN ('normal','exceptional','transfer')),
  doc_no         TEXT NOT NULL,
  status         TEXT NOT NULL DEFAULT 'valid' CHECK (status IN ('valid','revoked')),
  revoked_reason TEXT,
  revoked_at     TEXT,
  revoked_by     TEXT,
  created_at     TEXT NOT NULL
);
CREATE INDEX qualifications_person ON qualifications(person_id);
-- R-ARCHIVE.
CREATE TABLE document_archives (
  document_id           TEXT NOT NULL REFERENCES documents(id),
  application_id        TEXT NOT NULL REFERENCES applications(id),
  review_form_archived  INTEGER NOT NULL,
  personal_file_copy    INTEGER NOT NULL,
  materials_returned_to TEXT NOT NULL CHECK (materials_returned_to IN ('applicant','unit')),
  recorded_at           TEXT NOT NULL,
  recorded_by           TEXT NOT NULL,
  PRIMARY KEY (document_id, application_id)
);
-- The public qualification query's rate limit (per client address).
CREATE TABLE public_query_hits (
  client TEXT NOT NULL,
  at     TEXT NOT NULL
);
CREATE INDEX public_query_hits_client ON public_query_hits(client, at);
