"""Issue 15, findings 1-3: what each role is shown about a person, and whose.

1. From everything one role is shown about a person (list, detail, applications,
   publicity), at least 1,000 GB 11643 numbers remain possible: the candidates are
   enumerated (临夏 county codes 6229xx, the birth dates the view allows, the sequences of
   the shown gender, the check character) against the demo's persons.
2. A committee office sees only the persons linked to its committee; others are 404.
3. The pool intake review step belongs to the expert's unit's competent department or
   county office; anyone else gets 404, and the reply carries no more than a GET would."""
import calendar
import datetime
import unittest

from harness import ServerTest
from test_committees import CommitteeBase

DEMO_PW = "Demo#Zhiping2026"
# GB/T 2260: 临夏市 and the counties of 临夏回族自治州.
LINXIA_CODES = ["622901", "622921", "622922", "622923", "622924", "622925", "622926", "622927"]
WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ENOUGH = 1000


def check_char(first17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(first17, WEIGHTS)) % 11]


def candidate_dates(view):
    """Birth dates consistent with what the view shows (a 1950–2005 range when nothing)."""
    if view.get("birth_date"):
        return [datetime.date.fromisoformat(view["birth_date"])]
    if view.get("birth_month"):
        y, m = map(int, view["birth_month"].split("-"))
        return [datetime.date(y, m, d) for d in range(1, calendar.monthrange(y, m)[1] + 1)]
    start = datetime.date(1950, 1, 1)
    return [start + datetime.timedelta(days=i) for i in range((datetime.date(2005, 12, 31) - start).days)]


def count_candidates(view, cap=ENOUGH):
    """How many ID numbers fit the view (counting stops at `cap`)."""
    shown = view["id_number"]
    assert len(shown) == 18, shown

    def fits(s, at):
        return all(p == "*" or p == c for p, c in zip(shown[at:at + len(s)], s))

    n = 0
    for region in LINXIA_CODES:
        if not fits(region, 0):
            continue
        for d in candidate_dates(view):
            ds = d.strftime("%Y%m%d")
            if not fits(ds, 6):
                continue
            for seq in range(1000):
                if view.get("gender") and (seq % 2 == 1) != (view["gender"] == "M"):
                    continue
                sq = f"{seq:03d}"
                if not fits(sq, 14):
                    continue
                body = region + ds + sq
                if not fits(check_char(body), 17):
                    continue
                n += 1
                if n >= cap:
                    return n
    return n


class MaskedIdentity(ServerTest):
    dev_clock = False
    demo = True

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.tok = {}

    def token(self, user):
        if user not in self.tok:
            self.tok[user] = self.srv.login(user, DEMO_PW)
        return self.tok[user]

    def views(self, user):
        """person id → everything `user` is shown about the person, merged."""
        t = self.token(user)
        seen = {}

        def merge(pid, o):
            v = seen.setdefault(pid, {})
            for k in ("id_number", "birth_date", "birth_month", "gender"):
                if o.get(k) is not None:
                    v[k] = o[k]

        r = self.srv.get("/api/v1/persons", token=t)
        self.assertEqual(r.status, 200, r)
        for o in r.json:
            merge(o["id"], o)
        for pid in list(seen):
            d = self.srv.get(f"/api/v1/persons/{pid}", token=t)
            self.assertEqual(d.status, 200, d)
            merge(pid, d.json)
        # applications (and their embedded person data) and publicity entries
        apps = self.srv.get("/api/v1/applications", token=t)
        if apps.status == 200:
            for a in apps.json if isinstance(apps.json, list) else apps.json.get("items", []):
                pid = a.get("person_id")
                if pid:
                    merge(pid, a)
                    if isinstance(a.get("person"), dict):
                        merge(pid, a["person"])
        return seen

    def test_every_masked_view_leaves_at_least_1000_numbers(self):
        roles = {"weiyuanhui": "committee_office", "jijian": "supervisor", "renmin_hr": "unit_hr",
                 "linxiazhong_hr": "unit_hr", "weijian": "dept_reviewer", "linxiaxian": "dept_reviewer",
                 "mawende": "expert", "yanghongxia": "applicant"}
        for user, role in roles.items():
            views = self.views(user)
            self.assertTrue(views, f"{user} ({role}) sees nobody: the check would prove nothing")
            for pid, v in views.items():
                if "id_number" not in v:  # only an application's person_id: no number shown
                    continue
                self.assertIn("*", v["id_number"], f"{user} ({role}) gets a full number")
                n = count_candidates(v)
                self.assertGreaterEqual(n, ENOUGH, f"{user} ({role}) narrows {pid} to {n}: {v}")

    def test_the_enumeration_pins_a_full_view(self):
        # The counter is not vacuous: the title office's full view leaves exactly one number,
        # and the old display (prefix, last four, full birth date) left fewer than 1,000.
        views = self.views("zhigaiban")
        self.assertGreaterEqual(len(views), 37)
        for v in views.values():
            self.assertEqual(count_candidates(v), 1, v)
            old = {"id_number": v["id_number"][:4] + "*" * 10 + v["id_number"][-4:],
                   "birth_date": v["birth_date"], "gender": v["gender"]}
            self.assertLess(count_candidates(old), ENOUGH)

    def test_committee_office_sees_only_linked_persons(self):
        everyone = {o["name"]: o["id"] for o in self.srv.get("/api/v1/persons", token=self.token("zhigaiban")).json}
        t = self.token("weiyuanhui")  # 卫生高评会 office
        listed = {o["name"] for o in self.srv.get("/api/v1/persons", token=t).json}
        self.assertIn("马文德", listed)  # its pool's expert
        self.assertIn("王建国", listed)  # an applicant of its round in review
        teachers = {"赵永福", "马秀琴", "韩德林", "杨红霞", "李娜", "马玉芳", "王海燕"}  # 临夏中学
        self.assertFalse(listed & teachers, listed & teachers)
        self.assertLess(len(listed), len(everyone))
        for name in teachers:
            for path in ("", "/retirement"):
                r = self.srv.get(f"/api/v1/persons/{everyone[name]}{path}", token=t)
                self.assertEqual(r.status, 404, (name, path, r))
        # the teachers' own committee office still sees them
        listed2 = {o["name"] for o in self.srv.get("/api/v1/persons", token=self.token("jsgaoping")).json}
        self.assertIn("马玉芳", listed2)


