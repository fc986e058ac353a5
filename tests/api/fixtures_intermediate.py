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
        c = type(self)
        self.clock("2026-09-28")
        out = []
        for i in range(n):
            pid = self.make_person(
                self.units[0], name=f"中级申报人{i}",
                qualifications=[{"series": "卫生", "specialty": "临床医学", "level": "assistant",
                                 "obtained_on": "2015-12-01", "scope": "province", "how": "review"}],
                appointments=[{"level": "assistant", "appointed_on": "2016-01-01"}])
            r = self.srv.post("/api/v1/applications", {
                "round_id": c.rid, "person_id": pid, "target_level": "intermediate", "series": "卫生",
                "specialty": "临床医学", "promotion_type": "normal",
                "achievements": [{"kind": "paper", "title": f"中级论文{i}", "date": "2025-03-01"}]}, token=c.hr0)
            self.assertEqual(r.status, 201, r)
            aid = r.json["id"]
            self.assertEqual(self.srv.post(f"/api/v1/applications/{aid}/pledge", {"agree": True}, token=c.hr0).status, 200)
            self.assertEqual(self.srv.post(f"/api/v1/applications/{aid}/submit", {}, token=c.hr0).status, 200)
            out.append((aid, pid))
        r = self.srv.post("/api/v1/publicities", {
            "stage": "unit", "round_id": c.rid, "unit_id": self.units[0], "application_ids": [a for a, _ in out],
            "start_date": "2026-09-28",
            "posts": {"senior_total": 40, "senior_vacant": 9, "intermediate_total": 120, "intermediate_vacant": 10}},
            token=c.hr0)
        self.assertEqual(r.status, 201, r)
        self.clock("2026-10-10")
        for aid, _ in out:
            self.assertEqual(self.srv.post(f"/api/v1/applications/{aid}/recommend", {}, token=c.hr0).status, 200)
            r = self.srv.post(f"/api/v1/applications/{aid}/reviews",
                              {"stage": "dept", "decision": "pass", "opinion": "同意"}, token=c.dept_rev)
            self.assertEqual(r.status, 200, r)
            r = self.srv.post(f"/api/v1/applications/{aid}/reviews",
                              {"stage": "joint", "decision": "pass", "opinion": "联审通过"}, token=c.to)
            self.assertEqual(r.json["status"], "reviewed", r)
        return out

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
