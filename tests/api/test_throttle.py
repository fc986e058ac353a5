"""Failed-login throttling per account and per client address."""
import unittest

from harness import ADMIN_PASSWORD, ServerTest


class Throttle(ServerTest):
    def test_five_failures_lock_the_account_for_exactly_fifteen_minutes(self):
        # A frozen clock at a fixed base time: the test does not depend on the real date,
        # and every failure is logged at exactly BASE.
        root = self.srv.admin()
        BASE = "2026-06-01T10:00:00+08:00"
        self.srv.set_clock(root, BASE, frozen=True)
        self.make_user("victim", ["supervisor"], password="Quiet#Harbor-2026")
        for i in range(4):
            r = self.srv.post("/api/v1/session", {"username": "victim", "password": f"wrong-{i}-xxxxx"})
            self.assertError(r, 401)
        # 4 failures: the right password still works (and clears the account's count).
        self.assertEqual(self.srv.post("/api/v1/session",
                                       {"username": "victim", "password": "Quiet#Harbor-2026"}).status, 200)
        for i in range(5):
            self.assertError(self.srv.post("/api/v1/session",
                                           {"username": "victim", "password": f"bad-{i}-yyyyy"}), 401)
        r = self.srv.post("/api/v1/session", {"username": "victim", "password": "Quiet#Harbor-2026"})
        self.assertError(r, 429, "too_many_requests")
        # Another account from the same address is not locked by it.
        self.assertEqual(self.srv.post("/api/v1/session",
                                       {"username": "admin", "password": ADMIN_PASSWORD}).status, 200)
        # 14:59 after the failures the account is still locked; at 15:00 the lock lifts.
        self.srv.set_clock(root, "2026-06-01T10:14:59+08:00", frozen=True)
        r = self.srv.post("/api/v1/session", {"username": "victim", "password": "Quiet#Harbor-2026"})
        self.assertError(r, 429, "too_many_requests")
        self.srv.set_clock(root, "2026-06-01T10:15:00+08:00", frozen=True)
        self.assertEqual(self.srv.post("/api/v1/session",
                                       {"username": "victim", "password": "Quiet#Harbor-2026"}).status, 200)


class ThrottleAddress(ServerTest):
    def test_twenty_failures_from_one_address_lock_the_address(self):
        for i in range(20):
            r = self.srv.post("/api/v1/session", {"username": f"nobody{i}", "password": "whatever-123"})
            self.assertError(r, 401)
        r = self.srv.post("/api/v1/session", {"username": "admin", "password": ADMIN_PASSWORD})
        self.assertError(r, 429, "too_many_requests")


if __name__ == "__main__":
    unittest.main()
