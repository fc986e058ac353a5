"""Golden values with an independent source: draw_reference.py, a Python implementation of
docs/draw.md with SM3 from OpenSSL, recomputes (1) the worked example of docs/draw.md §8
and the values asserted by tests/unit/core/draw_example_test.cc, and (2) draws made by
the running server — a senior meeting with rotation, discipline groups with specialty
quotas and recusal, and an intermediate meeting with rotation and the senior share —
from their exports: commitment, pool digest, seed, members and result digest."""
import json
import os
import random
import re
import subprocess
import tempfile
import unittest

import draw_reference as ref
from harness import BIN
from test_committees import CommitteeBase

SOURCE = os.environ.get("ZHIPING_SOURCE") or os.path.join(os.path.dirname(__file__), "..", "..")
PW = "Strong#Pass-2026"


def read(rel):
    with open(os.path.join(SOURCE, rel), encoding="utf-8") as f:
        return f.read()


def worked_example():
    e = lambda i, u, s, lv, prev, rec=False: {"person_id": i, "unit_id": u, "specialties": s, "level": lv,
                                              "on_previous_roster": prev, "recused": rec, "professional": True}
    pool = [e("E01", "U1", ["内科"], "full_senior", True), e("E02", "U1", ["外科"], "deputy_senior", False),
            e("E03", "U2", ["内科", "外科"], "deputy_senior", False), e("E04", "U2", ["内科"], "deputy_senior", True),
            e("E05", "U3", ["外科"], "full_senior", False), e("E06", "U3", ["儿科"], "deputy_senior", True),
            e("E07", "U4", ["内科"], "intermediate", False), e("E08", "U4", ["外科"], "deputy_senior", False, True),
            e("E09", "U5", ["儿科"], "full_senior", False), e("E10", "U5", ["内科"], "deputy_senior", False)]
    constraints = {"purpose": "discipline_group", "size": 5, "committee_level": "senior",
                   "evaluates_full_senior": False, "fixed": [{"person_id": "E01", "role": "chair"}],
                   "quotas": [{"specialty": "内科", "min_count": 2}, {"specialty": "外科", "min_count": 1}],
                   "max_per_unit": None, "has_previous_roster": True}
    return pool, constraints


class WorkedExample(unittest.TestCase):
    def setUp(self):
        pool, self.constraints = worked_example()
        self.pool = ref.canonical_pool(pool)
        self.pool_digest = ref.pool_digest(self.pool)
        self.seed = ref.seed("office-secret-2024", "supervisor-7f3a", self.pool_digest)
        self.members, self.new_members, self.digest = ref.draw(self.pool, self.constraints, self.seed)

    def test_sm3_is_openssl_and_right(self):
        self.assertIn(ref.SM3_SOURCE, ("hashlib (OpenSSL)", "openssl dgst -sm3"))
        # GB/T 32905-2016 appendix A, examples 1 and 2.
        self.assertEqual(ref.sm3(b"abc").hex(), "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0")
        self.assertEqual(ref.sm3(b"abcd" * 16).hex(),
                         "debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732")
        # The command-line path gives the same bytes as the library path.
        self.assertEqual(ref.cli_sm3(b"zhiping"), ref.sm3(b"zhiping"))

    def test_document_values(self):
        doc = read("docs/draw.md")
        section = doc[doc.index("## 8. Worked example"):doc.index("## 9.")]
        got = {"commitment": ref.commitment("office-secret-2024"), "pool_digest": self.pool_digest.hex(),
               "seed": self.seed.hex()}
        for name, value in got.items():
            m = re.search(rf"- {name} `([0-9a-f]{{64}})`", section)
            self.assertIsNotNone(m, name)
            self.assertEqual(m.group(1), value, name)
        drbg = ref.Drbg(self.seed)
        words = re.findall(r"`([0-9a-f]{16})`", section[section.index("DRBG words"):])
        self.assertEqual(len(words), 5)
        self.assertEqual(words, [format(drbg.next_u64(), "016x") for _ in words])
        m = re.search(r"Result: members `([^`]+)`, new members (\d+), digest\s+`([0-9a-f]{64})`", section)
        self.assertIsNotNone(m)
        self.assertEqual(m.group(1).split(", "), self.members)
        self.assertEqual(int(m.group(2)), self.new_members)
        self.assertEqual(m.group(3), self.digest)

    def test_unit_test_golden_values(self):
        src = read("tests/unit/core/draw_example_test.cc")
        hexes = re.findall(r'"([0-9a-f]{64})"', src)
        self.assertEqual(hexes, [ref.commitment("office-secret-2024"), self.pool_digest.hex(), self.seed.hex(),
                                 self.digest])
        m = re.search(r"members, \(std::vector<std::string>\{([^}]*)\}\)", src)
        self.assertEqual(re.findall(r'"(E\d\d)"', m.group(1)), self.members)
        self.assertIn(f"new_members, {self.new_members})", src)

    def test_every_input_changes_the_result(self):
        # Not a constant: another secret, contribution, pool or constraint changes the digest.
        other_seed = ref.seed("office-secret-2025", "supervisor-7f3a", self.pool_digest)
        self.assertNotEqual(ref.draw(self.pool, self.constraints, other_seed)[2], self.digest)
        pool = [dict(e) for e in self.pool]
        pool[5] = dict(pool[5], on_previous_roster=False)  # E06 becomes new
        self.assertNotEqual(ref.pool_digest(pool), self.pool_digest)
        self.assertNotEqual(ref.draw(self.pool, dict(self.constraints, size=6), self.seed)[2], self.digest)


