"""Applications (issue 5): every creation check at its boundary through the API, the
pledge and submission, stage-1 unit publicity with objections, the recommendation,
the review route, records, blacklist, self-check and role scope.

Calendar facts used (bundled 2026 calendar): 中秋 2026-09-25..27 off, 国庆 10-01..07 off,
2026-10-10 (Saturday) a make-up working day."""
import datetime
import unittest

from harness import ServerTest

NOTICE = "2026-09-21"

# The official 2026 calendar from 21 September to 30 November, written out here from
# 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04) so that the boundaries below do
# not come from the server: 中秋 09-25..27 and 国庆 10-01..07 off; Sunday 09-20 and
# Saturday 10-10 are make-up working days. Any other date: Monday-Friday works.
HOLIDAYS_2026 = {"2026-09-25", "2026-09-26", "2026-09-27", "2026-10-01", "2026-10-02", "2026-10-03",
                 "2026-10-04", "2026-10-05", "2026-10-06", "2026-10-07"}
MAKEUP_WORKDAYS_2026 = {"2026-09-20", "2026-10-10"}


def is_workday(day):
    if day.isoformat() in HOLIDAYS_2026:
        return False
    return day.isoformat() in MAKEUP_WORKDAYS_2026 or day.weekday() < 5


def nth_workday_after(day, n):
    """The n-th working day after `day` (counting starts the next day), by hand."""
    d = datetime.date.fromisoformat(day)
    assert "2026-09-20" <= day and n <= 40, "the calendar above covers 21 Sep - 30 Nov 2026 only"
    while n:
        d += datetime.timedelta(days=1)
        n -= is_workday(d)
    assert d.isoformat() <= "2026-11-30", d
    return d.isoformat()


# R-APP-WINDOW: the 20th working day after the notice; the county joint review 10 working
# days after that. Counted by hand: 09-22..24 (3), 28..30 (6), 10-08, 09, Saturday 10 (9),
# 12..16 (14), 19..23 (19), Monday 10-26 (20); then 10-27..30 (4), 11-02..06 (9), 11-09 (10).
DEADLINE = nth_workday_after(NOTICE, 20)
JOINT_DEADLINE = nth_workday_after(DEADLINE, 10)
assert (DEADLINE, JOINT_DEADLINE) == ("2026-10-26", "2026-11-09")


