"""An intermediate variant of fixtures_eval.EvalBase: a 中评会 (15–21 members, meeting
in November per R-CAL-MONTHS) with 30 admitted experts, a 2026 round (defense
2026-11-12, meeting 2026-11-19, draw window 11-16..11-18), and intermediate-level
applications brought to `reviewed` through the real flow."""
from fixtures_eval import EvalBase

NOTICE = "2026-09-21"
DEFENSE = "2026-11-12"
MEETING = "2026-11-19"


class IntermediateEvalBase(EvalBase):
    def build(self, tag):
        c = type(self)
        c.cid = self.make_committee("卫生系列中级评委会-" + tag, level="intermediate")
        self.user("office", "office_" + tag, ["committee_office"], committee_id=c.cid)
        self.user("to", "to_" + tag, ["title_office"], org_id=self.bureau)
        self.user("sup", "sup_" + tag, ["supervisor"])
        self.user("dept_rev", "dept_" + tag, ["dept_reviewer"], org_id=self.dept)
        self.user("hr0", "hr0_" + tag, ["unit_hr"], org_id=self.units[0])
        c.ids = self.experts(30)
        for pid in c.ids:
            e = self.srv.post(f"/api/v1/committees/{c.cid}/pool", {"person_id": pid}, token=c.office)
            self.assertEqual(e.status, 201, e)
            for step in ("unit_recommended", "dept_reviewed", "publicized", "filed", "admitted"):
                r = self.srv.post(f"/api/v1/pool-entries/{e.json['id']}/steps", {"step": step}, token=c.office)
                self.assertEqual(r.status, 200, r)
        r = self.srv.post("/api/v1/rounds", {"committee_id": c.cid, "year": 2026, "notice_date": NOTICE,
                                             "defense_date": DEFENSE, "meeting_date": MEETING}, token=c.office)
        self.assertEqual(r.status, 201, r)
        c.rid = r.json["id"]
        self.assertEqual(r.json["draw_window"], {"from": "2026-11-16", "to": "2026-11-18"})

    def reviewed_applications(self, n):
        """n 中级 applications of units[0] (applicants holding 初级 since 2015) brought to `reviewed`."""
        return super().reviewed_applications(
            n, target_level="intermediate", prefix="中级",
            qualifications=[{"series": "卫生", "specialty": "临床医学", "level": "assistant",
                             "obtained_on": "2015-12-01", "scope": "province", "how": "review"}],
            appointments=[{"level": "assistant", "appointed_on": "2016-01-01"}])

    def meeting_draw(self, size=15):
        """The meeting draw (commit 11-10, draw 11-16): exactly 1 chair and 1 vice-chair."""
        c = type(self)
        self.clock("2026-11-10")
        r = self.srv.post(f"/api/v1/rounds/{c.rid}/draw-commitments", {"secret": "office-secret-mid-0123456789"},
                          token=c.office)
        self.assertEqual(r.status, 201, r)
        r = self.srv.post(f"/api/v1/rounds/{c.rid}/draw-contributions", {"contribution": "监督-mid"}, token=c.sup)
        self.assertEqual(r.status, 201, r)
        self.clock("2026-11-16")
        r = self.srv.post(f"/api/v1/rounds/{c.rid}/draws", {
            "purpose": "meeting", "size": size,
            "fixed": [{"person_id": c.ids[0], "role": "chair"}, {"person_id": c.ids[1], "role": "vice_chair"}]},
            token=c.office)
        self.assertEqual(r.status, 201, r)
        c.members = r.json["members"]
        return c.members
