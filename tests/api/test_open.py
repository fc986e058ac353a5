"""R-OPEN (§八(三)): the committee list with its contacts is public — no login —
and carries no member data."""
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
        self.assertIn(r.status, (401, 403), r)


if __name__ == "__main__":
    unittest.main()