class Applications(ServerTest):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        srv, t = cls.srv, cls.root
        srv.set_clock(t, NOTICE + "T10:00:00+08:00")

        def org(name, kind="unit", parent=None, region="州直"):
            body = {"name": name, "kind": kind, "region": region}
            if parent:
                body["parent_id"] = parent
            r = srv.post("/api/v1/orgs", body, token=t)
            assert r.status == 201, r
            return r.json["id"]
        cls.dept = org("州卫生健康委员会", "department")
        cls.unit_a = org("州人民医院", parent=cls.dept)
        cls.unit_b = org("州中医医院", parent=cls.dept)
        cls.county = org("临夏县职改办", "county_office", region="临夏县")
        cls.unit_c = org("临夏县人民医院", parent=cls.county, region="临夏县")

        cls.logins = {}

        def user(name, roles, **binding):
            body = {"username": name, "password": "Strong#Pass-2026", "name": name, "roles": roles}
            body.update(binding)
            r = srv.post("/api/v1/users", body, token=t)
            assert r.status == 201, r
            return srv.login(name, "Strong#Pass-2026")
        cls.office = user("app_office", ["title_office"])
        cls.hr_a = user("app_hr_a", ["unit_hr"], org_id=cls.unit_a)
        cls.hr_b = user("app_hr_b", ["unit_hr"], org_id=cls.unit_b)
        cls.hr_c = user("app_hr_c", ["unit_hr"], org_id=cls.unit_c)
        cls.dept_rev = user("app_dept_rev", ["dept_reviewer"], org_id=cls.dept)
        cls.county_rev = user("app_county_rev", ["dept_reviewer"], org_id=cls.county)
        cls.sup = user("app_sup", ["supervisor"])
        cls.logins = {"office": "app_office", "hr_a": "app_hr_a", "hr_b": "app_hr_b", "hr_c": "app_hr_c",
                      "dept_rev": "app_dept_rev", "county_rev": "app_county_rev", "sup": "app_sup"}
        r = srv.post("/api/v1/committees", {
            "name": "临夏州卫生系列高级职称评审委员会", "level": "senior", "series": "卫生",
            "specialties": ["临床医学", "护理"], "evaluates": ["deputy_senior"],
            "approving_authority": "甘肃省人力资源和社会保障厅", "host_org_id": cls.dept,
            "personnel_scope": "全州卫生系统", "contact_phone": "0930-6212345"}, token=cls.office)
        assert r.status == 201, r
        cls.committee = r.json["id"]
        r = srv.post("/api/v1/rounds", {"committee_id": cls.committee, "year": 2026, "notice_date": NOTICE,
                                        "meeting_date": "2026-12-10"}, token=cls.office)
        assert r.status == 201, r
        cls.round = r.json["id"]
        cls.round_json = r.json

    # -- helpers -----------------------------------------------------------------
    def clock(self, day):
        """Moves the dev clock; a jump idles out every session, so everyone logs in again."""
        cls = type(self)
        r = self.srv.put("/api/v1/admin/clock", {"now": day + "T10:00:00+08:00"}, token=cls.root)
        if r.status == 401:
            cls.root = self.srv.admin()
            r = self.srv.put("/api/v1/admin/clock", {"now": day + "T10:00:00+08:00"}, token=cls.root)
        self.assertEqual(r.status, 200, r)
        cls.root = self.srv.admin()
        for attr, name in cls.logins.items():
            setattr(cls, attr, self.srv.login(name, "Strong#Pass-2026"))

    def apply_body(self, person, **kw):
        body = {"round_id": self.round, "person_id": person, "target_level": "deputy_senior", "series": "卫生",
                "specialty": "临床医学", "promotion_type": "normal",
                "achievements": [{"kind": "paper", "title": "论文一", "date": "2025-03-01"}]}
        body.update(kw)
        return body

    def apply(self, person, token=None, **kw):
        return self.srv.post("/api/v1/applications", self.apply_body(person, **kw), token=token or self.hr_a)

    def new_app(self, unit=None, token=None, **person_kw):
        unit = unit or self.unit_a
        pid = self.make_person(unit, **person_kw)
        r = self.apply(pid, token=token or {self.unit_a: self.hr_a, self.unit_c: self.hr_c,
                                            self.unit_b: self.hr_b}[unit])
        self.assertEqual(r.status, 201, r)
        return r.json["id"], pid

    def submitted(self, unit=None):
        token = {None: self.hr_a, self.unit_a: self.hr_a, self.unit_c: self.hr_c}[unit]
        aid, pid = self.new_app(unit)
        self.assertEqual(self.srv.post(f"/api/v1/applications/{aid}/pledge", {"agree": True}, token=token).status, 200)
        r = self.srv.post(f"/api/v1/applications/{aid}/submit", {}, token=token)
        self.assertEqual(r.status, 200, r)
        return aid, pid

    def publicize(self, unit, token, ids, start):
        return self.srv.post("/api/v1/publicities", {
            "stage": "unit", "round_id": self.round, "unit_id": unit, "application_ids": ids, "start_date": start,
            "posts": {"senior_total": 40, "senior_vacant": 3, "intermediate_total": 120, "intermediate_vacant": 10}},
            token=token)

    def next_workday(self, day):
        return nth_workday_after(day, 1)

    # -- creation ------------------------------------------------------------------
    def test_create_returns_months_per_rule_and_materials(self):
        # R-APP-CUTOFF-YEARS (months to 31 December, from appointment or qualification) and
        # R-APP-ORIGINALS (originals for degrees before 2003, none for ones verifiable online).
        self.clock(NOTICE)
        quals = [{"series": "卫生", "specialty": "临床医学", "level": "assistant", "obtained_on": "2008-07-01",
                  "scope": "province", "how": "exam"},
                 {"series": "卫生", "specialty": "临床医学", "level": "intermediate", "obtained_on": "2012-12-01",
                  "scope": "province", "how": "exam"}]
        appts = [{"level": "assistant", "appointed_on": "2008-09-01"},
                 {"level": "intermediate", "appointed_on": "2013-01-01"}]
        degrees = [{"degree": "bachelor", "institution": "兰州医学院", "kind": "regular", "specialty": "临床医学",
                    "graduated_on": "2001-07-01"},
                   {"degree": "master", "institution": "兰州大学", "kind": "regular", "specialty": "临床医学",
                    "graduated_on": "2010-07-01", "verifiable_online": True}]
        pid = self.make_person(self.unit_a, qualifications=quals, appointments=appts, degrees=degrees)
        r = self.apply(pid)
        self.assertEqual(r.status, 201, r)
        b = r.json
        self.assertEqual(b["status"], "draft")
        # Post-managed: from the appointment month, inclusive, through 2026-12.
        self.assertEqual(b["months_in_level"], 14 * 12)       # 2013-01 .. 2026-12
        self.assertEqual(b["months_total"], 18 * 12 + 4)      # 2008-09 .. 2026-12
        degree_items = [m for m in b["materials"] if "兰州" in m["name"]]
        self.assertEqual(len(degree_items), 2, b["materials"])
        before_2003 = [m for m in degree_items if "兰州医学院" in m["name"]][0]
        online = [m for m in degree_items if "兰州大学" in m["name"]][0]
        self.assertTrue(before_2003["original_required"])
        self.assertFalse(online["original_required"])
        for m in b["materials"]:
            self.assertTrue(m["reason"] or not m["original_required"])
        self.assertEqual(b["warnings"], [])  # every date the counts need is on record
        # R-APP-CUTOFF-YEARS, not post-managed: from the qualification month.
        pid2 = self.make_person(self.unit_a, qualifications=quals, appointments=appts, degrees=degrees,
                                post_managed=False)
        b2 = self.apply(pid2).json
        self.assertEqual(b2["months_in_level"], 14 * 12 + 1)  # 2012-12 .. 2026-12
        self.assertEqual(b2["months_total"], 18 * 12 + 6)     # 2008-07 .. 2026-12
        self.assertEqual(b2["warnings"], [])
        # Post-managed without appointment dates: counted from the qualification months, with a
        # warning per level naming the month used.
        pid3 = self.make_person(self.unit_a, qualifications=quals, appointments=[], degrees=degrees)
        b3 = self.apply(pid3).json
        self.assertEqual((b3["months_in_level"], b3["months_total"]), (14 * 12 + 1, 18 * 12 + 6))
        self.assertEqual([(w["rule"], w["section"], w["message"]) for w in b3["warnings"]], [
            ("R-APP-CUTOFF-YEARS", "§六(六)", "纳入岗位管理的事业单位人员未录入助理级聘任时间，暂按取得资格当月 2008-07 计算任职年限"),
            ("R-APP-CUTOFF-YEARS", "§六(六)", "纳入岗位管理的事业单位人员未录入中级聘任时间，暂按取得资格当月 2012-12 计算任职年限")])

    def test_window_deadline_day_ok_next_working_day_refused(self):
        # The round states the deadlines counted by hand above.
        self.assertEqual((self.round_json["application_deadline"], self.round_json["joint_review_deadline"]),
                         (DEADLINE, JOINT_DEADLINE))
        self.clock(DEADLINE)  # Monday 2026-10-26, the 20th working day: still open
        aid, _ = self.new_app()
        self.clock("2026-10-27")  # the 21st working day: closed
        r = self.apply(self.make_person(self.unit_a))
        self.assertError(r, 422, "rule_violation", "R-APP-WINDOW")
        # Submitting a draft after the deadline is refused as well.
        self.srv.post(f"/api/v1/applications/{aid}/pledge", {"agree": True}, token=self.hr_a)
        self.assertError(self.srv.post(f"/api/v1/applications/{aid}/submit", {}, token=self.hr_a), 422,
                         "rule_violation", "R-APP-WINDOW")

    def test_achievement_cutoff_30_sep_ok_1_oct_refused(self):
        self.clock("2026-10-12")
        ok = self.apply(self.make_person(self.unit_a),
                        achievements=[{"kind": "award", "title": "科技进步奖", "date": "2026-09-30", "level": "州级",
                                       "grade": "一等"}])
        self.assertEqual(ok.status, 201, ok)
        late = self.apply(self.make_person(self.unit_a),
                          achievements=[{"kind": "award", "title": "科技进步奖", "date": "2026-10-01"}])
        self.assertError(late, 422, "rule_violation", "R-APP-CUTOFF-ACHIEVE")
        v = late.json["error"]["violations"][0]
        self.assertEqual(v["section"], "§六(六)")
        # Supplement (补报): same boundary; a future date is a bad request.
        aid = ok.json["id"]
        url = f"/api/v1/applications/{aid}/achievements"
        self.assertEqual(self.srv.post(url, {"kind": "paper", "title": "补报论文", "date": "2026-09-30"},
                                       token=self.hr_a).status, 201)
        self.assertError(self.srv.post(url, {"kind": "paper", "title": "补报论文2", "date": "2026-10-01"},
                                       token=self.hr_a), 422, "rule_violation", "R-APP-CUTOFF-ACHIEVE")
        r = self.srv.post(url, {"kind": "paper", "title": "未来", "date": "2026-10-13"}, token=self.hr_a)
        self.assertError(r, 400, "bad_request")
        self.assertIn("date", r.json["error"]["message"])
        got = self.srv.get(f"/api/v1/applications/{aid}", token=self.hr_a).json
        self.assertEqual([a["title"] for a in got["achievements"] if a["supplement"]], ["补报论文"])

    def test_retirement_reached_by_31_december_refused(self):
        self.clock(NOTICE)
        # Men, original 60: born 1966-07 retires 2026-12 (60 years 5 months); born 1966-08 in 2027-01.
        reach = self.make_person(self.unit_a, birth="1966-07-15")
        self.assertEqual(self.srv.get(f"/api/v1/persons/{reach}/retirement", token=self.root).json["retirement_month"],
                         "2026-12")
        self.assertError(self.apply(reach), 422, "rule_violation", "R-APP-RETIRE")
        stays = self.make_person(self.unit_a, birth="1966-08-15")
        self.assertEqual(self.srv.get(f"/api/v1/persons/{stays}/retirement", token=self.root).json["retirement_month"],
                         "2027-01")
        self.assertEqual(self.apply(stays).status, 201)

    def test_blacklisted_person_refused_and_list_is_restricted(self):
        self.clock(NOTICE)
        pid = self.make_person(self.unit_a)
        self.assertError(self.srv.post("/api/v1/blacklist", {"person_id": pid, "reason": "学历造假"}, token=self.hr_a),
                         403)
        r = self.srv.post("/api/v1/blacklist", {"person_id": pid, "reason": "学历造假"}, token=self.office)
        self.assertEqual(r.status, 201, r)
        self.assertError(self.apply(pid), 422, "rule_violation", "R-APP-BLACKLIST")
        self.assertError(self.srv.post("/api/v1/blacklist", {"person_id": "nope", "reason": "x"}, token=self.office),
                         400)
        for tok in (self.office, self.sup):
            lst = self.srv.get("/api/v1/blacklist", token=tok)
            self.assertEqual(lst.status, 200)
            self.assertIn(pid, [e["person_id"] for e in lst.json])
        self.assertError(self.srv.get("/api/v1/blacklist", token=self.hr_a), 403)
        sc = self.srv.post("/api/v1/self-check", self.apply_body(pid), token=self.hr_a)
        self.assertEqual(sc.status, 200, sc)
        self.assertFalse(sc.json["eligible"])
        self.assertIn("R-APP-BLACKLIST", [v["rule"] for v in sc.json["violations"]])

    def test_level_order_exceptional_needs_basis(self):
        self.clock(NOTICE)
        pid = self.make_person(self.unit_a)  # holds intermediate
        self.assertError(self.apply(pid, target_level="full_senior"), 422, "rule_violation", "R-APP-LEVEL-ORDER")
        self.assertError(self.apply(pid, target_level="full_senior", promotion_type="exceptional"), 422,
                         "rule_violation", "R-APP-LEVEL-ORDER")
        r = self.apply(pid, target_level="full_senior", promotion_type="exceptional",
                       exceptional_basis="获省部级科技进步一等奖（排名第一）")
        self.assertEqual(r.status, 201, r)

    def test_unknown_series_or_specialty_is_400_naming_the_field(self):
        self.clock(NOTICE)
        pid = self.make_person(self.unit_a)
        r = self.apply(pid, series="炼丹")
        self.assertError(r, 400, "bad_request")
        self.assertIn("series", r.json["error"]["message"])
        r = self.apply(pid, specialty="炼丹")
        self.assertError(r, 400, "bad_request")
        self.assertIn("specialty", r.json["error"]["message"])
        r = self.apply(pid, promotion_type="jump")
        self.assertError(r, 400)
        self.assertError(self.srv.request("POST", "/api/v1/applications", raw=b"{", token=self.hr_a), 400)

    def test_self_check_creates_nothing(self):
        self.clock(NOTICE)
        pid = self.make_person(self.unit_a, birth="1966-07-15")
        before = len(self.srv.get(f"/api/v1/applications?unit_id={self.unit_a}", token=self.hr_a).json)
        r = self.srv.post("/api/v1/self-check", self.apply_body(pid), token=self.hr_a)
        self.assertEqual(r.status, 200, r)
        self.assertFalse(r.json["eligible"])
        self.assertIn("R-APP-RETIRE", [v["rule"] for v in r.json["violations"]])
        self.assertEqual(r.json["months_in_level"], 14 * 12)
        self.assertTrue(r.json["materials"])
        ok = self.srv.post("/api/v1/self-check", self.apply_body(self.make_person(self.unit_a)), token=self.hr_a)
        self.assertTrue(ok.json["eligible"], ok)
        after = len(self.srv.get(f"/api/v1/applications?unit_id={self.unit_a}", token=self.hr_a).json)
        self.assertEqual(before, after)
        # Another unit's person is not found for unit_hr.
        self.assertError(self.srv.post("/api/v1/self-check", self.apply_body(pid), token=self.hr_b), 404)

    # -- scope -----------------------------------------------------------------------
    def test_unit_hr_never_sees_another_units_applications(self):
        self.clock(NOTICE)
        aid, pid = self.new_app(self.unit_a)
        self.assertError(self.srv.get(f"/api/v1/applications/{aid}", token=self.hr_b), 404)
        ids = [a["id"] for a in self.srv.get(f"/api/v1/applications?round_id={self.round}", token=self.hr_b).json]
        self.assertNotIn(aid, ids)
        ids = [a["id"] for a in self.srv.get(f"/api/v1/applications?unit_id={self.unit_a}", token=self.hr_b).json]
        self.assertEqual(ids, [])
        self.assertIn(aid, [a["id"] for a in self.srv.get(f"/api/v1/applications?unit_id={self.unit_a}",
                                                          token=self.hr_a).json])
        self.assertError(self.srv.post(f"/api/v1/applications/{aid}/pledge", {"agree": True}, token=self.hr_b), 404)
        self.assertError(self.apply(pid, token=self.hr_b), 403)
        # The applicant sees their own application only.
        me = self.make_user("app_self", ["applicant"], person_id=pid)
        self.assertEqual(self.srv.get(f"/api/v1/applications/{aid}", token=me).status, 200)
        other, _ = self.new_app(self.unit_a)
        self.assertError(self.srv.get(f"/api/v1/applications/{other}", token=me), 404)
        self.assertEqual([a["id"] for a in self.srv.get("/api/v1/applications", token=me).json], [aid])
        # An applicant applies for themself only, and cannot recommend.
        pid2 = self.make_person(self.unit_a)
        me2 = self.make_user("app_self2", ["applicant"], person_id=pid2)
        self.assertError(self.apply(pid, token=me2), 403)
        mine = self.apply(pid2, token=me2)
        self.assertEqual(mine.status, 201, mine)
        self.assertError(self.srv.post(f"/api/v1/applications/{mine.json['id']}/recommend", {}, token=me2), 403)
        # Supervisors read everything; the dept reviewer sees the units under it only.
        self.assertEqual(self.srv.get(f"/api/v1/applications/{aid}", token=self.sup).status, 200)
        self.assertEqual(self.srv.get(f"/api/v1/applications/{aid}", token=self.dept_rev).status, 200)
        self.assertError(self.srv.get(f"/api/v1/applications/{aid}", token=self.county_rev), 404)

    # -- pledge, publicity, objections, recommendation, reviews -----------------------
    def test_full_flow_州直(self):
        self.clock("2026-09-28")
        aid, pid = self.new_app(self.unit_a)
        url = f"/api/v1/applications/{aid}"
        self.assertError(self.srv.post(url + "/submit", {}, token=self.hr_a), 422, "rule_violation", "R-APP-PLEDGE")
        self.assertError(self.srv.post(url + "/pledge", {"agree": False}, token=self.hr_a), 422, "rule_violation",
                         "R-APP-PLEDGE")
        self.assertEqual(self.srv.post(url + "/pledge", {"agree": True}, token=self.hr_a).status, 200)
        r = self.srv.post(url + "/submit", {}, token=self.hr_a)
        self.assertEqual(r.json["status"], "submitted", r)
        self.assertError(self.srv.post(url + "/recommend", {}, token=self.hr_a), 422, "rule_violation",
                         "R-PUB-TWO-STAGE")
        # R-PUB-DURATION: publicity over 国庆 with the make-up Saturday 10-10: 09-30, 10-08, 10-09,
        # 10-10, 10-12.
        self.assertError(self.publicize(self.unit_a, self.hr_b, [aid], "2026-09-30"), 403)
        p = self.publicize(self.unit_a, self.hr_a, [aid], "2026-09-30")
        self.assertEqual(p.status, 201, p)
        self.assertEqual(p.json["end_date"], "2026-10-12")
        self.assertEqual(self.srv.get("/api/v1/calendar/workdays?start=2026-09-30&count=5", token=self.root)
                         .json["end"], "2026-10-12")
        pub = p.json["id"]
        # Public view: content fields only, no id_number or phone anywhere.
        person = self.srv.get(f"/api/v1/persons/{pid}", token=self.root).json
        view = self.srv.get(f"/api/v1/public/publicities/{pub}")
        self.assertEqual(view.status, 200, view)
        self.assertNotIn(person["id_number"], view.raw)
        self.assertNotIn(person["phone"], view.raw)
        self.assertNotIn(person["id_number"][-6:], view.raw)
        self.assertNotIn("id_number", view.raw)
        self.assertNotIn("phone", view.raw)
        self.assertNotIn(person["birth_date"], view.raw)
        entry = view.json["persons"][0]
        for f in ("name", "unit", "birth_month", "education", "work_history", "work_years", "qualification_date",
                  "appointment_date", "assessments", "achievements"):
            self.assertIn(f, entry)
        self.assertEqual(entry["birth_month"], person["birth_date"][:7])
        self.assertEqual(view.json["posts"]["senior_vacant"], 3)
        lst = self.srv.get("/api/v1/public/publicities")
        self.assertIn(pub, [x["id"] for x in lst.json])
        self.assertNotIn(person["id_number"], lst.raw)
        # Still running on its last day.
        self.clock("2026-10-12")
        self.assertError(self.srv.post(url + "/recommend", {}, token=self.hr_a), 422, "rule_violation",
                         "R-PUB-TWO-STAGE")
        obj = f"/api/v1/public/publicities/{pub}/objections"
        reg = self.srv.post(obj, {"application_id": aid, "name": "张三", "contact": "13900000000",
                                  "content": "论文存疑"})
        self.assertEqual(reg.status, 201, reg)
        self.assertEqual(reg.json["status"], "registered")
        anon = self.srv.post(obj, {"application_id": aid, "name": "", "contact": "13900000000", "content": "匿名"})
        self.assertEqual(anon.json["status"], "anonymous")
        self.clock("2026-10-13")
        late = self.srv.post(obj, {"application_id": aid, "name": "李四", "contact": "13900000001", "content": "逾期"})
        self.assertEqual(late.json["status"], "late")
        self.assertIn("R-OBJ-FORM", [w["rule"] for w in late.json["warnings"]])
        self.assertError(self.srv.post(obj, {"application_id": "nope", "name": "a", "contact": "b", "content": "c"}),
                         400)
        # Publicity over, but the registered objection is open.
        r = self.srv.post(url + "/recommend", {}, token=self.hr_a)
        self.assertError(r, 422, "rule_violation", "R-OBJ-HANDLE")
        self.assertNotIn("R-PUB-TWO-STAGE", r.violations())
        res = f"/api/v1/objections/{reg.json['id']}/resolve"
        self.assertError(self.srv.post(res, {"finding": "核查属实与否", "reply": "", "upheld": False}, token=self.hr_a),
                         422, "rule_violation", "R-OBJ-HANDLE")
        self.assertError(self.srv.post(res, {"finding": "x", "reply": "y", "upheld": False}, token=self.hr_b), 404)
        ok = self.srv.post(res, {"finding": "经核查论文真实", "reply": "已书面回复张三", "upheld": False}, token=self.hr_a)
        self.assertEqual(ok.status, 200, ok)
        self.assertError(self.srv.post(res, {"finding": "x", "reply": "y", "upheld": False}, token=self.hr_a), 409)
        self.assertError(self.srv.post(url + "/recommend", {}, token=self.dept_rev), 403)
        r = self.srv.post(url + "/recommend", {}, token=self.hr_a)
        self.assertEqual(r.status, 200, r)
        self.assertEqual(r.json["status"], "recommended")
        # Route for 州直: dept, then joint; county is not on it; joint first is out of order.
        rev = url + "/reviews"
        self.assertError(self.srv.post(rev, {"stage": "joint", "decision": "pass", "opinion": "同意"},
                                       token=self.office), 422, "rule_violation", "R-APP-ROUTE")
        self.assertError(self.srv.post(rev, {"stage": "county", "decision": "pass", "opinion": "同意"},
                                       token=self.office), 422, "rule_violation", "R-APP-ROUTE")
        self.assertError(self.srv.post(rev, {"stage": "dept", "decision": "pass", "opinion": "同意"},
                                       token=self.county_rev), 404)
        self.assertError(self.srv.post(rev, {"stage": "later", "decision": "pass", "opinion": "同意"},
                                       token=self.office), 400)
        r = self.srv.post(rev, {"stage": "dept", "decision": "pass", "opinion": "同意推荐"}, token=self.dept_rev)
        self.assertEqual(r.status, 200, r)
        self.assertEqual(r.json["status"], "recommended")
        r = self.srv.post(rev, {"stage": "joint", "decision": "pass", "opinion": "联审通过"}, token=self.office)
        self.assertEqual(r.json["status"], "reviewed", r)
        got = self.srv.get(url, token=self.hr_a).json
        self.assertEqual(got["status"], "reviewed")
        actions = [h["action"] for h in got["history"]]
        for a in ("create", "pledge", "submit", "publicity.unit", "objection.registered", "recommend",
                  "review.dept.pass", "review.joint.pass"):
            self.assertIn(a, actions)
        for h in got["history"]:
            self.assertTrue(h["at"].endswith("+08:00"))
            self.assertTrue(h["by"])
        audit = self.srv.get("/api/v1/audit?limit=1000", token=self.root).json
        acts = {e["action"] for e in (audit if isinstance(audit, list) else audit.get("entries", []))}
        for a in ("application.create", "application.submit", "publicity.create", "objection.create",
                  "objection.resolve", "application.recommend", "application.review"):
            self.assertIn(a, acts)

    def test_upheld_objection_returns_the_application_until_resubmitted_and_publicised_again(self):
        self.clock("2026-09-28")
        aid, _ = self.submitted(self.unit_a)
        url = f"/api/v1/applications/{aid}"
        p = self.publicize(self.unit_a, self.hr_a, [aid], "2026-09-28")  # ends 10-09
        self.assertEqual(p.status, 201, p)
        self.clock("2026-10-09")
        reg = self.srv.post(f"/api/v1/public/publicities/{p.json['id']}/objections",
                            {"application_id": aid, "name": "王五", "contact": "13900000005", "content": "业绩不实"})
        self.assertEqual(reg.json["status"], "registered", reg)
        self.clock("2026-10-10")
        self.assertError(self.srv.post(url + "/recommend", {}, token=self.hr_a), 422, "rule_violation", "R-OBJ-HANDLE")
        r = self.srv.post(f"/api/v1/objections/{reg.json['id']}/resolve",
                          {"finding": "经核查论文二未发表，属实", "reply": "已书面回复王五", "upheld": True}, token=self.hr_a)
        self.assertEqual(r.status, 200, r)
        got = self.srv.get(url, token=self.hr_a).json
        self.assertEqual(got["status"], "returned")
        actions = [h["action"] for h in got["history"]]
        self.assertIn("objection.upheld", actions)
        # Not recommended, not publicised as it stands.
        self.assertError(self.srv.post(url + "/recommend", {}, token=self.hr_a), 409)
        self.assertError(self.publicize(self.unit_a, self.hr_a, [aid], "2026-10-12"), 409)
        # Corrected and resubmitted: the old publicity no longer counts.
        r = self.srv.post(url + "/submit", {}, token=self.hr_a)
        self.assertEqual(r.json["status"], "submitted", r)
        r = self.srv.post(url + "/recommend", {}, token=self.hr_a)
        self.assertError(r, 422, "rule_violation", "R-OBJ-HANDLE")
        p2 = self.publicize(self.unit_a, self.hr_a, [aid], "2026-10-12")
        self.assertEqual(p2.status, 201, p2)
        # R-PUB-DURATION: 5 working days from Monday 10-12 end on Friday 10-16.
        self.assertEqual(p2.json["end_date"], "2026-10-16")
        self.clock(self.next_workday("2026-10-16"))  # Monday 10-19
        r = self.srv.post(url + "/recommend", {}, token=self.hr_a)
        self.assertEqual(r.status, 200, r)
        self.assertEqual(r.json["status"], "recommended")
        audit = self.srv.get("/api/v1/audit?limit=1000", token=self.root).json
        entries = audit if isinstance(audit, list) else audit.get("entries", [])
        res = [e for e in entries if e["action"] == "objection.resolve"
               and e.get("target") == f"objection:{reg.json['id']}"]
        self.assertEqual(len(res), 1, res)
        self.assertEqual(res[0]["data"]["application_status"], {"from": "submitted", "to": "returned"})

    def test_county_route_return_and_resubmit_and_late_review(self):
        self.clock("2026-09-28")
        aid, _ = self.submitted(self.unit_c)
        late_aid, _ = self.submitted(self.unit_a)
        ontime_aid, _ = self.submitted(self.unit_a)
        self.assertEqual(self.publicize(self.unit_c, self.hr_c, [aid], "2026-09-28").status, 201)
        self.assertEqual(self.publicize(self.unit_a, self.hr_a, [late_aid, ontime_aid], "2026-09-28").status, 201)
        self.clock("2026-10-10")  # after the end 10-09
        self.assertEqual(self.srv.post(f"/api/v1/applications/{aid}/recommend", {}, token=self.hr_c).status, 200)
        for a in (late_aid, ontime_aid):
            self.assertEqual(self.srv.post(f"/api/v1/applications/{a}/recommend", {}, token=self.hr_a).status, 200)
        rev = f"/api/v1/applications/{aid}/reviews"
        self.assertError(self.srv.post(rev, {"stage": "dept", "decision": "pass", "opinion": "x"},
                                       token=self.office), 422, "rule_violation", "R-APP-ROUTE")
        r = self.srv.post(rev, {"stage": "county", "decision": "return", "opinion": "补充继续教育证明"},
                          token=self.county_rev)
        self.assertEqual(r.json["status"], "returned", r)
        r = self.srv.post(f"/api/v1/applications/{aid}/submit", {}, token=self.hr_c)
        self.assertEqual(r.json["status"], "submitted", r)
        self.assertEqual(self.srv.post(f"/api/v1/applications/{aid}/recommend", {}, token=self.hr_c).status, 200)
        self.assertEqual(self.srv.post(rev, {"stage": "county", "decision": "pass", "opinion": "同意"},
                                       token=self.county_rev).status, 200)
        r = self.srv.post(rev, {"stage": "joint", "decision": "reject", "opinion": "业绩不足"}, token=self.office)
        self.assertEqual(r.json["status"], "rejected", r)
        # R-APP-LATE: on the joint-review deadline (2026-11-09, counted by hand above) a dept
        # review is on time; on the next working day it is late: treated as not applying.
        self.clock(JOINT_DEADLINE)
        r = self.srv.post(f"/api/v1/applications/{ontime_aid}/reviews",
                          {"stage": "dept", "decision": "pass", "opinion": "同意"}, token=self.dept_rev)
        self.assertEqual(r.status, 200, r)
        self.clock("2026-11-10")
        r = self.srv.post(f"/api/v1/applications/{late_aid}/reviews",
                          {"stage": "dept", "decision": "pass", "opinion": "同意"}, token=self.dept_rev)
        self.assertError(r, 422, "rule_violation", "R-APP-LATE")

    def test_publicity_rules(self):
        self.clock("2026-09-28")
        aid, _ = self.submitted()
        draft, _ = self.new_app()
        body = {"stage": "unit", "round_id": self.round, "unit_id": self.unit_a, "application_ids": [aid],
                "start_date": "2026-09-30"}
        self.assertError(self.srv.post("/api/v1/publicities", body, token=self.hr_a), 422, "rule_violation",
                         "R-PUB-UNIT-CONTENT")
        self.assertError(self.publicize(self.unit_a, self.hr_a, [draft], "2026-09-30"), 409)
        # Stage 2 is not the unit's to announce.
        r = self.srv.post("/api/v1/publicities", dict(body, stage="committee"), token=self.hr_a)
        self.assertError(r, 403, "forbidden")
        self.assertError(self.srv.post("/api/v1/publicities", dict(body, stage="county"), token=self.hr_a), 400)
        self.assertError(self.publicize(self.unit_a, self.hr_a, [aid], "2026-09-01"), 400)
        r = self.publicize(self.unit_a, self.hr_a, [aid], "2027-03-01")
        self.assertError(r, 422, "rule_violation", "R-CAL-DATA")
        self.assertIn("2027", r.json["error"]["violations"][0]["message"])
        self.assertError(self.srv.get("/api/v1/public/publicities/nope"), 404)
        # Content the record lacks (continuing education, workload) is reported as a warning.
        r = self.publicize(self.unit_a, self.hr_a, [aid], "2026-09-30")
        self.assertEqual(r.status, 201, r)
        self.assertIn("R-PUB-UNIT-CONTENT", [w["rule"] for w in r.json["warnings"]])
        pid = self.make_person(self.unit_a)
        full = self.apply(pid, continuing_education="已完成 2025 年度继续教育 90 学时", workload="年门诊量 6000 人次")
        self.assertEqual(full.status, 201, full)
        fid = full.json["id"]
        self.srv.post(f"/api/v1/applications/{fid}/pledge", {"agree": True}, token=self.hr_a)
        self.assertEqual(self.srv.post(f"/api/v1/applications/{fid}/submit", {}, token=self.hr_a).status, 200)
        r = self.publicize(self.unit_a, self.hr_a, [fid], "2026-09-30")
        self.assertEqual(r.json["warnings"], [], r)
        view = self.srv.get(f"/api/v1/public/publicities/{r.json['id']}").json
        self.assertEqual(view["persons"][0]["workload"], "年门诊量 6000 人次")
        # Withdrawal by the unit; a withdrawn application cannot be submitted again.
        w = self.srv.post(f"/api/v1/applications/{draft}/withdraw", {"reason": "本人放弃"}, token=self.hr_a)
        self.assertEqual(w.json["status"], "withdrawn", w)
        self.assertError(self.srv.post(f"/api/v1/applications/{draft}/submit", {}, token=self.hr_a), 409)
        self.assertError(self.srv.post(f"/api/v1/applications/{draft}/withdraw", {}, token=self.hr_b), 404)

    # -- full-process records -----------------------------------------------------------
    def test_recommendation_record_and_social_evaluations(self):
        self.clock(NOTICE)
        aid, _ = self.new_app()
        rec = {"date": "2026-09-21", "attendees": ["院长", "书记", "工会主席"], "remarks_summary": "一致同意",
               "chosen": ["测试人员"], "publicity_meeting": "院务会确定公示对象", "time": "2026-09-30 至 2026-10-12",
               "place": "医院公示栏", "objection_handling": "无异议", "signed_by_head": "王院长",
               "signed_by_recorder": "李记录"}
        url = f"/api/v1/applications/{aid}/recommendation-record"
        r = self.srv.post(url, dict(rec, signed_by_recorder=""), token=self.hr_a)
        self.assertError(r, 422, "rule_violation", "R-RECORD-ALL")
        self.assertError(self.srv.post(url, rec, token=self.hr_b), 404)
        r = self.srv.post(url, rec, token=self.hr_a)
        self.assertEqual(r.status, 201, r)
        self.assertTrue(r.json["original_materials"])

        def party(name):
            return {"party": name, "organiser": "医务科", "person_in_charge": "赵科长", "time": "2026-09-10",
                    "place": "门诊楼", "participants": ["代表甲", "代表乙"], "summary": "评价良好", "result": "优秀"}
        url = f"/api/v1/applications/{aid}/social-evaluations"
        r = self.srv.post(url, {"kind": "doctor", "parties": [party("patients"), party("doctors")],
                                "publicity": "院内公示"}, token=self.hr_a)
        self.assertError(r, 422, "rule_violation", "R-RECORD-ALL")
        r = self.srv.post(url, {"kind": "doctor", "parties": [party("patients"), party("doctors"), party("hospital")],
                                "publicity": "院内公示"}, token=self.hr_a)
        self.assertEqual(r.status, 201, r)
        r = self.srv.post(url, {"kind": "teacher", "parties": [party("students"), party("parents"), party("teachers")],
                                "publicity": "校内公示"}, token=self.hr_a)
        self.assertError(r, 422, "rule_violation", "R-RECORD-ALL")
        r = self.srv.post(url, {"kind": "teacher", "parties": [party("students"), party("parents"), party("teachers"),
                                                               party("school")], "publicity": "校内公示"},
                          token=self.hr_a)
        self.assertEqual(r.status, 201, r)
        self.assertError(self.srv.post(url, {"kind": "nurse", "parties": [], "publicity": "x"}, token=self.hr_a), 400)

    def test_bad_inputs_are_4xx_never_500(self):
        self.clock(NOTICE)
        aid, pid = self.new_app()
        cases = [
            ("/api/v1/applications", {}),
            ("/api/v1/applications", {"round_id": 1}),
            ("/api/v1/applications", self.apply_body(pid, achievements=[1])),
            ("/api/v1/applications", self.apply_body(pid, achievements=[{"kind": "p", "title": "t", "date": "2026-02-30"}])),
            ("/api/v1/applications", self.apply_body("nope")),
            ("/api/v1/applications", self.apply_body(pid, round_id="nope")),
            ("/api/v1/applications", self.apply_body(pid, target_level="emperor")),
            (f"/api/v1/applications/{aid}/achievements", {"kind": "p"}),
            (f"/api/v1/applications/{aid}/pledge", {"agree": "yes"}),
            (f"/api/v1/applications/{aid}/reviews", {"stage": "dept"}),
            (f"/api/v1/applications/{aid}/reviews", {"stage": "dept", "decision": "maybe", "opinion": "x"}),
            (f"/api/v1/applications/{aid}/recommendation-record", {"date": "x"}),
            (f"/api/v1/applications/{aid}/social-evaluations", {"kind": "doctor", "parties": [{"x": 1}]}),
            (f"/api/v1/applications/{aid}/social-evaluations", {"kind": "doctor", "parties": "all"}),
            ("/api/v1/applications/nope/submit", {}),
            ("/api/v1/applications/nope/recommend", {}),
            ("/api/v1/publicities", {"stage": "unit"}),
            ("/api/v1/publicities", {"stage": "unit", "round_id": self.round, "unit_id": self.unit_a,
                                     "application_ids": ["nope"], "start_date": "2026-09-30",
                                     "posts": {"senior_total": 1, "senior_vacant": 2, "intermediate_total": 0,
                                               "intermediate_vacant": 0}}),
            ("/api/v1/public/publicities/nope/objections", {"application_id": aid, "content": "x"}),
            ("/api/v1/objections/nope/resolve", {"finding": "a", "reply": "b", "upheld": True}),
            ("/api/v1/blacklist", {"person_id": pid}),
            ("/api/v1/blacklist", {"person_id": pid, "reason": "x", "until": "2020-01-01"}),
            ("/api/v1/self-check", {"person_id": pid}),
            ("/api/v1/self-check", self.apply_body(pid, round_id="nope")),
        ]
        for path, body in cases:
            for tok in (self.hr_a, self.office):
                r = self.srv.post(path, body, token=tok)
                self.assertTrue(400 <= r.status < 500, (path, body, r))
                self.assertIn("error", r.json, r)
        self.assertEqual(self.srv.post(f"/api/v1/applications/{aid}/submit", {}).status, 401)
        self.assertEqual(self.srv.get("/api/v1/openapi.json").status, 200)
        paths = self.srv.get("/api/v1/openapi.json").json["paths"]
        for p in ("/api/v1/applications", "/api/v1/publicities", "/api/v1/public/publicities/{id}/objections",
                  "/api/v1/objections/{id}/resolve", "/api/v1/blacklist", "/api/v1/self-check"):
            self.assertIn(p, paths)


if __name__ == "__main__":
    unittest.main()
