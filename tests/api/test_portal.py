"""The public portal's read endpoints (docs/web.md), without login: the year's calendar
of milestones from the rounds (nothing confidential: no roster, pool, drawn members or
office-internal windows, R-COM-CONFIDENTIAL), and the publicities with their state and
objection deadline as of the server's (frozen) today. The publicities are written
straight into the test database (their own flow is tested in test_applications.py and
test_evaluation.py)."""
import os
import sqlite3
import unittest

from test_committees import CommitteeBase

ROUND_KEYS = {"round_id", "committee_id", "committee_name", "committee_level", "series", "notice_date",
              "application_deadline", "joint_review_deadline", "defense_date", "meeting_date", "publicities",
              "certificate_deadline", "milestones"}


class Portal(CommitteeBase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.ready = False

    def setUp(self):
        c = type(self)
        if c.ready:
            return
        c.cid = self.make_committee("卫生系列中级评委会-门户", level="intermediate")
        c.office = self.office_token("office_portal", c.cid)
        r = self.srv.post("/api/v1/rounds", {"committee_id": c.cid, "year": 2026, "notice_date": "2026-09-01",
                                             "defense_date": "2026-11-05", "meeting_date": "2026-11-10"},
                          token=c.office)
        self.assertEqual(r.status, 201, r)
        c.round = r.json
        db = sqlite3.connect(os.path.join(self.srv.data, "zhiping.db"), timeout=10)
        with db:
            ins = ("INSERT INTO publicities(id, stage, round_id, unit_id, start_date, end_date, created_at, created_by)"
                   " VALUES (?,?,?,?,?,?,?,?)")
            db.execute(ins, ("pub-unit-portal", "unit", c.round["id"], self.units[0], "2026-10-08", "2026-10-14",
                             "2026-10-08T09:00:00+08:00", "test"))
            db.execute(ins, ("pub-committee-portal", "committee", c.round["id"], None, "2026-11-16", "2026-11-20",
                             "2026-11-16T09:00:00+08:00", "test"))
        db.close()
        c.ready = True

    def freeze(self, day):
        r = self.srv.put("/api/v1/admin/clock", {"now": day + "T10:00:00+08:00", "frozen": True}, token=self.root)
        self.assertEqual(r.status, 200, r)

    def calendar_round(self, year=2026):
        r = self.srv.get(f"/api/v1/public/calendar?year={year}")  # no token
        self.assertEqual(r.status, 200, r)
        mine = [x for x in r.json["rounds"] if x["round_id"] == self.round["id"]]
        return r.json, (mine[0] if mine else None)

    def test_calendar_lists_the_rounds_milestones_publicly(self):
        self.freeze("2026-10-12")
        doc, x = self.calendar_round()
        self.assertEqual((doc["year"], doc["today"]), (2026, "2026-10-12"))
        self.assertIsNotNone(x, doc)
        self.assertEqual(set(x), ROUND_KEYS)  # nothing else: no draw or rotation windows, no members
        self.assertEqual((x["committee_id"], x["committee_name"], x["committee_level"], x["series"]),
                         (self.cid, "卫生系列中级评委会-门户", "intermediate", "卫生"))
        # The dates are the round's own (computed when it was created).
        for k in ("notice_date", "application_deadline", "joint_review_deadline", "defense_date", "meeting_date"):
            self.assertEqual(x[k], self.round[k], k)
        self.assertEqual(x["notice_date"], "2026-09-01")
        self.assertEqual(x["meeting_date"], "2026-11-10")
        self.assertEqual([(p["stage"], p["start_date"], p["end_date"], p["state"]) for p in x["publicities"]],
                         [("unit", "2026-10-08", "2026-10-14", "running"),
                          ("committee", "2026-11-16", "2026-11-20", "upcoming")])
        self.assertEqual(x["publicities"][0]["unit"], "州医院0")
        # R-CERT-ONESTOP: 20 working days after 11-20 (Fri): 11-23…27, 11-30…12-04,
        # 12-07…11, 12-14…18 → 2026-12-18.
        self.assertEqual(x["certificate_deadline"], "2026-12-18")
        keys = [m["key"] for m in x["milestones"]]
        self.assertEqual(sorted(keys), sorted(["notice", "application_deadline", "joint_review_deadline", "defense",
                                               "meeting", "unit_publicity", "committee_publicity",
                                               "certificate_deadline"]))
        by_key = {m["key"]: m for m in x["milestones"]}
        self.assertEqual(by_key["application_deadline"]["date"], x["application_deadline"])
        self.assertEqual((by_key["unit_publicity"]["date"], by_key["unit_publicity"]["end_date"]),
                         ("2026-10-08", "2026-10-14"))
        self.assertEqual(by_key["certificate_deadline"]["date"], "2026-12-18")
        dates = [m["date"] for m in x["milestones"]]
        self.assertEqual(dates, sorted(dates))
        cp = next(m for m in x["milestones"] if m["key"] == "committee_publicity")
        self.assertEqual((cp["date"], cp["end_date"]), ("2026-11-16", "2026-11-20"))
        self.assertTrue(all(m["name"] for m in x["milestones"]))

    def test_calendar_year_selection_and_bad_year(self):
        self.freeze("2026-10-12")
        doc, x = self.calendar_round(2025)
        self.assertIsNone(x)
        self.assertEqual(doc["year"], 2025)
        r = self.srv.get("/api/v1/public/calendar")  # this year by the server's clock
        self.assertEqual(r.json["year"], 2026)
        self.assertIn(self.round["id"], [x["round_id"] for x in r.json["rounds"]])
        for bad in ("abc", "20266", "1999"):
            self.assertError(self.srv.get(f"/api/v1/public/calendar?year={bad}"), 400, "bad_request")

    def test_publicities_show_state_and_objection_deadline(self):
        self.freeze("2026-10-12")
        running = self.srv.get("/api/v1/public/publicities?state=running")
        self.assertEqual(running.status, 200, running)
        ids = [p["id"] for p in running.json]
        self.assertIn("pub-unit-portal", ids)
        self.assertNotIn("pub-committee-portal", ids)
        p = next(p for p in running.json if p["id"] == "pub-unit-portal")
        self.assertEqual((p["state"], p["objection_deadline"], p["end_date"]), ("running", "2026-10-14", "2026-10-14"))
        self.assertEqual((p["committee_name"], p["series"], p["committee_level"]),
                         ("卫生系列中级评委会-门户", "卫生", "intermediate"))
        upcoming = [p["id"] for p in self.srv.get("/api/v1/public/publicities?state=upcoming").json]
        self.assertEqual([i for i in upcoming if i.endswith("-portal")], ["pub-committee-portal"])
        one = self.srv.get("/api/v1/public/publicities/pub-committee-portal")
        self.assertEqual(one.status, 200, one)
        self.assertEqual((one.json["state"], one.json["objection_deadline"]), ("upcoming", "2026-11-20"))
        # The last day of the publicity is still running; the day after, ended.
        self.freeze("2026-10-14")
        self.assertEqual(self.srv.get("/api/v1/public/publicities/pub-unit-portal").json["state"], "running")
        self.freeze("2026-10-15")
        self.assertEqual(self.srv.get("/api/v1/public/publicities/pub-unit-portal").json["state"], "ended")
        ended = [p["id"] for p in self.srv.get(f"/api/v1/public/publicities?state=ended&round_id={self.round['id']}").json]
        self.assertEqual(ended, ["pub-unit-portal"])
        every = self.srv.get(f"/api/v1/public/publicities?round_id={self.round['id']}").json
        self.assertEqual(sorted(p["id"] for p in every), ["pub-committee-portal", "pub-unit-portal"])
        r = self.srv.get("/api/v1/public/publicities?state=open")
        self.assertError(r, 400, "bad_request")
        self.assertIn("state", r.json["error"]["message"])

    def test_portal_routes_are_public_in_openapi(self):
        doc = self.srv.get("/api/v1/openapi.json").json
        for path in ("/api/v1/public/calendar", "/api/v1/public/keys", "/api/v1/public/publicities",
                     "/api/v1/public/publicities/{id}", "/api/v1/public/certificates/{serial}",
                     "/api/v1/public/void-declarations", "/api/v1/public/qualifications",
                     "/api/v1/public/publicities/{id}/objections", "/api/v1/committees"):
            ops = doc["paths"][path]
            op = ops.get("get") or ops.get("post")
            self.assertEqual(op.get("security"), [], path)


if __name__ == "__main__":
    unittest.main()
