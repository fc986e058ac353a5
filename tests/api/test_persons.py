"""Persons: identity-number validation, masking by role, object scope, access log,
retirement, optimistic locking."""
import unittest

from harness import ServerTest, id_number


class Persons(ServerTest):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        t = cls.root
        srv = cls.srv

        def org(name, kind="unit", parent=None, region="州直"):
            body = {"name": name, "kind": kind, "region": region}
            if parent:
                body["parent_id"] = parent
            return srv.post("/api/v1/orgs", body, token=t).json["id"]
        cls.dept = org("州卫生健康委员会", "department")
        cls.unit_a = org("州人民医院", parent=cls.dept)
        cls.unit_b = org("州中医医院", parent=cls.dept)
        cls.county = org("临夏县职改", "county_office", region="临夏县")
        cls.unit_c = org("临夏县人民医院", parent=cls.county, region="临夏县")

    def test_id_number_check_digit_is_validated(self):
        body = self.person_body(self.unit_a)
        good = body["id_number"]
        bad = good[:17] + ("0" if good[17] != "0" else "1")
        body["id_number"] = bad
        r = self.srv.post("/api/v1/persons", body, token=self.root)
        self.assertError(r, 400, "bad_request")
        self.assertIn("id_number", r.json["error"]["message"])
        body["id_number"] = good[:17]
        self.assertError(self.srv.post("/api/v1/persons", body, token=self.root), 400)
        body["id_number"] = good
        self.assertEqual(self.srv.post("/api/v1/persons", body, token=self.root).status, 201)
        # The same identity number twice is a conflict.
        self.assertError(self.srv.post("/api/v1/persons", body, token=self.root), 409, "conflict")

    def test_birth_date_and_gender_must_match_the_id_number(self):
        body = self.person_body(self.unit_a, birth="1980-05-06")
        body["birth_date"] = "1980-05-07"
        r = self.srv.post("/api/v1/persons", body, token=self.root)
        self.assertError(r, 400)
        body = self.person_body(self.unit_a)
        body["gender"] = "F"
        self.assertError(self.srv.post("/api/v1/persons", body, token=self.root), 400)

    def test_nested_field_errors_name_the_path(self):
        body = self.person_body(self.unit_a)
        body["degrees"][0]["graduated_on"] = "2002-13-01"
        r = self.srv.post("/api/v1/persons", body, token=self.root)
        self.assertError(r, 400)
        self.assertIn("degrees[0].graduated_on", r.json["error"]["message"])
        body = self.person_body(self.unit_a)
        body["qualifications"][0]["specialty"] = "炼丹"
        r = self.srv.post("/api/v1/persons", body, token=self.root)
        self.assertError(r, 400)
        self.assertIn("qualifications[0].specialty", r.json["error"]["message"])
        body = self.person_body(self.unit_a)
        body["retirement_base"] = 58
        self.assertError(self.srv.post("/api/v1/persons", body, token=self.root), 400)

    def test_masking_by_role(self):
        body = self.person_body(self.unit_a, phone="13893005678")
        pid = self.srv.post("/api/v1/persons", body, token=self.root).json["id"]
        full = self.srv.get(f"/api/v1/persons/{pid}", token=self.root).json
        self.assertEqual(full["id_number"], body["id_number"])
        self.assertEqual(full["phone"], "13893005678")
        office = self.make_user("office_mask", ["title_office"])
        self.assertEqual(self.srv.get(f"/api/v1/persons/{pid}", token=office).json["id_number"], body["id_number"])
        hr = self.make_user("hr_mask", ["unit_hr"], org_id=self.unit_a)
        masked = self.srv.get(f"/api/v1/persons/{pid}", token=hr).json
        idn = body["id_number"]
        # finding 15.1: the masked number keeps only the prefix; the day of birth is not shown
        self.assertEqual(masked["id_number"], idn[:4] + "*" * 14)
        self.assertNotIn("birth_date", masked)
        self.assertEqual(masked["birth_month"], body["birth_date"][:7])
        self.assertEqual(masked["phone"], "138****5678")
        sup = self.make_user("sup_mask", ["supervisor"])
        self.assertIn("*", self.srv.get(f"/api/v1/persons/{pid}", token=sup).json["id_number"])

    def test_unit_hr_sees_only_its_unit(self):
        hr_a = self.make_user("hr_a", ["unit_hr"], org_id=self.unit_a)
        mine = self.make_person(self.unit_a)
        theirs = self.make_person(self.unit_b)
        self.assertEqual(self.srv.get(f"/api/v1/persons/{mine}", token=hr_a).status, 200)
        self.assertError(self.srv.get(f"/api/v1/persons/{theirs}", token=hr_a), 404)
        self.assertError(self.srv.patch(f"/api/v1/persons/{theirs}", {"name": "改"}, token=hr_a), 404)
        listed = {p["id"] for p in self.srv.get("/api/v1/persons", token=hr_a).json}
        self.assertIn(mine, listed)
        self.assertNotIn(theirs, listed)
        # Cannot register a person into another unit.
        r = self.srv.post("/api/v1/persons", self.person_body(self.unit_b), token=hr_a)
        self.assertError(r, 403, "forbidden")
        self.assertEqual(self.srv.post("/api/v1/persons", self.person_body(self.unit_a), token=hr_a).status, 201)

    def test_reviewer_scope_follows_the_org_tree(self):
        rev = self.make_user("rev_dept", ["dept_reviewer"], org_id=self.dept)
        county_rev = self.make_user("rev_county", ["dept_reviewer"], org_id=self.county)
        pa = self.make_person(self.unit_a)
        pc = self.make_person(self.unit_c)
        self.assertEqual(self.srv.get(f"/api/v1/persons/{pa}", token=rev).status, 200)
        self.assertError(self.srv.get(f"/api/v1/persons/{pc}", token=rev), 404)
        self.assertEqual(self.srv.get(f"/api/v1/persons/{pc}", token=county_rev).status, 200)
        self.assertError(self.srv.get(f"/api/v1/persons/{pa}", token=county_rev), 404)

    def test_applicant_sees_only_self_and_who_looked(self):
        me = self.make_person(self.unit_a)
        other = self.make_person(self.unit_a)
        app = self.make_user("applicant_self", ["applicant"], person_id=me)
        self.assertEqual(self.srv.get(f"/api/v1/persons/{me}", token=app).status, 200)
        self.assertError(self.srv.get(f"/api/v1/persons/{other}", token=app), 404)
        hr = self.make_user("hr_looker", ["unit_hr"], org_id=self.unit_a)
        self.srv.get(f"/api/v1/persons/{me}", token=hr)
        log = self.srv.get(f"/api/v1/persons/{me}/access-log", token=app)
        self.assertEqual(log.status, 200, log)
        self.assertIn("hr_looker", [e["username"] for e in log.json])
        # The person's own reads are not logged.
        self.assertNotIn("applicant_self", [e["username"] for e in log.json])
        self.assertError(self.srv.get(f"/api/v1/persons/{other}/access-log", token=app), 404)

    def test_patch_with_stale_version_is_409(self):
        pid = self.make_person(self.unit_a)
        cur = self.srv.get(f"/api/v1/persons/{pid}", token=self.root).json
        r = self.srv.patch(f"/api/v1/persons/{pid}", {"name": "新名字", "version": cur["version"]}, token=self.root)
        self.assertEqual(r.status, 200, r)
        self.assertEqual(r.json["name"], "新名字")
        self.assertEqual(r.json["version"], cur["version"] + 1)
        r = self.srv.patch(f"/api/v1/persons/{pid}", {"name": "再改", "version": cur["version"]}, token=self.root)
        self.assertError(r, 409, "conflict")
        r = self.srv.patch(f"/api/v1/persons/{pid}", {"birth_date": "not-a-date"}, token=self.root)
        self.assertError(r, 400)
        self.assertIn("birth_date", r.json["error"]["message"])

    def test_R_APP_RETIRE_retirement_endpoint(self):
        # Men born 1965-01: 60 years 1 month, retiring 2025-02.
        pid = self.make_person(self.unit_a, birth="1965-01-15", gender="M", base=60)
        r = self.srv.get(f"/api/v1/persons/{pid}/retirement", token=self.root)
        self.assertEqual(r.status, 200, r)
        self.assertEqual(r.json, {"base": 60, "statutory_age": {"years": 60, "months": 1},
                                  "retirement_month": "2025-02"})
        # Men born 1964-12: the original 60, retiring 2024-12.
        pid = self.make_person(self.unit_a, birth="1964-12-10", gender="M", base=60)
        r = self.srv.get(f"/api/v1/persons/{pid}/retirement", token=self.root)
        self.assertEqual(r.json["retirement_month"], "2024-12")
        # Women (50) born 1975-01: 50 years 1 month.
        pid = self.make_person(self.unit_a, birth="1975-01-20", gender="F", base=50)
        r = self.srv.get(f"/api/v1/persons/{pid}/retirement", token=self.root)
        self.assertEqual(r.json["statutory_age"], {"years": 50, "months": 1})
        self.assertEqual(r.json["retirement_month"], "2025-02")


if __name__ == "__main__":
    unittest.main()