def random_case(rng, n):
    """A pseudo-random draw input of the kinds the document covers: senior or intermediate,
    meeting or discipline group, rotation, specialty quotas, per-unit caps, recusals."""
    senior = rng.random() < 0.5
    meeting = rng.random() < 0.5
    size = rng.randint(19, 25) if meeting and senior else rng.randint(15, 21) if meeting else rng.randint(3, 7)
    specs = ["内科", "外科", "儿科", "护理"]
    levels = (["deputy_senior"] * 5 + ["full_senior"] * 3 + ["intermediate"]) if senior else \
        (["intermediate"] * 4 + ["deputy_senior"] * 4 + ["full_senior"])
    prev = rng.random() < 0.6
    pool = [{"person_id": f"X{n:03d}-{i:02d}", "unit_id": f"U{rng.randint(1, rng.randint(3, 8))}",
             "specialties": rng.sample(specs, rng.choice([1, 1, 2])), "level": rng.choice(levels),
             "on_previous_roster": prev and rng.random() < 0.5, "recused": rng.random() < 0.1,
             "professional": rng.random() < 0.9} for i in range(size + rng.randint(4, 20))]
    titled = [e for e in pool if (e["level"] != "intermediate" if senior else True)
              and not (not meeting and e["recused"]) and e["professional"]]
    rng.shuffle(titled)
    if meeting:
        fixed = [{"person_id": titled[0]["person_id"], "role": "chair"},
                 {"person_id": titled[1]["person_id"], "role": "vice_chair"}]
    else:
        fixed = [{"person_id": titled[0]["person_id"], "role": "chair"}] if rng.random() < 0.5 else []
    quotas = [{"specialty": sp, "min_count": rng.randint(1, 2)} for sp in rng.sample(specs, rng.randint(0, 2))]
    return pool, {"purpose": "meeting" if meeting else "discipline_group", "size": size,
                  "committee_level": "senior" if senior else "intermediate", "evaluates_full_senior": False,
                  "fixed": fixed, "quotas": quotas,
                  "max_per_unit": rng.randint(2, 6) if rng.random() < 0.3 else None, "has_previous_roster": prev}


