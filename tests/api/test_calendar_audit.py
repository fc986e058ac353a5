"""Calendar endpoints (R-CAL-DATA, make-up workdays) and the audit chain."""
import os
import sqlite3
import subprocess
import unittest

from harness import BIN, ServerTest
from openssl_sm3 import sm3_hex  # OpenSSL's SM3, or the test fails: the digest check is never skipped




class Calendar(ServerTest):
    def test_R_CAL_DATA_make_up_workdays_count(self):
        # 2018-09-29 (Sat) and 09-30 (Sun) were make-up working days before National Day.
        r = self.srv.get("/api/v1/calendar/workdays?start=2018-09-28&count=3")
        self.assertEqual(r.status, 200, r)
        self.assertEqual(r.json, {"start": "2018-09-28", "count": 3, "end": "2018-09-30"})
        # The 4th working day skips the 1–7 October holiday to 8 October.
        r = self.srv.get("/api/v1/calendar/workdays?start=2018-09-28&count=4")
        self.assertEqual(r.json["end"], "2018-10-08")
        r = self.srv.get("/api/v1/calendar/between?from=2018-09-24&to=2018-10-08")
        self.assertEqual(r.json["working_days"], 7)  # 25,26,27,28,29,30 Sep + 8 Oct

    def test_R_CAL_DATA_year_without_calendar_is_refused_naming_the_year(self):
        r = self.srv.get("/api/v1/calendar/workdays?start=2027-03-01&count=5")
        self.assertError(r, 422, "rule_violation", "R-CAL-DATA")
        self.assertIn("2027", r.json["error"]["violations"][0]["message"])
        self.assertError(self.srv.get("/api/v1/calendar/2027"), 422, rule="R-CAL-DATA")
        # Crossing into a missing year is refused too (2026-12-31 + 2 working days).
        r = self.srv.get("/api/v1/calendar/workdays?start=2026-12-31&count=2")
        self.assertError(r, 422, rule="R-CAL-DATA")

    def test_put_year_then_count_in_it(self):
        body = {"year": 2027, "days": [{"date": "2027-01-01", "kind": "holiday", "note": "元旦"}]}
        r = self.srv.put("/api/v1/calendar/2027", body, token=self.root)
        self.assertEqual(r.status, 200, r)
        r = self.srv.get("/api/v1/calendar/workdays?start=2027-01-01&count=1")
        self.assertEqual(r.json["end"], "2027-01-04")
        # A non-sysadmin cannot edit the calendar.
        sup = self.make_user("sup_cal", ["supervisor"])
        self.assertError(self.srv.put("/api/v1/calendar/2027", body, token=sup), 403)
        # Ill-typed input names the field.
        bad = {"days": [{"date": "2027-02-30", "kind": "holiday"}]}
        r = self.srv.put("/api/v1/calendar/2027", bad, token=self.root)
        self.assertError(r, 400)
        self.assertIn("date", r.json["error"]["message"])

    def test_bad_query_parameters_are_400(self):
        self.assertError(self.srv.get("/api/v1/calendar/workdays?start=2026-13-01&count=2"), 400)
        self.assertError(self.srv.get("/api/v1/calendar/workdays?start=2026-01-05"), 400)
        self.assertError(self.srv.get("/api/v1/calendar/workdays?start=2026-01-05&count=abc"), 400)
        self.assertError(self.srv.get("/api/v1/calendar/abcd"), 400)


class Audit(ServerTest):
    def test_chain_links_and_digests_recompute(self):
        self.make_org("审计测试单位")
        sup = self.make_user("sup_audit", ["supervisor"])
        r = self.srv.get("/api/v1/audit?limit=1000", token=sup)
        self.assertEqual(r.status, 200, r)
        entries = r.json
        self.assertGreater(len(entries), 3)
        prev = "0" * 64
        for i, e in enumerate(entries):
            self.assertEqual(e["seq"], i + 1)
            self.assertEqual(e["prev_digest"], prev)
            self.assertEqual(sm3_hex((prev + e["record"]).encode()), e["digest"])
            prev = e["digest"]
        actions = [e["action"] for e in entries]
        self.assertIn("org.create", actions)
        self.assertIn("user.create", actions)
        head = self.srv.get("/api/v1/audit/head", token=sup).json
        self.assertEqual(head["seq"], entries[-1]["seq"])
        self.assertEqual(head["digest"], entries[-1]["digest"])
        self.assertTrue(head["signature"])
        # No ID numbers in the audit trail.
        pid_body = self.person_body(self.make_org("审计单位二"))
        self.srv.post("/api/v1/persons", pid_body, token=self.root)
        text = self.srv.get("/api/v1/audit?limit=1000", token=sup).raw
        self.assertNotIn(pid_body["id_number"], text)

    def test_audit_is_for_supervisors_and_sysadmin_only(self):
        hr_unit = self.make_org("审计单位三")
        hr = self.make_user("hr_audit", ["unit_hr"], org_id=hr_unit)
        self.assertError(self.srv.get("/api/v1/audit", token=hr), 403)
        self.assertEqual(self.srv.get("/api/v1/audit", token=self.root).status, 200)

    def test_rows_are_append_only_and_offline_verify_detects_tampering(self):
        db = os.path.join(self.srv.data, "zhiping.db")
        con = sqlite3.connect(db, timeout=10)
        with self.assertRaises(sqlite3.DatabaseError):
            con.execute("UPDATE audit SET actor = 'x' WHERE seq = 1")
            con.commit()
        with self.assertRaises(sqlite3.DatabaseError):
            con.execute("DELETE FROM audit WHERE seq = 1")
            con.commit()
        con.rollback()
        ok = subprocess.run([BIN, "audit", "verify", "--data", self.srv.data], capture_output=True, text=True)
        self.assertEqual(ok.returncode, 0, ok.stdout + ok.stderr)
        self.assertIn("OK", ok.stdout)
        # Someone with file access drops the trigger and rewrites history: verify catches it.
        copy = os.path.join(self.srv.data, "tampered.db")
        con.execute(f"VACUUM INTO '{copy}'")
        con.close()
        t = sqlite3.connect(copy)
        t.execute("DROP TRIGGER audit_no_update")
        t.execute("UPDATE audit SET record = replace(record, 'series', 'seriez') WHERE seq = 2")
        t.commit()
        t.close()
        bad = subprocess.run([BIN, "audit", "verify", "--db", copy], capture_output=True, text=True)
        self.assertEqual(bad.returncode, 1, bad.stdout + bad.stderr)
        self.assertIn("BROKEN", bad.stdout)


if __name__ == "__main__":
    unittest.main()
