"""Committees, setup applications, rosters and their confidentiality (issue 4, §一),
expert pools (§二) and rounds (§六): each rule at its boundary through the API."""
import unittest

from harness import ServerTest

SENIOR = {"series": "卫生", "specialty": "临床医学", "level": "deputy_senior",
          "obtained_on": "2020-01-01", "scope": "province", "how": "review"}
RULE_DOCS = ["评审规则", "评审标准", "品德评价办法", "答辩办法及工作规则", "公示办法", "诚信责任承诺办法",
             "工作机构运行规则", "回避制度", "保密制度", "评审监督制度", "投诉举报受理制度"]


class CommitteeBase(ServerTest):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        srv, t = cls.srv, cls.root
        srv.set_clock(t, "2026-06-01T09:00:00+08:00")
        mk = lambda body: srv.post("/api/v1/orgs", body, token=t).json["id"]
        cls.bureau = mk({"name": "州人社局", "kind": "bureau", "region": "州直"})
        cls.dept = mk({"name": "州卫生健康委员会", "kind": "department", "region": "州直"})
        cls.units = [mk({"name": f"州医院{i}", "kind": "unit", "parent_id": cls.dept, "region": "州直"})
                     for i in range(4)]

    # helpers -----------------------------------------------------------------
    def office_token(self, name, committee_id):
        return self.make_user(name, ["committee_office"], committee_id=committee_id)

    def title_office(self):
        if not hasattr(type(self), "_to"):
            type(self)._to = self.make_user("title_office_" + type(self).__name__.lower(), ["title_office"],
                                            org_id=self.bureau)
        return type(self)._to

    def committee_body(self, name, level="senior", **kw):
        body = {"name": name, "level": level, "series": "卫生", "specialties": ["临床医学"],
                "evaluates": ["deputy_senior"] if level == "senior" else ["intermediate"],
                "approving_authority": "省人社厅" if level == "senior" else "州人社局",
                "host_org_id": self.dept, "personnel_scope": "全州卫生系统", "contact_phone": "0930-6212345"}
        body.update(kw)
        return body

    def make_committee(self, name, level="senior", **kw):
        r = self.srv.post("/api/v1/committees", self.committee_body(name, level, **kw), token=self.title_office())
        self.assertEqual(r.status, 201, r)
        return r.json["id"]

    def make_expert(self, i, qual=None, appointed="2020-01-01", **kw):
        q = dict(SENIOR, **(qual or {}))
        extra = dict(qualifications=[q], appointments=[{"level": q["level"], "appointed_on": appointed}],
                     assessments=[{"year": 2024, "result": "competent"}, {"year": 2025, "result": "excellent"}])
        birth = kw.pop("birth", f"19{70 + i % 20}-0{1 + i % 9}-1{i % 9}")
        extra.update(kw)
        return self.make_person(self.units[i % len(self.units)], name=f"专家{i}", birth=birth, **extra)

    def experts(self, n, start=0):
        return [self.make_expert(start + i) for i in range(n)]

    def roster(self, ids):
        return {"members": [{"person_id": p, "role": "chair" if i == 0 else "vice_chair" if i == 1 else "member",
                             "professional": True} for i, p in enumerate(ids)]}