class OfflineAgreement(unittest.TestCase):
    """Many generated draws: the reference computes each export in full (commitment, pool
    digest, seed, members, digest) and `zhiping draw verify --file`, the C++ code in a
    separate process, must reproduce it. Any difference in the DRBG, the grouping, the
    feasibility decisions or the digest shows up as a draw that does not reproduce."""

    def test_reference_draws_reproduce_in_zhiping_draw_verify(self):
        rng = random.Random(20261231)
        done = kinds = 0
        seen = set()
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "export.json")
            for n in range(400):
                pool, c = random_case(rng, n)
                canon = ref.canonical_pool(pool)
                secret, contribution = f"secret-{n}-0123456789abcdef", f"监督-{n}"
                pd = ref.pool_digest(canon)
                sd = ref.seed(secret, contribution, pd)
                try:
                    members, _, digest = ref.draw(canon, c, sd)
                except ref.Refused:
                    continue
                ex = {"algorithm": ref.ALGORITHM, "revealed_secret": secret, "supervisor_contribution": contribution,
                      "commitment": ref.commitment(secret), "pool_snapshot": canon, "pool_digest": pd.hex(),
                      "seed": sd.hex(), "constraints": c, "members": members, "digest": digest}
                with open(path, "w", encoding="utf-8") as f:
                    json.dump(ex, f, ensure_ascii=False)
                p = subprocess.run([BIN, "draw", "verify", "--file", path], capture_output=True, text=True,
                                   timeout=60)
                out = json.loads(p.stdout) if p.stdout.strip() else {}
                self.assertEqual(p.returncode, 0, f"case {n}: {c}\nreference {members}\nzhiping {p.stdout}{p.stderr}")
                self.assertTrue(out.get("reproduced"), out)
                done += 1
                seen.add((c["purpose"], c["committee_level"], c["has_previous_roster"], bool(c["quotas"]),
                          c["max_per_unit"] is not None))
                if done >= 60:
                    break
        self.assertEqual(done, 60)
        self.assertGreaterEqual(len(seen), 12, seen)  # the kinds of input are covered


