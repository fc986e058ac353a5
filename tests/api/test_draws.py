"""The verifiable random draw (R-DRAW-RANDOM, §二(三), §四(四)): commit-reveal, the
draw window at its boundaries, the meeting draw becoming the year's roster by
construction, discipline groups with recusal, /verify and the offline
`zhiping draw verify --file` in a second process, confidentiality."""
import json
import os
import subprocess
import tempfile
import unittest

from harness import BIN
from test_committees import CommitteeBase


def at(day):
    return day + "T09:00:00+08:00"


class Draws(CommitteeBase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()

    def setUp(self):
        if getattr(type(self), "ready", False):
            return
        c = type(self)
        c.cid = self.make_committee("卫生系列高级评委会-抽取")
        c.office = self.office_token("office_draw", c.cid)
        c.sup = self.make_user("sup_draw", ["supervisor"])
        c.ids = self.experts(30)
        for pid in c.ids:
            eid = self.srv.post(f"/api/v1/committees/{c.cid}/pool", {"person_id": pid}, token=c.office)
            self.assertEqual(eid.status, 201, eid)
            for step in ("unit_recommended", "dept_reviewed", "publicized", "filed", "admitted"):
                r = self.srv.post(f"/api/v1/pool-entries/{eid.json['id']}/steps", {"step": step}, token=c.office)
                self.assertEqual(r.status, 200, r)
        # Admitted by the award exception with a college degree: may not sit on the meeting
        # (R-COM-MEMBER-TENURE degree), so the meeting draw's snapshot leaves them out.
        c.college = self.make_expert(90, degrees=[{"degree": "college", "institution": "卫校", "kind": "regular",
                                                   "specialty": "临床医学", "graduated_on": "1995-07-01"}])
        e = self.srv.post(f"/api/v1/committees/{c.cid}/pool",
                          {"person_id": c.college, "exception": {"reason": "州科技进步一等奖"}}, token=c.office)
        self.assertEqual(e.status, 201, e)
        for step in ("unit_recommended", "dept_reviewed", "publicized", "filed", "admitted"):
            self.assertEqual(self.srv.post(f"/api/v1/pool-entries/{e.json['id']}/steps", {"step": step},
                                           token=c.office).status, 200)
        r = self.srv.put(f"/api/v1/committees/{c.cid}/roster/2025", self.roster(c.ids[:19]), token=c.office)
        self.assertEqual(r.status, 200, r)
        r = self.srv.post("/api/v1/rounds", {"committee_id": c.cid, "year": 2026, "notice_date": "2026-09-01",
                                             "meeting_date": "2026-12-10"}, token=c.office)
        self.assertEqual(r.status, 201, r)
        c.round = r.json
        c.ready = True

    def clock(self, day):
        # Moving the clock by days expires sessions: log in again afterwards.
        c = type(self)
        self.srv.set_clock(self.srv.admin(), at(day))
        c.root = self.srv.admin()
        c.office = self.srv.login("office_draw", "Strong#Pass-2026")
        c.sup = self.srv.login("sup_draw", "Strong#Pass-2026")
        if hasattr(c, "_to"):
            c._to = self.srv.login("title_office_draws", "Strong#Pass-2026")

    def test_draw_flow(self):
        rid = self.round["id"]
        self.assertEqual(self.round["draw_window"], {"from": "2026-12-07", "to": "2026-12-09"})
        # Commitment before the window opens; contribution by a supervisor only.
        self.clock("2026-11-20")
        r = self.srv.post(f"/api/v1/rounds/{rid}/draws", {"purpose": "meeting", "size": 19}, token=self.office)
        self.assertError(r, 422, "rule_violation", "R-DRAW-RANDOM")  # outside the window
        r = self.srv.post(f"/api/v1/rounds/{rid}/draw-commitments", {"secret": "office-secret-0123456789"},
                          token=self.office)
        self.assertEqual(r.status, 201, r)
        commitment = r.json["commitment"]
        self.assertEqual(len(commitment), 64)
        self.assertError(self.srv.post(f"/api/v1/rounds/{rid}/draw-commitments", {}, token=self.office), 409)
        self.assertError(self.srv.post(f"/api/v1/rounds/{rid}/draw-contributions", {"contribution": "x"},
                                       token=self.office), 403)
        r = self.srv.post(f"/api/v1/rounds/{rid}/draw-contributions", {"contribution": "监督-20261120-7788"},
                          token=self.sup)
        self.assertEqual(r.status, 201, r)

        body = {"purpose": "meeting", "size": 19,
                "fixed": [{"person_id": self.ids[0], "role": "chair"}, {"person_id": self.ids[1], "role": "vice_chair"}]}
        # The last working day before the window, and the meeting day: refused.
        for day in ("2026-12-04", "2026-12-06", "2026-12-10"):
            self.clock(day)
            r = self.srv.post(f"/api/v1/rounds/{rid}/draws", body, token=self.office)
            self.assertError(r, 422, "rule_violation", "R-DRAW-RANDOM")
        # The first day of the window.
        self.clock("2026-12-07")
        late = self.srv.post(f"/api/v1/rounds/{rid}/draw-commitments", {}, token=self.office)
        self.assertError(late, 422, "rule_violation", "R-DRAW-RANDOM")
        r = self.srv.post(f"/api/v1/rounds/{rid}/draws", dict(body, size=26), token=self.office)
        self.assertError(r, 422, "rule_violation", "R-COM-SIZE")
        outsider = self.make_expert(91)
        r = self.srv.post(f"/api/v1/rounds/{rid}/draws",
                          dict(body, fixed=[{"person_id": outsider, "role": "chair"}]), token=self.office)
        self.assertEqual(r.status, 422, r)
        self.assertTrue(r.violations())
        r = self.srv.post(f"/api/v1/rounds/{rid}/draws", body, token=self.office)
        self.assertEqual(r.status, 201, r)
        d = r.json
        for k in ("id", "members", "commitment", "seed", "pool_digest", "algorithm"):
            self.assertIn(k, d)
        self.assertEqual(d["commitment"], commitment)
        self.assertEqual(len(d["members"]), 19)
        self.assertEqual(d["members"][:2], self.ids[:2])
        self.assertEqual(len(set(d["members"])), 19)
        self.assertTrue(set(d["members"]) <= set(self.ids))
        new = len(set(d["members"]) - set(self.ids[:19]))
        self.assertTrue(6 <= new <= 11, new)
        # It became the year's roster.
        r = self.srv.get(f"/api/v1/committees/{self.cid}/roster/2026", token=self.office)
        self.assertEqual(r.status, 200, r)
        roles = {m["person_id"]: m["role"] for m in r.json["members"]}
        self.assertEqual(set(roles), set(d["members"]))
        self.assertEqual(roles[self.ids[0]], "chair")
        self.assertEqual(roles[self.ids[1]], "vice_chair")
        self.assertEqual(self.srv.post(f"/api/v1/rounds/{rid}/draws", body, token=self.office).status, 409)

        # Verify online and offline (a second, independent process).
        r = self.srv.get(f"/api/v1/draws/{d['id']}/verify", token=self.sup)
        self.assertEqual(r.status, 200, r)
        self.assertTrue(r.json["reproduced"], r)
        ex = self.srv.get(f"/api/v1/draws/{d['id']}/export", token=self.sup)
        self.assertEqual(ex.status, 200, ex)
        snapshot_ids = [e["person_id"] for e in ex.json["pool_snapshot"]]
        self.assertEqual(sorted(snapshot_ids), sorted(self.ids))
        self.assertNotIn(self.college, snapshot_ids)
        audit = self.srv.get("/api/v1/audit?limit=1000", token=self.sup)
        self.assertEqual(audit.status, 200, audit)
        entries = audit.json if isinstance(audit.json, list) else audit.json.get("entries", [])
        actions = [a.get("action") for a in entries]
        for act in ("draw.commit", "draw.contribute", "draw.make", "pool.step", "roster.put", "round.create"):
            self.assertIn(act, actions)
        # The drawn names stay out of the audit trail; the digest binds them.
        for a in entries:
            if a.get("action") in ("draw.make", "roster.put"):
                self.assertNotIn("members", a.get("data", {}))
                self.assertFalse(any(m in a.get("record", "") for m in d["members"]))
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "export.json")
            with open(path, "w", encoding="utf-8") as f:
                json.dump(ex.json, f, ensure_ascii=False)
            p = subprocess.run([BIN, "draw", "verify", "--file", path], capture_output=True, text=True, timeout=60)
            self.assertEqual(p.returncode, 0, p.stdout + p.stderr)
            self.assertTrue(json.loads(p.stdout)["reproduced"])
            self.assertEqual(json.loads(p.stdout)["members"], d["members"])
            tampered = dict(ex.json, members=list(reversed(ex.json["members"])))
            with open(path, "w", encoding="utf-8") as f:
                json.dump(tampered, f, ensure_ascii=False)
            p = subprocess.run([BIN, "draw", "verify", "--file", path], capture_output=True, text=True, timeout=60)
            self.assertEqual(p.returncode, 1, p.stdout + p.stderr)
            self.assertFalse(json.loads(p.stdout)["reproduced"])
            wrong = dict(ex.json, revealed_secret="another-secret-0123456789")
            with open(path, "w", encoding="utf-8") as f:
                json.dump(wrong, f, ensure_ascii=False)
            p = subprocess.run([BIN, "draw", "verify", "--file", path], capture_output=True, text=True, timeout=60)
            self.assertEqual(p.returncode, 1, p.stdout + p.stderr)
            self.assertFalse(json.loads(p.stdout)["checks"]["commitment_opens"])

        # Discipline group by specialty, with recusal.
        self.clock("2026-12-08")
        r = self.srv.post(f"/api/v1/rounds/{rid}/draws",
                          {"purpose": "discipline_group", "size": 5, "specialties": ["临床医学"],
                           "recused": self.ids[2:12]}, token=self.office)
        self.assertEqual(r.status, 201, r)
        self.assertEqual(len(r.json["members"]), 5)
        self.assertFalse(set(r.json["members"]) & set(self.ids[2:12]))
        self.assertTrue(self.srv.get(f"/api/v1/draws/{r.json['id']}/verify", token=self.office).json["reproduced"])
        r = self.srv.post(f"/api/v1/rounds/{rid}/draws",
                          {"purpose": "discipline_group", "size": 5, "specialties": ["炼丹"]}, token=self.office)
        self.assertError(r, 400)
        self.assertError(self.srv.post(f"/api/v1/rounds/{rid}/draws", {"purpose": "party", "size": 5},
                                       token=self.office), 400)
        self.assertError(self.srv.post(f"/api/v1/rounds/{rid}/draws", {"purpose": "meeting", "size": "x"},
                                       token=self.office), 400)

        # Confidential like the roster.
        other = self.office_token("office_draw_other", self.make_committee("另一高评会-抽取"))
        hr = self.make_user("hr_draw", ["unit_hr"], org_id=self.units[0])
        expert = self.make_user("exp_draw", ["expert"], person_id=self.ids[0])
        for tok in (other, hr, expert):
            for suffix in ("", "/verify", "/export"):
                self.assertError(self.srv.get(f"/api/v1/draws/{d['id']}{suffix}", token=tok), 403,
                                 rule="R-COM-CONFIDENTIAL")
        self.assertEqual(self.srv.get(f"/api/v1/draws/{d['id']}").status, 401)
        for tok in (self.office, self.sup, self.title_office()):
            self.assertEqual(self.srv.get(f"/api/v1/draws/{d['id']}", token=tok).status, 200)
        self.assertError(self.srv.post(f"/api/v1/rounds/{rid}/draws", body, token=other), 403)

    def test_commitment_needed_and_only_before_window(self):
        self.clock("2026-06-01")
        # One round per committee and year: a second 2026 round of this committee is a conflict.
        r = self.srv.post("/api/v1/rounds", {"committee_id": self.cid, "year": 2026, "notice_date": "2026-09-01",
                                             "meeting_date": "2026-12-17"}, token=self.office)
        self.assertError(r, 409, "conflict")
        cid = self.make_committee("卫生系列高级评委会-抽取承诺")
        office = self.office_token("office_draw_commit", cid)
        r = self.srv.post("/api/v1/rounds", {"committee_id": cid, "year": 2026, "notice_date": "2026-09-01",
                                             "meeting_date": "2026-12-17"}, token=office)
        self.assertEqual(r.status, 201, r)
        rid = r.json["id"]
        self.assertEqual(r.json["draw_window"]["from"], "2026-12-14")
        self.clock("2026-12-14")
        office = self.srv.login("office_draw_commit", "Strong#Pass-2026")  # the clock move idled it out
        r = self.srv.post(f"/api/v1/rounds/{rid}/draw-commitments", {}, token=office)
        self.assertError(r, 422, "rule_violation", "R-DRAW-RANDOM")
        r = self.srv.post(f"/api/v1/rounds/{rid}/draws", {"purpose": "discipline_group", "size": 3,
                                                          "specialties": ["临床医学"]}, token=office)
        self.assertError(r, 422, "rule_violation", "R-DRAW-RANDOM")
        self.clock("2026-12-11")
        office = self.srv.login("office_draw_commit", "Strong#Pass-2026")
        r = self.srv.post(f"/api/v1/rounds/{rid}/draw-commitments", {}, token=office)
        self.assertEqual(r.status, 201, r)
        self.assertNotIn("secret", r.json)


if __name__ == "__main__":
    unittest.main()
