"""`zhiping export` (issue 7): the API's .xlsx exports written to a file by the binary,
run against the live test server's data directory (SQLite WAL: a second reader process
beside the running server). Data is created through the API first."""
import os
import subprocess
import tempfile
import unittest
import zipfile

from harness import BIN
from test_applications import Applications
from test_exports import xlsx_text


class ExportsCli(Applications):
    def export(self, *args):
        out = os.path.join(tempfile.mkdtemp(prefix="zhiping-export-"), "out.xlsx")
        r = subprocess.run([BIN, "export", "--data", self.srv.data, *args, "--out", out], capture_output=True,
                           text=True, timeout=60)
        body = open(out, "rb").read() if os.path.exists(out) else b""
        return r, body

    def test_cli_exports_pool_applications_roster_and_refuses_bad_input(self):
        self.clock("2026-09-28")
        _, pid = self.submitted(self.unit_a)
        person = self.srv.get(f"/api/v1/persons/{pid}", token=self.root).json
        office = self.make_user("cli_pool_office", ["committee_office"], committee_id=self.committee)
        expert = self.make_person(self.unit_a, name="导出专家", qualifications=[
            {"series": "卫生", "specialty": "临床医学", "level": "deputy_senior", "obtained_on": "2015-12-01",
             "scope": "province", "how": "review"}],
            appointments=[{"level": "deputy_senior", "appointed_on": "2016-01-01"}],
            assessments=[{"year": 2024, "result": "competent"}, {"year": 2025, "result": "excellent"}])
        r = self.srv.post(f"/api/v1/committees/{self.committee}/pool", {"person_id": expert}, token=office)
        self.assertEqual(r.status, 201, r)
        hr = self.make_user("cli_hr_a", ["unit_hr"], org_id=self.unit_a)
        roster = self.srv.post("/api/v1/certificate-rosters", {
            "kind": "exam", "unit_id": self.unit_a, "grassroots": True, "roster_copies": 3,
            "approval_form_copies": 2,
            "persons": [{"person_id": expert, "series": "卫生", "specialty": "临床医学", "level": "intermediate"}]},
            token=hr)
        self.assertEqual(roster.status, 201, roster)
        serial = roster.json["certificates"][0]["serial"]

        r, body = self.export("--what", "pool", "--committee-id", self.committee)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(body[:4], b"PK\x03\x04")
        text = xlsx_text(body)
        for want in ("姓名", "导出专家", "州人民医院"):
            self.assertIn(want, text)

        r, body = self.export("--what", "applications", "--round-id", self.round)
        self.assertEqual(r.returncode, 0, r.stderr)
        text = xlsx_text(body)
        for want in ("姓名", person["name"], "州人民医院"):
            self.assertIn(want, text)
        self.assertNotIn(person["id_number"], text)

        r, body = self.export("--what", "roster", "--roster-id", roster.json["id"])
        self.assertEqual(r.returncode, 0, r.stderr)
        text = xlsx_text(body)
        for want in ("证书编号", serial, "导出专家", "基层有效", "以考代评"):
            self.assertIn(want, text)

        # the server kept running and serving meanwhile
        self.assertEqual(self.srv.get(f"/api/v1/persons/{pid}", token=self.root).status, 200)

        # bad input: unknown ids exit 1, missing ids / unknown --what exit 2, no file written
        r, body = self.export("--what", "pool", "--committee-id", "nope")
        self.assertEqual((r.returncode, body), (1, b""), r.stderr)
        self.assertTrue(r.stderr.strip())
        r, body = self.export("--what", "applications")
        self.assertEqual((r.returncode, body), (2, b""), r.stderr)
        r, body = self.export("--what", "cats", "--round-id", self.round)
        self.assertNotEqual(r.returncode, 0)
        self.assertEqual(body, b"")


def load_tests(loader, tests, pattern):
    return unittest.TestSuite(ExportsCli(n) for n in sorted(vars(ExportsCli)) if n.startswith("test_"))


if __name__ == "__main__":
    unittest.main()