class ServerDraws(CommitteeBase):
    """Draws made by the server, recomputed by the reference from their exports."""

    def login_all(self):
        c = type(self)
        c.root = self.srv.admin()
        c.offices = {k: self.srv.login(name, PW) for k, name in c.office_names.items()}
        c.sup = self.srv.login("sup_ref", PW)

    def clock(self, day):
        self.srv.set_clock(self.srv.admin(), day + "T09:00:00+08:00")
        self.login_all()

    def admit(self, cid, office, pids):
        for pid in pids:
            e = self.srv.post(f"/api/v1/committees/{cid}/pool", {"person_id": pid}, token=office)
            self.assertEqual(e.status, 201, e)
            for step in ("unit_recommended", "dept_reviewed", "publicized", "filed", "admitted"):
                r = self.srv.post(f"/api/v1/pool-entries/{e.json['id']}/steps", {"step": step}, token=office)
                self.assertEqual(r.status, 200, r)

    def expert(self, i, specialties, level):
        quals = [{"series": "卫生", "specialty": s, "level": level, "obtained_on": "2020-01-01", "scope": "province",
                  "how": "review"} for s in specialties]
        return self.make_expert(i, qualifications=quals,
                                appointments=[{"level": level, "appointed_on": "2020-01-01"}])

    def commit_and_contribute(self, key, rid, day):
        c = type(self)
        self.clock(day)
        r = self.srv.post(f"/api/v1/rounds/{rid}/draw-commitments", {"secret": f"reference-secret-{key}-0123456789"},
                          token=c.offices[key])
        self.assertEqual(r.status, 201, r)
        r = self.srv.post(f"/api/v1/rounds/{rid}/draw-contributions", {"contribution": f"监督-{key}-4711"},
                          token=c.sup)
        self.assertEqual(r.status, 201, r)

    def check_export(self, draw, office):
        ex = self.srv.get(f"/api/v1/draws/{draw['id']}/export", token=office)
        self.assertEqual(ex.status, 200, ex)
        ex = ex.json
        got = ref.reproduce_export(ex)
        self.assertEqual(ex["algorithm"], ref.ALGORITHM)
        for k in ("commitment", "pool_digest", "seed", "members", "digest"):
            self.assertEqual(got[k], ex[k], k)
        self.assertEqual(got["members"], draw["members"])
        return ex, got

    def test_server_draws_match_the_reference(self):
        c = type(self)
        c.office_names = {}
        to = self.title_office()
        # A senior committee over two specialties: 30 experts, some in both, a 2025 roster.
        senior = self.make_committee("卫生系列高级评委会-参照", specialties=["临床医学", "护理"])
        c.office_names["senior"] = "office_ref_senior"
        self.make_user("office_ref_senior", ["committee_office"], committee_id=senior)
        self.make_user("sup_ref", ["supervisor"])
        specs = lambda i: ["临床医学", "护理"] if i % 5 == 0 else ["护理"] if i % 3 == 0 else ["临床医学"]
        s_ids = [self.expert(200 + i, specs(i), "full_senior" if i % 4 == 0 else "deputy_senior") for i in range(30)]
        # An intermediate committee: 12 senior and 12 intermediate experts, a 2025 roster of 15.
        mid = self.make_committee("卫生系列中级评委会-参照", level="intermediate")
        c.office_names["mid"] = "office_ref_mid"
        self.make_user("office_ref_mid", ["committee_office"], committee_id=mid)
        m_ids = [self.expert(300 + i, ["临床医学"], "deputy_senior" if i % 2 == 0 else "intermediate")
                 for i in range(24)]
        self.login_all()
        self.admit(senior, c.offices["senior"], s_ids)
        self.admit(mid, c.offices["mid"], m_ids)
        r = self.srv.put(f"/api/v1/committees/{senior}/roster/2025", self.roster(s_ids[:19]), token=c.offices["senior"])
        self.assertEqual(r.status, 200, r)
        r = self.srv.put(f"/api/v1/committees/{mid}/roster/2025", self.roster(m_ids[:15]), token=c.offices["mid"])
        self.assertEqual(r.status, 200, r)
        rs = self.srv.post("/api/v1/rounds", {"committee_id": senior, "year": 2026, "notice_date": "2026-09-01",
                                              "meeting_date": "2026-12-10"}, token=c.offices["senior"])
        self.assertEqual(rs.status, 201, rs)
        rm = self.srv.post("/api/v1/rounds", {"committee_id": mid, "year": 2026, "notice_date": "2026-09-21",
                                              "defense_date": "2026-11-12", "meeting_date": "2026-11-19"},
                           token=c.offices["mid"])
        self.assertEqual(rm.status, 201, rm)

        # Intermediate meeting of 15 (draw window 11-16..11-18): rotation and the senior share.
        self.commit_and_contribute("mid", rm.json["id"], "2026-11-10")
        self.clock("2026-11-16")
        r = self.srv.post(f"/api/v1/rounds/{rm.json['id']}/draws", {
            "purpose": "meeting", "size": 15,
            "fixed": [{"person_id": m_ids[0], "role": "chair"}, {"person_id": m_ids[2], "role": "vice_chair"}]},
            token=c.offices["mid"])
        self.assertEqual(r.status, 201, r)
        ex, got = self.check_export(r.json, c.offices["mid"])
        self.assertEqual(ex["constraints"]["committee_level"], "intermediate")
        self.assertTrue(ex["constraints"]["has_previous_roster"])
        levels = {e["person_id"]: e["level"] for e in ex["pool_snapshot"]}
        self.assertIn("intermediate", [levels[m] for m in got["members"]])  # the senior-share flag is live
        self.assertGreaterEqual(sum(levels[m] != "intermediate" for m in got["members"]), 8)

        # Senior meeting of 21 and two discipline groups (draw window 12-07..12-09).
        self.commit_and_contribute("senior", rs.json["id"], "2026-11-20")
        self.clock("2026-12-07")
        r = self.srv.post(f"/api/v1/rounds/{rs.json['id']}/draws", {
            "purpose": "meeting", "size": 21,
            "fixed": [{"person_id": s_ids[0], "role": "chair"}, {"person_id": s_ids[1], "role": "vice_chair"}]},
            token=c.offices["senior"])
        self.assertEqual(r.status, 201, r)
        ex, got = self.check_export(r.json, c.offices["senior"])
        new = sum(1 for m in got["members"] if m not in s_ids[:19])
        self.assertTrue(7 <= new <= 12, new)  # 21: 10·new within [3·21, 6·21]
        self.clock("2026-12-08")
        for body in ({"purpose": "discipline_group", "size": 5, "specialties": ["临床医学", "护理"],
                      "recused": s_ids[3:9]},
                     {"purpose": "discipline_group", "size": 3, "specialties": ["护理"]}):
            r = self.srv.post(f"/api/v1/rounds/{rs.json['id']}/draws", body, token=c.offices["senior"])
            self.assertEqual(r.status, 201, r)
            ex, got = self.check_export(r.json, c.offices["senior"])
            self.assertEqual([q["specialty"] for q in ex["constraints"]["quotas"]], body["specialties"])
            self.assertFalse(set(got["members"]) & set(body.get("recused", [])))


if __name__ == "__main__":
    unittest.main()
