"""A refusal names every rule it breaks (issue 16, item 2), for requests whose checks are
independent of one another: a round planned in the wrong year and month (R-CAL-YEAR with
R-CAL-MONTHS — the year was refused alone before), and a draw made outside its window
with neither the office's commitment nor the supervisor's contribution (three
R-DRAW-RANDOM violations — the window alone before). The defense group, the defense
score and the vote are in test_defense_recording."""
import unittest

from test_committees import CommitteeBase

PW = "Strong#Pass-2026"


def violations(r):
    return [(v["rule"], v["message"]) for v in r.json["error"]["violations"]]


class RefusalsListAll(CommitteeBase):
    def clock(self, day):
        """Moves the dev clock; sessions idle out across the move, so log in again."""
        c = type(self)
        r = self.srv.put("/api/v1/admin/clock", {"now": day + "T09:00:00+08:00"}, token=self.srv.admin())
        self.assertEqual(r.status, 200, r)
        c.root = self.srv.admin()
        if hasattr(c, "_to"):
            c._to = self.srv.login("title_office_" + c.__name__.lower(), PW)

    def test_round_year_and_months_listed_together(self):
        self.clock("2026-06-01")
        cid = self.make_committee("卫生系列中级评委会-全部规则", level="intermediate")
        self.make_user("office_all_rules", ["committee_office"], committee_id=cid)
        office = self.srv.login("office_all_rules", PW)
        # Year 2025 for a 2026 notice (R-CAL-YEAR) and an intermediate defense and meeting in
        # December (R-CAL-MONTHS, each date).
        r = self.srv.post("/api/v1/rounds", {"committee_id": cid, "year": 2025, "notice_date": "2026-09-21",
                                             "defense_date": "2026-12-01", "meeting_date": "2026-12-03"},
                          token=office)
        self.assertError(r, 422, "rule_violation")
        got = violations(r)
        self.assertEqual([rule for rule, _ in got], ["R-CAL-YEAR", "R-CAL-MONTHS", "R-CAL-MONTHS"], r)
        self.assertIn("2025", got[0][1])
        self.assertIn("2026-12-01", got[1][1])
        self.assertIn("2026-12-03", got[2][1])
        # Each alone is still refused with its own rule; in order, the round is accepted.
        r = self.srv.post("/api/v1/rounds", {"committee_id": cid, "year": 2026, "notice_date": "2026-09-21",
                                             "defense_date": "2026-12-01", "meeting_date": "2026-12-03"},
                          token=office)
        self.assertEqual([rule for rule, _ in violations(r)], ["R-CAL-MONTHS", "R-CAL-MONTHS"], r)
        r = self.srv.post("/api/v1/rounds", {"committee_id": cid, "year": 2026, "notice_date": "2026-09-21",
                                             "defense_date": "2026-11-12", "meeting_date": "2026-11-19"},
                          token=office)
        self.assertEqual(r.status, 201, r)

    def test_draw_outside_window_without_commitment_or_contribution_lists_all_three(self):
        self.clock("2026-06-01")
        cid = self.make_committee("卫生系列高级评委会-全部规则")
        self.make_user("office_all_draw", ["committee_office"], committee_id=cid)
        office = self.srv.login("office_all_draw", PW)
        r = self.srv.post("/api/v1/rounds", {"committee_id": cid, "year": 2026, "notice_date": "2026-09-01",
                                             "meeting_date": "2026-12-17"}, token=office)
        self.assertEqual(r.status, 201, r)
        rid = r.json["id"]
        self.assertEqual(r.json["draw_window"], {"from": "2026-12-14", "to": "2026-12-16"})
        self.clock("2026-12-11")
        office = self.srv.login("office_all_draw", PW)
        body = {"purpose": "discipline_group", "size": 3, "specialties": ["临床医学"]}
        r = self.srv.post(f"/api/v1/rounds/{rid}/draws", body, token=office)
        self.assertError(r, 422, "rule_violation")
        got = violations(r)
        self.assertEqual([rule for rule, _ in got], ["R-DRAW-RANDOM"] * 3, r)
        self.assertIn("2026-12-14 至 2026-12-16", got[0][1])
        self.assertIn("抽取承诺", got[1][1])
        self.assertIn("随机贡献", got[2][1])
        # The commitment made (before the window): the other two remain, both listed.
        r = self.srv.post(f"/api/v1/rounds/{rid}/draw-commitments", {}, token=office)
        self.assertEqual(r.status, 201, r)
        r = self.srv.post(f"/api/v1/rounds/{rid}/draws", body, token=office)
        got = violations(r)
        self.assertEqual(len(got), 2, r)
        self.assertIn("2026-12-14 至 2026-12-16", got[0][1])
        self.assertIn("随机贡献", got[1][1])


if __name__ == "__main__":
    unittest.main()