class Committees(CommitteeBase):
    def test_levels_no_junior_committee(self):
        to = self.title_office()
        r = self.srv.post("/api/v1/committees", self.committee_body("初级评委会", level="junior"), token=to)
        self.assertError(r, 422, "rule_violation", "R-COM-LEVELS")
        r = self.srv.post("/api/v1/committees",
                          self.committee_body("中评会X", level="intermediate", evaluates=["assistant"]), token=to)
        self.assertError(r, 422, "rule_violation", "R-COM-LEVELS")
        self.assertTrue(all(v["section"] for v in r.json["error"]["violations"]))
        r = self.srv.post("/api/v1/committees",
                          self.committee_body("中评会Y", level="intermediate", evaluates=["deputy_senior"]), token=to)
        self.assertError(r, 422, "rule_violation", "R-COM-LEVELS")

    def test_authority_must_fit_level(self):
        to = self.title_office()
        r = self.srv.post("/api/v1/committees", self.committee_body("高评会A", approving_authority="州人社局"), token=to)
        self.assertError(r, 422, "rule_violation", "R-COM-AUTHORITY")
        r = self.srv.post("/api/v1/committees",
                          self.committee_body("中评会A", level="intermediate", approving_authority="省人社厅"), token=to)
        self.assertError(r, 422, "rule_violation", "R-COM-AUTHORITY")

    def test_bad_input_is_400_and_roles(self):
        to = self.title_office()
        body = self.committee_body("高评会B")
        body["series"] = "炼丹"
        r = self.srv.post("/api/v1/committees", body, token=to)
        self.assertError(r, 400, "bad_request")
        self.assertIn("series", r.json["error"]["message"])
        body = self.committee_body("高评会B")
        del body["contact_phone"]
        r = self.srv.post("/api/v1/committees", body, token=to)
        self.assertError(r, 400)
        self.assertIn("contact_phone", r.json["error"]["message"])
        hr = self.make_user("hr_com", ["unit_hr"], org_id=self.units[0])
        self.assertError(self.srv.post("/api/v1/committees", self.committee_body("X"), token=hr), 403)
        self.assertError(self.srv.post("/api/v1/committees", self.committee_body("X")), 401)

    def test_public_list_has_contacts_and_no_members(self):
        cid = self.make_committee("卫生系列高级职称评审委员会")
        r = self.srv.get("/api/v1/committees")
        self.assertEqual(r.status, 200, r)
        entry = [c for c in r.json if c["id"] == cid][0]
        for k in ("name", "level", "series", "specialties", "evaluates", "personnel_scope", "host_org_id",
                  "contact_phone"):
            self.assertIn(k, entry)
        self.assertNotIn("members", entry)
        # R-COM-PUBLIC-LIST: an entry that would be published without its personnel scope or
        # contact phone is refused, each missing field named.
        r = self.srv.post("/api/v1/committees", self.committee_body("高评会-无电话", personnel_scope="  ",
                                                                   contact_phone=" "), token=self.title_office())
        self.assertError(r, 422, "rule_violation", "R-COM-PUBLIC-LIST")
        self.assertEqual(sorted(v["message"] for v in r.json["error"]["violations"]),
                         ["评委会清单缺少联系电话", "评委会清单缺少评审人员范围"])
        self.assertNotIn("高评会-无电话", [c["name"] for c in self.srv.get("/api/v1/committees").json])
        self.assertEqual(self.srv.get("/api/v1/committees/" + cid).status, 200)
        self.assertEqual(self.srv.get("/api/v1/committees/nope").status, 404)
        # Filing with the provincial title office.
        r = self.srv.post(f"/api/v1/committees/{cid}/filing", {"filed_on": "2026-05-20", "doc_no": "甘职改备〔2026〕3号"},
                          token=self.title_office())
        self.assertEqual(r.status, 200, r)
        self.assertEqual(r.json["filed_on"], "2026-05-20")
        self.assertError(self.srv.post(f"/api/v1/committees/{cid}/filing", {"filed_on": "2026-5-20"},
                                       token=self.title_office()), 400)

    def test_setup_application(self):
        to = self.title_office()
        base = self.committee_body("卫生系列中级评委会", level="intermediate")
        base.update({"workforce_status": "在职中级 40 人", "reason": "本系列评审需要", "specialty_scope": "临床医学",
                     "workforce": 40, "evaluates_lower": False})
        body = dict(base, rule_documents=RULE_DOCS[:-1])
        r = self.srv.post("/api/v1/committee-applications", body, token=to)
        self.assertError(r, 422, "rule_violation", "R-COM-SETUP")
        self.assertIn("投诉举报受理制度", r.raw)
        body = dict(base, rule_documents=RULE_DOCS)
        del body["evaluates_lower"]
        self.assertError(self.srv.post("/api/v1/committee-applications", body, token=to), 422, rule="R-COM-SETUP")
        # Complete, workforce below ≈50: a warning, not a block.
        r = self.srv.post("/api/v1/committee-applications", dict(base, rule_documents=RULE_DOCS), token=to)
        self.assertEqual(r.status, 201, r)
        self.assertIn("R-COM-SETUP", [w["rule"] for w in r.json["warnings"]])
        r2 = self.srv.post("/api/v1/committee-applications",
                           dict(base, rule_documents=RULE_DOCS, workforce=50, name="另一中评会"), token=to)
        self.assertEqual(r2.status, 201, r2)
        self.assertEqual(r2.json["warnings"], [])
        r = self.srv.post(f"/api/v1/committee-applications/{r.json['id']}/approve", token=to)
        self.assertEqual(r.status, 201, r)
        self.assertEqual(r.json["level"], "intermediate")
        self.assertEqual(self.srv.get("/api/v1/committees/" + r.json["id"]).status, 200)


