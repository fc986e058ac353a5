"""Excel exports (issue 7): the expert pool (confidential like the roster), a round's
applications (title office, the round's committee office), the public publicity list
(without ID numbers or phones). Each is a real .xlsx: PK zip with the Chinese headers."""
import io
import unittest
import urllib.request
import zipfile

from test_applications import Applications


def xlsx_text(raw_bytes):
    z = zipfile.ZipFile(io.BytesIO(raw_bytes))
    names = z.namelist()
    text = ""
    for n in names:
        if n.startswith("xl/worksheets/") or n == "xl/sharedStrings.xml":
            text += z.read(n).decode("utf-8")
    return text


class Exports(Applications):
    def fetch(self, path, token=None):
        req = urllib.request.Request(self.srv.base + path)
        if token:
            req.add_header("Authorization", "Bearer " + token)
        try:
            with urllib.request.urlopen(req, timeout=30) as r:
                return r.status, dict(r.headers), r.read()
        except urllib.error.HTTPError as e:
            return e.code, dict(e.headers), e.read()

    def check_xlsx(self, path, token, headers, absent=()):
        status, h, body = self.fetch(path, token)
        self.assertEqual(status, 200, body[:300])
        self.assertEqual(h["Content-Type"], "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        self.assertIn("attachment", h.get("Content-Disposition", ""))
        self.assertEqual(body[:4], b"PK\x03\x04")
        text = xlsx_text(body)
        for want in headers:
            self.assertIn(want, text)
        for bad in absent:
            self.assertNotIn(bad, text)
        return text

    def test_public_publicity_xlsx_has_headers_and_no_id_or_phone(self):
        self.clock("2026-09-28")
        aid, pid = self.submitted(self.unit_a)
        p = self.publicize(self.unit_a, self.hr_a, [aid], "2026-09-30")
        self.assertEqual(p.status, 201, p)
        person = self.srv.get(f"/api/v1/persons/{pid}", token=self.root).json
        self.check_xlsx(f"/api/v1/public/publicities/{p.json['id']}.xlsx", None,
                        ["姓名", "工作单位", person["name"], "州人民医院"],
                        absent=[person["id_number"], person["phone"]])
        status, _, _ = self.fetch("/api/v1/public/publicities/nope.xlsx")
        self.assertEqual(status, 404)

    def test_applications_xlsx_title_office_and_committee_office_only(self):
        self.clock("2026-09-28")
        self.submitted(self.unit_a)
        self.check_xlsx(f"/api/v1/rounds/{self.round}/applications.xlsx", self.office, ["姓名", "申报", "州人民医院"])
        mine = self.make_user("exp_office_mine", ["committee_office"], committee_id=self.committee)
        self.check_xlsx(f"/api/v1/rounds/{self.round}/applications.xlsx", mine, ["姓名"])
        r = self.srv.post("/api/v1/committees", {
            "name": "临夏州卫生系列高级职称评审委员会-其他", "level": "senior", "series": "卫生",
            "specialties": ["护理"], "evaluates": ["deputy_senior"],
            "approving_authority": "甘肃省人力资源和社会保障厅", "host_org_id": self.dept,
            "personnel_scope": "全州卫生系统", "contact_phone": "0930-6212345"}, token=self.office)
        self.assertEqual(r.status, 201, r)
        other = self.make_user("exp_office_other", ["committee_office"], committee_id=r.json["id"])
        self.assertError(self.srv.get(f"/api/v1/rounds/{self.round}/applications.xlsx", token=other), 403)
        self.assertError(self.srv.get(f"/api/v1/rounds/{self.round}/applications.xlsx", token=self.hr_a), 403)
        self.assertError(self.srv.get(f"/api/v1/rounds/{self.round}/applications.xlsx"), 401)
        self.assertError(self.srv.get("/api/v1/rounds/nope/applications.xlsx", token=self.office), 404)

    def test_pool_xlsx_is_confidential(self):
        office = self.make_user("exp_pool_office", ["committee_office"], committee_id=self.committee)
        pid = self.make_person(self.unit_a, name="库专家", qualifications=[
            {"series": "卫生", "specialty": "临床医学", "level": "deputy_senior", "obtained_on": "2015-12-01",
             "scope": "province", "how": "review"}],
            appointments=[{"level": "deputy_senior", "appointed_on": "2016-01-01"}],
            assessments=[{"year": 2024, "result": "competent"}, {"year": 2025, "result": "excellent"}])
        r = self.srv.post(f"/api/v1/committees/{self.committee}/pool", {"person_id": pid}, token=office)
        self.assertEqual(r.status, 201, r)
        self.check_xlsx(f"/api/v1/committees/{self.committee}/pool.xlsx", office, ["姓名", "库专家", "州人民医院"])
        self.check_xlsx(f"/api/v1/committees/{self.committee}/pool.xlsx", self.sup, ["库专家"])
        self.assertError(self.srv.get(f"/api/v1/committees/{self.committee}/pool.xlsx", token=self.hr_a), 403,
                         rule="R-COM-CONFIDENTIAL")
        self.assertError(self.srv.get(f"/api/v1/committees/{self.committee}/pool.xlsx"), 401)


def load_tests(loader, tests, pattern):
    # Only this module's tests (not the imported Applications suite).
    return unittest.TestSuite(Exports(n) for n in sorted(vars(Exports)) if n.startswith("test_"))


if __name__ == "__main__":
    unittest.main()
