"""Shared set-up for the evaluation tests (issue 6): a senior committee with 30
admitted experts, a 2025 roster, a 2026 round whose meeting draw of 19 becomes the
roster, and applications brought to `reviewed` through the real flow (pledge, submit,
5-working-day unit publicity, recommendation, dept and joint review)."""
from harness import ServerTest
from test_committees import CommitteeBase

PW = "Strong#Pass-2026"
NOTICE = "2026-09-21"
MEETING = "2026-12-10"


class EvalBase(CommitteeBase):
    """Class-level state is built once (setUp guards with `ready`)."""

    def clock(self, day):
        c = type(self)
        r = self.srv.put("/api/v1/admin/clock", {"now": day + "T09:00:00+08:00"}, token=c.root)
        if r.status == 401:
            c.root = self.srv.admin()
            r = self.srv.put("/api/v1/admin/clock", {"now": day + "T09:00:00+08:00"}, token=c.root)
        self.assertEqual(r.status, 200, r)
        c.root = self.srv.admin()
        for attr, name in getattr(c, "logins", {}).items():
            setattr(c, attr, self.srv.login(name, PW))

    def user(self, attr, name, roles, **binding):
        c = type(self)
        setattr(c, attr, self.make_user(name, roles, **binding))
        c.logins = dict(getattr(c, "logins", {}), **{attr: name})

    def build(self, tag):
        c = type(self)
        c.cid = self.make_committee("卫生系列高级评委会-" + tag)
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
        r = self.srv.put(f"/api/v1/committees/{c.cid}/roster/2025", self.roster(c.ids[:19]), token=c.office)
        self.assertEqual(r.status, 200, r)
        r = self.srv.post("/api/v1/rounds", {"committee_id": c.cid, "year": 2026, "notice_date": NOTICE,
                                             "meeting_date": MEETING}, token=c.office)
        self.assertEqual(r.status, 201, r)
        c.rid = r.json["id"]

    def reviewed_applications(self, n, target_level="deputy_senior", prefix="", **person):
        """n applications of units[0] brought to `reviewed`; returns [(app_id, person_id)].
        `person` fields (e.g. qualifications, appointments) go into each applicant."""
        c = type(self)
        self.clock("2026-09-28")
        out = []
        for i in range(n):
            pid = self.make_person(self.units[0], name=f"{prefix}申报人{i}", **person)
            r = self.srv.post("/api/v1/applications", {
                "round_id": c.rid, "person_id": pid, "target_level": target_level, "series": "卫生",
                "specialty": "临床医学", "promotion_type": "normal",
                "achievements": [{"kind": "paper", "title": f"{prefix}论文{i}", "date": "2025-03-01"}]}, token=c.hr0)
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

    def meeting_draw(self):
        """The meeting draw of 19 in the window (commit 11-20, draw 12-07)."""
        c = type(self)
        self.clock("2026-11-20")
        r = self.srv.post(f"/api/v1/rounds/{c.rid}/draw-commitments", {"secret": "office-secret-0123456789"},
                          token=c.office)
        self.assertEqual(r.status, 201, r)
        r = self.srv.post(f"/api/v1/rounds/{c.rid}/draw-contributions", {"contribution": "监督-7788"}, token=c.sup)
        self.assertEqual(r.status, 201, r)
        self.clock("2026-12-07")
        r = self.srv.post(f"/api/v1/rounds/{c.rid}/draws", {
            "purpose": "meeting", "size": 19,
            "fixed": [{"person_id": c.ids[0], "role": "chair"}, {"person_id": c.ids[1], "role": "vice_chair"}]},
            token=c.office)
        self.assertEqual(r.status, 201, r)
        c.members = r.json["members"]
        return c.members