class Rosters(CommitteeBase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.ids = None

    def pool_of(self, n):
        if type(self).ids is None:
            type(self).ids = self.experts(27)
        return type(self).ids[:n]

    def test_size_18_vs_19(self):
        cid = self.make_committee("高评会-规模")
        office = self.office_token("office_size", cid)
        ids = self.pool_of(19)
        r = self.srv.put(f"/api/v1/committees/{cid}/roster/2026", self.roster(ids[:18]), token=office)
        self.assertError(r, 422, "rule_violation", "R-COM-SIZE")
        r = self.srv.put(f"/api/v1/committees/{cid}/roster/2026", self.roster(ids), token=office)
        self.assertEqual(r.status, 200, r)
        self.assertEqual(r.json["warnings"], [])  # 19 experts born 1970–1988: the young share is met
        # No chair → R-COM-SIZE too.
        body = self.roster(ids)
        body["members"][0]["role"] = "member"
        self.assertError(self.srv.put(f"/api/v1/committees/{cid}/roster/2026", body, token=office), 422,
                         rule="R-COM-SIZE")

    def test_intermediate_size_14_vs_15_and_one_vice_chair(self):
        cid = self.make_committee("中评会-规模", level="intermediate")
        office = self.office_token("office_isize", cid)
        ids = self.pool_of(16)
        path = f"/api/v1/committees/{cid}/roster/2026"
        self.assertError(self.srv.put(path, self.roster(ids[:14]), token=office), 422, rule="R-COM-SIZE")
        two_vices = self.roster(ids[:15])
        two_vices["members"][2]["role"] = "vice_chair"
        self.assertError(self.srv.put(path, two_vices, token=office), 422, rule="R-COM-SIZE")
        self.assertEqual(self.srv.put(path, self.roster(ids[:15]), token=office).status, 200)

    def test_rotation_5_vs_6_new_of_19(self):
        cid = self.make_committee("高评会-轮换")
        office = self.office_token("office_rot", cid)
        ids = self.pool_of(27)
        self.assertEqual(self.srv.put(f"/api/v1/committees/{cid}/roster/2025", self.roster(ids[:19]),
                                      token=office).status, 200)
        five = ids[:14] + ids[19:24]
        r = self.srv.put(f"/api/v1/committees/{cid}/roster/2026", self.roster(five), token=office)
        self.assertError(r, 422, "rule_violation", "R-COM-ROTATION")
        six = ids[:13] + ids[19:25]
        r = self.srv.put(f"/api/v1/committees/{cid}/roster/2026", self.roster(six), token=office)
        self.assertEqual(r.status, 200, r)
        # 12 new of 19 is above 60%.
        more = self.experts(5, start=200)
        twelve = ids[:7] + ids[19:27] + more[:4]
        r = self.srv.put(f"/api/v1/committees/{cid}/roster/2026", self.roster(twelve), token=office)
        self.assertError(r, 422, "rule_violation", "R-COM-ROTATION")
        eleven = ids[:8] + ids[19:27] + more[:3]
        self.assertEqual(self.srv.put(f"/api/v1/committees/{cid}/roster/2026", self.roster(eleven),
                                      token=office).status, 200)
        # The written report: within the 5 working days before the meeting (2026-12-03 … 12-09).
        r = self.srv.post("/api/v1/rounds", {"committee_id": cid, "year": 2026, "notice_date": "2026-09-01",
                                             "meeting_date": "2026-12-10"}, token=office)
        self.assertEqual(r.status, 201, r)
        self.assertEqual(r.json["rotation_report_window"], {"from": "2026-12-03", "to": "2026-12-09"})
        path = f"/api/v1/committees/{cid}/roster/2026/rotation-report"
        for day in ("2026-12-02", "2026-12-10"):
            self.assertError(self.srv.post(path, {"submitted_on": day}, token=office), 422, "rule_violation",
                             "R-COM-ROTATION")
        r = self.srv.post(path, {"submitted_on": "2026-12-03"}, token=office)
        self.assertEqual(r.status, 201, r)
        self.assertEqual((r.json["new_members"], r.json["size"]), (11, 19))
        self.assertError(self.srv.post(path, {"submitted_on": "12/03"}, token=office), 400)
        self.assertEqual(self.srv.get(f"/api/v1/committees/{cid}/roster/2026", token=office)
                         .json["rotation_report"]["submitted_on"], "2026-12-03")

    def test_young_share_is_a_warning(self):
        cid = self.make_committee("高评会-中青年")
        office = self.office_token("office_young", cid)
        old = [self.make_expert(300 + i, birth=f"1962-0{1 + i % 9}-1{i % 9}") for i in range(13)]
        young = self.pool_of(7)[1:7]  # born 1971–1976: 55 or younger; 6 of 19 < 1/3
        r = self.srv.put(f"/api/v1/committees/{cid}/roster/2026", self.roster(old + young), token=office)
        self.assertEqual(r.status, 200, r)
        self.assertEqual([w["rule"] for w in r.json["warnings"]], ["R-COM-YOUNG"])
        r = self.srv.put(f"/api/v1/committees/{cid}/roster/2026", self.roster(old[:12] + self.pool_of(8)[1:8]),
                         token=office)
        self.assertEqual(r.status, 200, r)
        self.assertEqual(r.json["warnings"], [])

    def test_malformed_bodies_are_400(self):
        cid = self.make_committee("高评会-格式")
        office = self.office_token("office_fmt", cid)
        path = f"/api/v1/committees/{cid}/roster/2026"
        for body in ({}, {"members": "x"}, {"members": [1]}, {"members": [{"person_id": 1, "role": "member",
                                                                             "professional": True}]},
                     {"members": [{"person_id": "a", "role": "member"}]}):
            self.assertError(self.srv.put(path, body, token=office), 400)
        r = self.srv.request("PUT", path, raw=b"{not json", token=office)
        self.assertError(r, 400)
        for body in ({"committee_id": cid}, {"committee_id": cid, "year": "2026", "notice_date": "2026-09-01",
                                             "meeting_date": "2026-12-10"},
                     {"committee_id": cid, "year": 2026, "notice_date": "2026-09-01", "meeting_date": 5}):
            self.assertError(self.srv.post("/api/v1/rounds", body, token=office), 400)
        self.assertError(self.srv.get("/api/v1/rounds?year=abc", token=office), 400)
        self.assertError(self.srv.post(f"/api/v1/committees/{cid}/pool", {"person_id": "x", "exception": "y"},
                                       token=office), 400)
        self.assertError(self.srv.post("/api/v1/pool-entries/nope/steps", {"step": "filed"}, token=office), 404)

    def test_member_title_tenure_exclusion(self):
        cid = self.make_committee("高评会-资格")
        office = self.office_token("office_title", cid)
        ids = self.pool_of(19)
        inter = self.make_expert(100, qual={"level": "intermediate"})
        r = self.srv.put(f"/api/v1/committees/{cid}/roster/2026", self.roster(ids[:18] + [inter]), token=office)
        self.assertError(r, 422, "rule_violation", "R-COM-MEMBER-TITLE")
        fresh = self.make_expert(101, appointed="2025-01-01")
        r = self.srv.put(f"/api/v1/committees/{cid}/roster/2026", self.roster(ids[:18] + [fresh]), token=office)
        self.assertError(r, 422, "rule_violation", "R-COM-MEMBER-TENURE")
        retired = self.make_expert(102, flags={"retired": True})
        r = self.srv.put(f"/api/v1/committees/{cid}/roster/2026", self.roster(ids[:18] + [retired]), token=office)
        self.assertError(r, 422, "rule_violation", "R-POOL-EXCLUDE")
        # Every failed rule is listed at once.
        r = self.srv.put(f"/api/v1/committees/{cid}/roster/2026", self.roster(ids[:17] + [inter]), token=office)
        self.assertIn("R-COM-SIZE", r.violations())
        self.assertIn("R-COM-MEMBER-TITLE", r.violations())
        bad = self.roster(ids)
        bad["members"][3]["role"] = "boss"
        r = self.srv.put(f"/api/v1/committees/{cid}/roster/2026", bad, token=office)
        self.assertError(r, 400)
        self.assertIn("members[3].role", r.json["error"]["message"])
        self.assertError(self.srv.put(f"/api/v1/committees/{cid}/roster/26", self.roster(ids), token=office), 400)

    def test_confidentiality_each_role(self):
        cid = self.make_committee("高评会-保密")
        other = self.make_committee("高评会-其他")
        own = self.office_token("office_own", cid)
        ids = self.pool_of(19)
        self.assertEqual(self.srv.put(f"/api/v1/committees/{cid}/roster/2026", self.roster(ids), token=own).status, 200)
        path = f"/api/v1/committees/{cid}/roster/2026"
        for tok in (own, self.title_office(), self.make_user("sup_ros", ["supervisor"])):
            r = self.srv.get(path, token=tok)
            self.assertEqual(r.status, 200, r)
            self.assertEqual(len(r.json["members"]), 19)
        denied = [self.office_token("office_other", other),
                  self.make_user("hr_ros", ["unit_hr"], org_id=self.units[0]),
                  self.make_user("exp_ros", ["expert"], person_id=ids[0])]
        for tok in denied:
            self.assertError(self.srv.get(path, token=tok), 403, "forbidden", "R-COM-CONFIDENTIAL")
        self.assertEqual(self.srv.get(path).status, 401)
        # Another committee's office cannot write it either.
        self.assertError(self.srv.put(path, self.roster(ids), token=denied[0]), 403)
        for tok in denied:
            self.assertError(self.srv.get(f"/api/v1/committees/{cid}/pool", token=tok), 403, rule="R-COM-CONFIDENTIAL")


class Pools(CommitteeBase):
    def test_apply_eligibility_and_exclusions(self):
        cid = self.make_committee("高评会-专家库")
        office = self.office_token("office_pool", cid)
        ok = self.make_expert(1)
        r = self.srv.post(f"/api/v1/committees/{cid}/pool", {"person_id": ok}, token=office)
        self.assertEqual(r.status, 201, r)
        self.assertEqual(r.json["status"], "applied")
        self.assertEqual(r.json["warnings"], [])  # eligible as it stands: no exception recorded
        self.assertError(self.srv.post(f"/api/v1/committees/{cid}/pool", {"person_id": ok}, token=office), 409)
        college = self.make_expert(2, degrees=[{"degree": "college", "institution": "卫校", "kind": "regular",
                                                "specialty": "临床医学", "graduated_on": "1995-07-01"}])
        r = self.srv.post(f"/api/v1/committees/{cid}/pool", {"person_id": college}, token=office)
        self.assertError(r, 422, "rule_violation", "R-POOL-ELIGIBLE")
        # The award exception, with a reason, relaxes the degree and is recorded.
        r = self.srv.post(f"/api/v1/committees/{cid}/pool",
                          {"person_id": college, "exception": {"reason": "获州科技进步一等奖"}}, token=office)
        self.assertEqual(r.status, 201, r)
        self.assertIn("R-POOL-ELIGIBLE", [w["rule"] for w in r.json["warnings"]])
        self.assertIn("一等奖", r.json["exception_reason"])
        bad = self.make_expert(3, flags={"conduct_issue": True})
        self.assertError(self.srv.post(f"/api/v1/committees/{cid}/pool", {"person_id": bad}, token=office), 422,
                         rule="R-POOL-EXCLUDE")
        inter = self.make_expert(4, qual={"level": "intermediate"})
        self.assertError(self.srv.post(f"/api/v1/committees/{cid}/pool", {"person_id": inter}, token=office), 422,
                         rule="R-POOL-EXCLUDE")
        self.assertError(self.srv.post(f"/api/v1/committees/{cid}/pool", {"person_id": "nope"}, token=office), 400)
        self.assertError(self.srv.post(f"/api/v1/committees/{cid}/pool", {}, token=office), 400)

    def test_expert_applies_for_self_only(self):
        cid = self.make_committee("高评会-自荐")
        me = self.make_expert(10)
        other = self.make_expert(11)
        tok = self.make_user("exp_self", ["expert"], person_id=me)
        self.assertEqual(self.srv.post(f"/api/v1/committees/{cid}/pool", {"person_id": me}, token=tok).status, 201)
        self.assertError(self.srv.post(f"/api/v1/committees/{cid}/pool", {"person_id": other}, token=tok), 403)

    def test_intake_in_order_and_removal(self):
        cid = self.make_committee("高评会-入库")
        office = self.office_token("office_intake", cid)
        pid = self.make_expert(20)
        eid = self.srv.post(f"/api/v1/committees/{cid}/pool", {"person_id": pid}, token=office).json["id"]
        r = self.srv.post(f"/api/v1/pool-entries/{eid}/steps", {"step": "dept_reviewed"}, token=office)
        self.assertError(r, 422, "rule_violation", "R-POOL-INTAKE")
        for step in ("unit_recommended", "dept_reviewed", "publicized", "filed"):
            r = self.srv.post(f"/api/v1/pool-entries/{eid}/steps", {"step": step}, token=office)
            self.assertEqual(r.status, 200, r)
        self.assertError(self.srv.post(f"/api/v1/pool-entries/{eid}/steps", {"step": "filed"}, token=office), 422,
                         rule="R-POOL-INTAKE")
        r = self.srv.post(f"/api/v1/pool-entries/{eid}/steps", {"step": "admitted"}, token=office)
        self.assertEqual(r.status, 200, r)
        self.assertEqual([s["step"] for s in r.json["steps"]],
                         ["applied", "unit_recommended", "dept_reviewed", "publicized", "filed", "admitted"])
        self.assertTrue(all(s["at"] and s["by"] for s in r.json["steps"]))
        self.assertError(self.srv.post(f"/api/v1/pool-entries/{eid}/steps", {"step": "hired"}, token=office), 400)
        self.assertError(self.srv.post(f"/api/v1/pool-entries/{eid}/remove", {"reason": " "}, token=office), 422,
                         rule="R-POOL-DYNAMIC")
        r = self.srv.post(f"/api/v1/pool-entries/{eid}/remove", {"reason": "违反评审纪律"}, token=office)
        self.assertEqual(r.status, 200, r)
        self.assertEqual(r.json["status"], "removed")
        self.assertIn("R-POOL-SIZE", [w["rule"] for w in r.json["warnings"]])
        # Never deleted: still listed, with the reason.
        r = self.srv.get(f"/api/v1/committees/{cid}/pool", token=office)
        self.assertEqual(r.status, 200, r)
        entry = [e for e in r.json if e["id"] == eid][0]
        self.assertEqual(entry["status"], "removed")
        self.assertEqual(entry["removal_reason"], "违反评审纪律")
        self.assertError(self.srv.post(f"/api/v1/pool-entries/{eid}/remove", {"reason": "再次"}, token=office), 422,
                         rule="R-POOL-DYNAMIC")
        r = self.srv.get(f"/api/v1/committees/{cid}/pool/summary", token=office)
        self.assertEqual(r.status, 200, r)
        rules = [w["rule"] for w in r.json["warnings"]]
        self.assertIn("R-POOL-SIZE", rules)
        self.assertIn("R-POOL-DIVERSITY", rules)


class Rounds(CommitteeBase):
    def test_months_intermediate_october_vs_november(self):
        cid = self.make_committee("中评会-月份", level="intermediate")
        office = self.office_token("office_round", cid)
        body = {"committee_id": cid, "year": 2026, "notice_date": "2026-08-03", "meeting_date": "2026-10-29"}
        self.assertError(self.srv.post("/api/v1/rounds", body, token=office), 422, "rule_violation", "R-CAL-MONTHS")
        body["meeting_date"] = "2026-11-19"
        body["defense_date"] = "2026-11-12"
        r = self.srv.post("/api/v1/rounds", body, token=office)
        self.assertEqual(r.status, 201, r)
        for k in ("id", "application_deadline", "joint_review_deadline", "draw_window", "rotation_report_window"):
            self.assertIn(k, r.json)
        self.assertEqual(r.json["draw_window"], {"from": "2026-11-16", "to": "2026-11-18"})
        self.assertEqual(self.srv.get("/api/v1/rounds/" + r.json["id"], token=office).json["meeting_date"],
                         "2026-11-19")
        listing = self.srv.get("/api/v1/rounds?year=2026", token=self.title_office())
        self.assertIn(r.json["id"], [x["id"] for x in listing.json])

    def test_year_and_calendar_data(self):
        cid = self.make_committee("高评会-年度")
        to = self.title_office()
        r = self.srv.post("/api/v1/rounds", {"committee_id": cid, "year": 2026, "notice_date": "2026-09-01",
                                             "meeting_date": "2027-01-12"}, token=to)
        self.assertError(r, 422, "rule_violation", "R-CAL-YEAR")
        r = self.srv.post("/api/v1/rounds", {"committee_id": cid, "year": 2027, "notice_date": "2027-09-01",
                                             "meeting_date": "2027-12-10"}, token=to)
        self.assertError(r, 422, "rule_violation", "R-CAL-DATA")
        self.assertError(self.srv.post("/api/v1/rounds", {"committee_id": cid, "year": 2026,
                                                          "notice_date": "2026-02-30", "meeting_date": "2026-12-10"},
                                       token=to), 400)
        self.assertError(self.srv.post("/api/v1/rounds", {"committee_id": "nope", "year": 2026,
                                                          "notice_date": "2026-09-01", "meeting_date": "2026-12-10"},
                                       token=to), 404)
        other = self.office_token("office_round_other", self.make_committee("高评会-别家"))
        self.assertError(self.srv.post("/api/v1/rounds", {"committee_id": cid, "year": 2026,
                                                          "notice_date": "2026-09-01", "meeting_date": "2026-12-10"},
                                       token=other), 403)


if __name__ == "__main__":
    unittest.main()