class PoolStepScope(CommitteeBase):
    def test_review_step_only_by_the_units_department(self):
        cid = self.make_committee("高评会-入库审核范围")
        office = self.office_token("office_scope15", cid)
        pid = self.make_expert(40)  # a unit under 州卫生健康委员会
        eid = self.srv.post(f"/api/v1/committees/{cid}/pool", {"person_id": pid}, token=office).json["id"]
        # an HR office of another unit cannot recommend, and learns nothing
        hr_other = self.make_user("hr15_other", ["unit_hr"], org_id=self.units[1])
        self.assertError(self.srv.post(f"/api/v1/pool-entries/{eid}/steps", {"step": "unit_recommended"},
                                       token=hr_other), 404)
        # the expert's own unit recommends; its reply is only what it did (it may not GET the entry)
        hr_own = self.make_user("hr15_own", ["unit_hr"], org_id=self.units[0])
        r = self.srv.post(f"/api/v1/pool-entries/{eid}/steps", {"step": "unit_recommended"}, token=hr_own)
        self.assertEqual(r.status, 200, r)
        self.assertEqual(r.json, {"id": eid, "status": "unit_recommended", "warnings": []})
        county = self.make_org("临夏县职改-15", kind="county_office", region="临夏县")
        other_dept = self.make_org("州教育局-15", kind="department")
        for name, org in (("county15", county), ("edu15", other_dept)):
            tok = self.make_user(name, ["dept_reviewer"], org_id=org)
            r = self.srv.post(f"/api/v1/pool-entries/{eid}/steps", {"step": "dept_reviewed"}, token=tok)
            self.assertError(r, 404)
            self.assertNotIn(pid, r.raw)
            self.assertEqual(self.srv.get(f"/api/v1/pool-entries/{eid}", token=tok).status, 403)
        entry = self.srv.get(f"/api/v1/pool-entries/{eid}", token=office).json
        self.assertEqual(entry["status"], "unit_recommended")
        # the competent department may, and its reply is only what it did
        tok = self.make_user("weijian15", ["dept_reviewer"], org_id=self.dept)
        r = self.srv.post(f"/api/v1/pool-entries/{eid}/steps", {"step": "dept_reviewed"}, token=tok)
        self.assertEqual(r.status, 200, r)
        self.assertEqual(r.json, {"id": eid, "status": "dept_reviewed", "warnings": []})
        self.assertNotIn(pid, r.raw)
        # it may not take the office's steps
        self.assertError(self.srv.post(f"/api/v1/pool-entries/{eid}/steps", {"step": "publicized"}, token=tok), 403)

    def test_office_picks_candidates_without_seeing_everyone(self):
        cid = self.make_committee("高评会-候选人")
        office = self.office_token("office_cand15", cid)
        other = self.office_token("office_cand15b", self.make_committee("高评会-候选人-其他"))
        pid = self.make_expert(41)
        junior = self.make_person(self.units[1], name="中级人员", birth="1985-03-04")
        # not linked yet: the office does not see the person ...
        self.assertError(self.srv.get(f"/api/v1/persons/{pid}", token=office), 404)
        self.assertNotIn(pid, [p["id"] for p in self.srv.get("/api/v1/persons", token=office).json])
        # ... but finds the candidate by name, unit and qualification only
        r = self.srv.get(f"/api/v1/committees/{cid}/pool/candidates", token=office)
        self.assertEqual(r.status, 200, r)
        cand = {c["person_id"]: c for c in r.json}
        self.assertIn(pid, cand)
        self.assertNotIn(junior, cand)  # an intermediate title is no candidate
        self.assertEqual(set(cand[pid]), {"person_id", "name", "unit_id", "unit", "series", "specialty", "level",
                                          "eligible"})
        self.assertTrue(cand[pid]["eligible"])
        for needle in ("id_number", "birth", "phone", "6229"):
            self.assertNotIn(needle, r.raw)
        self.assertError(self.srv.get(f"/api/v1/committees/{cid}/pool/candidates", token=other), 403)
        # applying links the person to the committee: now in the office's scope
        self.assertEqual(self.srv.post(f"/api/v1/committees/{cid}/pool", {"person_id": pid}, token=office).status, 201)
        self.assertEqual(self.srv.get(f"/api/v1/persons/{pid}", token=office).status, 200)
        self.assertNotIn(pid, [c["person_id"] for c in
                               self.srv.get(f"/api/v1/committees/{cid}/pool/candidates", token=office).json])
        self.assertError(self.srv.get(f"/api/v1/persons/{pid}", token=other), 404)


if __name__ == "__main__":
    unittest.main()
