"""`serve --demo` on a new database: a demo prefecture a new user can log into, with
committees, an admitted expert pool and a round in progress."""
import unittest

from harness import Server

DEMO_PW = "Demo#Zhiping2026"


class Demo(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.srv = Server(dev_clock=False, demo=True)

    @classmethod
    def tearDownClass(cls):
        cls.srv.stop()

    def test_demo_logins_and_committees(self):
        banner = "".join(self.srv.stderr_lines)
        for username in ("zhigaiban", "jijian", "renmin_hr", "weiyuanhui", "mawende", "wangjianguo"):
            self.assertIn(username, banner)
            self.srv.login(username, DEMO_PW)
        committees = self.srv.get("/api/v1/committees").json
        names = [c["name"] for c in committees]
        self.assertIn("临夏州卫生系列高级职称评审委员会", names)
        self.assertIn("临夏州中小学教师中级职称评审委员会", names)
        senior = next(c for c in committees if c["level"] == "senior")
        office = self.srv.login("weiyuanhui", DEMO_PW)
        pool = self.srv.get(f"/api/v1/committees/{senior['id']}/pool", token=office).json
        self.assertEqual(len([e for e in pool if e["status"] == "admitted"]), 24)
        rounds = self.srv.get("/api/v1/rounds?year=2026", token=office).json
        self.assertEqual([r["meeting_date"] for r in rounds], ["2026-12-22"])
        # The demo's unit HR sees persons of its own unit only.
        hr = self.srv.login("renmin_hr", DEMO_PW)
        self.assertTrue(self.srv.get("/api/v1/persons", token=hr).json)


if __name__ == "__main__":
    unittest.main()
