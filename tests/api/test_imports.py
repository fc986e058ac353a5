"""Bulk imports (issue 7): every row validated first, then all rows in one transaction
or nothing; the report names row and column; unit_hr only for its own unit; experts
become pool applications; progress through GET /api/v1/imports/{id}."""
import base64
import os
import sqlite3
import time
import unittest

from harness import id_number
from test_committees import CommitteeBase

HEADER = "姓名,公民身份号码,性别,出生日期,退休基准,单位,是否岗位管理,手机,系列,专业,职称级别,取得资格时间\n"


def rows_csv(n, unit, start=0, region="622921"):
    out = [HEADER]
    for i in range(start, start + n):
        g = "男" if i % 2 else "女"
        birth = f"19{70 + i % 25}-{1 + i % 12:02d}-{1 + i % 28:02d}"
        idn = id_number(region, birth, i % 997, "M" if g == "男" else "F")
        out.append(f"导入{i},{idn},{g},{birth},{60 if g == '男' else 55},{unit},是,1389300{i % 10000:04d},"
                   f"卫生,临床医学,中级,2015-12-01\n")
    return "".join(out)


class Imports(CommitteeBase):
    def upload(self, text, token=None, kind="persons", **kw):
        body = {"kind": kind, "format": "csv", "content_base64": base64.b64encode(text.encode()).decode()}
        body.update(kw)
        return self.srv.post("/api/v1/imports", body, token=token or self.root)

    def wait(self, job, token=None):
        for _ in range(600):
            r = self.srv.get(f"/api/v1/imports/{job['id']}", token=token or self.root)
            self.assertEqual(r.status, 200, r)
            self.assertIn("percent", r.json)
            if r.json["status"] != "running":
                return r.json
            time.sleep(0.1)
        self.fail("import did not finish")

    def count(self, unit):
        # Straight from the database file (the API's person list is capped at 1,000).
        db = sqlite3.connect(os.path.join(self.srv.data, "zhiping.db"))
        try:
            return db.execute("SELECT COUNT(*) FROM persons WHERE unit_id = ?", (unit,)).fetchone()[0]
        finally:
            db.close()

    def test_good_import_writes_all_2000_rows(self):
        unit = self.make_org("导入医院A")
        r = self.upload(rows_csv(2000, "导入医院A", region="622922"))
        self.assertEqual(r.status, 202, r)
        job = self.wait(r.json)
        self.assertEqual(job["status"], "done", job)
        self.assertEqual(job["percent"], 100)
        self.assertEqual(job["rows"], 2000)
        self.assertEqual(job["written"], 2000)
        self.assertEqual(job["errors"], [])
        self.assertEqual(self.count(unit), 2000)
        audit = self.srv.get("/api/v1/audit?after_seq=0&limit=1000", token=self.root).json
        audit = audit.get("entries", audit) if isinstance(audit, dict) else audit
        entries = [e for e in audit if e["action"] == "import.persons"]
        self.assertTrue(entries)
        self.assertNotIn("622922", str(entries))  # counts only, never an ID number

    def test_one_bad_id_number_writes_nothing_and_names_row_and_column(self):
        unit = self.make_org("导入医院B")
        text = rows_csv(50, "导入医院B", start=5000, region="622923").splitlines(True)
        fields = text[18].split(",")  # data row 17 → spreadsheet row 18
        fields[1] = fields[1][:-1] + ("1" if fields[1][-1] != "1" else "2")  # wrong check digit
        text[18] = ",".join(fields)
        r = self.upload("".join(text))
        self.assertEqual(r.status, 202, r)
        job = self.wait(r.json)
        self.assertEqual(job["status"], "failed", job)
        self.assertEqual(job["error_count"], 1, job)
        e = job["errors"][0]
        self.assertEqual(e["row"], 19)
        self.assertEqual(e["column"], "公民身份号码")
        self.assertEqual(e["column_index"], 2)
        self.assertTrue(e["message"])
        self.assertEqual(self.count(unit), 0)  # all-or-nothing

    def test_row_checks_against_database_and_duplicates(self):
        unit = self.make_org("导入医院C")
        good = rows_csv(3, "导入医院C", start=7000, region="622924")
        dup = good + good.splitlines(True)[1]  # row 5 repeats row 2
        job = self.wait(self.upload(dup).json)
        self.assertEqual(job["status"], "failed")
        self.assertEqual([(e["row"], e["column"]) for e in job["errors"]], [(5, "公民身份号码")])
        bad_unit = good.replace("导入医院C", "不存在的医院", 1)
        job = self.wait(self.upload(bad_unit).json)
        self.assertEqual([(e["row"], e["column"]) for e in job["errors"]], [(2, "单位")])
        self.assertEqual(self.count(unit), 0)
        self.assertEqual(self.wait(self.upload(good).json)["status"], "done")
        self.assertEqual(self.count(unit), 3)
        job = self.wait(self.upload(good).json)  # already registered
        self.assertEqual(job["status"], "failed")
        self.assertEqual(len(job["errors"]), 3)
        self.assertEqual(self.count(unit), 3)

    def test_unit_hr_only_own_unit(self):
        own = self.make_org("导入医院D")
        self.make_org("导入医院E")
        hr = self.make_user("hr_import_d", ["unit_hr"], org_id=own)
        self.assertError(self.upload(rows_csv(2, "导入医院E", start=8000), token=hr, unit_id=self.units[0]), 403)
        job = self.wait(self.upload(rows_csv(2, "导入医院E", start=8000, region="622925"), token=hr).json, hr)
        self.assertEqual(job["status"], "failed")
        self.assertEqual({e["column"] for e in job["errors"]}, {"单位"})
        job = self.wait(self.upload(rows_csv(2, "导入医院D", start=8000, region="622925"), token=hr).json, hr)
        self.assertEqual(job["status"], "done", job)
        applicant = self.make_user("appl_import", ["applicant"], person_id=self.make_person(own))
        self.assertError(self.upload(rows_csv(1, "导入医院D"), token=applicant), 403)
        # another user's job is not visible
        self.assertError(self.srv.get(f"/api/v1/imports/{job['id']}", token=applicant), 404)

    def test_experts_become_pool_applications(self):
        cid = self.make_committee("卫生系列高级评委会-导入")
        office = self.office_token("office_import", cid)
        text = rows_csv(3, "州医院0", start=9000, region="622926").replace("中级", "副高级")
        job = self.wait(self.upload(text, token=office, kind="experts", committee_id=cid).json, office)
        self.assertEqual(job["status"], "done", job)
        pool = self.srv.get(f"/api/v1/committees/{cid}/pool", token=office)
        self.assertEqual(pool.status, 200, pool)
        self.assertEqual(len(pool.json), 3)
        self.assertEqual({e["status"] for e in pool.json}, {"applied"})
        self.assertError(self.upload(text, kind="experts"), 400)  # committee_id missing

    def test_bad_requests_are_400(self):
        self.assertError(self.srv.post("/api/v1/imports", {"kind": "persons", "format": "csv",
                                                           "content_base64": "@@@"}, token=self.root), 400)
        self.assertError(self.srv.post("/api/v1/imports", {"kind": "cats", "format": "csv",
                                                           "content_base64": ""}, token=self.root), 400)
        self.assertError(self.srv.post("/api/v1/imports", {"kind": "persons", "format": "pdf",
                                                           "content_base64": ""}, token=self.root), 400)
        job = self.wait(self.upload("").json)
        self.assertEqual(job["status"], "failed")
        job = self.wait(self.upload("garbage\n1,2\n", unit_id=self.units[0]).json)
        self.assertEqual(job["status"], "failed")
        self.assertTrue(job["errors"])
        r = self.srv.post("/api/v1/imports", {"kind": "persons", "format": "xlsx",
                                              "content_base64": base64.b64encode(b"not a zip").decode()},
                          token=self.root)
        self.assertEqual(r.status, 202, r)
        self.assertEqual(self.wait(r.json)["status"], "failed")
        self.assertError(self.srv.get("/api/v1/imports/nope", token=self.root), 404)


if __name__ == "__main__":
    unittest.main()
