"""R-OPEN (§八(三)): the committee list with its contacts is public — no login —
and carries no member data."""
import json
import os
import re
import sqlite3
import unittest

from harness import ServerTest


class Openness(ServerTest):
    def test_R_OPEN_committee_list_and_contacts_are_public_without_members(self):
        dept = self.make_org("州卫生健康委员会", "department")
        to = self.make_user("open_office", ["title_office"])
        body = {"name": "临夏州卫生系列高级评委会", "level": "senior", "series": "卫生",
                "specialties": ["临床医学"], "evaluates": ["deputy_senior"],
                "approving_authority": "省人社厅", "host_org_id": dept,
                "personnel_scope": "全州卫生系统", "contact_phone": "0930-6212345"}
        r = self.srv.post("/api/v1/committees", body, token=to)
        self.assertEqual(r.status, 201, r)
        listed = self.srv.get("/api/v1/committees")  # the public: no token
        self.assertEqual(listed.status, 200, listed)
        entry = next(c for c in listed.json if c["name"] == body["name"])
        self.assertEqual(entry["contact_phone"], "0930-6212345")
        self.assertEqual(entry["series"], "卫生")
        self.assertIn("临床医学", entry["specialties"])
        self.assertEqual(entry["personnel_scope"], "全州卫生系统")
        for secret in ("members", "roster", "pool"):
            self.assertNotIn(secret, entry)
        # The roster itself stays confidential for the public.
        r = self.srv.get(f"/api/v1/committees/{entry['id']}/roster/2026")
        self.assertError(r, 401, "unauthenticated")

    def test_R_NO_FEE_no_route_or_field_charges_anything(self):
        # §八(六): no fee of any kind. The API offers no payment route and no fee field.
        doc = self.srv.get("/api/v1/openapi.json").json
        pattern = re.compile(r"fee|pay|charge|price|amount|收费|费用|缴费", re.I)
        for path, ops in doc["paths"].items():
            self.assertIsNone(pattern.search(path), path)
            self.assertIsNone(pattern.search(json.dumps(ops, ensure_ascii=False)), path)
        db = sqlite3.connect(f"file:{os.path.join(self.srv.data, 'zhiping.db')}?mode=ro", uri=True)
        for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
            for col in db.execute(f"PRAGMA table_info({table})"):
                self.assertIsNone(pattern.search(col[1]), f"{table}.{col[1]}")
        db.close()

    def test_R_COM_NO_TERM_committees_have_no_term_of_office(self):
        # §一(四): 「取消评委会任期制」 — no term dates in the model or the API.
        db = sqlite3.connect(f"file:{os.path.join(self.srv.data, 'zhiping.db')}?mode=ro", uri=True)
        cols = [c[1] for c in db.execute("PRAGMA table_info(committees)")]
        db.close()
        self.assertTrue(cols)
        for c in cols:
            self.assertNotRegex(c, r"term|expires|valid_until|任期")
        for c in self.srv.get("/api/v1/committees").json:
            for k in c:
                self.assertNotRegex(k, r"term|expires|valid_until")


if __name__ == "__main__":
    unittest.main()
