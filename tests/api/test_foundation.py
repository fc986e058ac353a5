"""Bootstrap, sessions, error shapes, limits, OpenAPI."""
import socket
import unittest

from harness import ADMIN_PASSWORD, ServerTest


class Foundation(ServerTest):
    def test_bootstrap_admin_logs_in_with_cookie_and_token(self):
        r = self.srv.post("/api/v1/session", {"username": "admin", "password": ADMIN_PASSWORD})
        self.assertEqual(r.status, 200, r)
        self.assertEqual(len(r.json["token"]), 64)
        self.assertEqual(r.json["user"]["username"], "admin")
        self.assertEqual(r.json["user"]["roles"], ["sysadmin"])
        cookie = r.headers.get("Set-Cookie", "")
        self.assertIn("HttpOnly", cookie)
        self.assertIn("SameSite=Strict", cookie)
        # The cookie alone authenticates.
        token = r.json["token"]
        me = self.srv.request("GET", "/api/v1/session", headers={"Cookie": "zp_session=" + token})
        self.assertEqual(me.status, 200, me)

    def test_wrong_password_is_401_with_error_shape(self):
        r = self.srv.post("/api/v1/session", {"username": "admin", "password": "wrong-password-1"})
        self.assertError(r, 401, "unauthenticated")

    def test_unauthenticated_request_is_401(self):
        self.assertError(self.srv.get("/api/v1/orgs"), 401, "unauthenticated")
        self.assertError(self.srv.get("/api/v1/orgs", token="0" * 64), 401, "unauthenticated")

    def test_logout_invalidates_token(self):
        t = self.srv.admin()
        self.assertEqual(self.srv.get("/api/v1/session", token=t).status, 200)
        self.assertEqual(self.srv.request("DELETE", "/api/v1/session", token=t).status, 204)
        self.assertError(self.srv.get("/api/v1/session", token=t), 401)

    def test_unknown_route_404_and_wrong_method_405(self):
        self.assertError(self.srv.get("/api/v1/no-such-thing"), 404, "not_found")
        r = self.srv.request("DELETE", "/api/v1/series")
        self.assertError(r, 405, "method_not_allowed")

    def test_malformed_json_and_ill_typed_fields_are_400_naming_the_field(self):
        r = self.srv.request("POST", "/api/v1/session", raw=b'{"username": "admin",')
        self.assertError(r, 400, "bad_request")
        r = self.srv.post("/api/v1/session", {"username": 5, "password": "x"})
        self.assertError(r, 400, "bad_request")
        self.assertIn("username", r.json["error"]["message"])
        r = self.srv.post("/api/v1/orgs", {"name": "甲", "kind": "unit"}, token=self.root)
        self.assertError(r, 400, "bad_request")
        self.assertIn("region", r.json["error"]["message"])
        r = self.srv.post("/api/v1/orgs", {"name": "甲", "kind": "planet", "region": "州直"}, token=self.root)
        self.assertError(r, 400, "bad_request")
        self.assertIn("kind", r.json["error"]["message"])
        r = self.srv.request("POST", "/api/v1/orgs", raw=b"[1,2,3]", token=self.root)
        self.assertError(r, 400, "bad_request")

    def test_oversize_body_is_413(self):
        r = self.srv.request("POST", "/api/v1/orgs", raw=b"{" + b" " * (1024 * 1024 + 10) + b"}",
                             token=self.root)
        self.assertEqual(r.status, 413, r)
        self.assertEqual(r.json["error"]["code"], "payload_too_large")

    def test_garbage_request_line_does_not_kill_the_server(self):
        with socket.create_connection(("127.0.0.1", self.srv.port), timeout=5) as s:
            s.sendall(b"\x00\x01NOT HTTP AT ALL\r\n\r\n")
            try:
                s.recv(1024)
            except OSError:
                pass
        self.assertEqual(self.srv.get("/api/v1/series").status, 200)

    def test_weak_password_refused_with_400(self):
        r = self.srv.post("/api/v1/users", {"username": "weakling", "password": "Short#1a",
                                            "name": "弱", "roles": ["supervisor"]}, token=self.root)
        self.assertError(r, 400, "bad_request")
        self.assertIn("password", r.json["error"]["message"])
        # 10 characters of 3 classes pass.
        r = self.srv.post("/api/v1/users", {"username": "tenchars", "password": "Abcdefgh#1",
                                            "name": "十", "roles": ["supervisor"]}, token=self.root)
        self.assertEqual(r.status, 201, r)

    def test_only_sysadmin_creates_users(self):
        sup = self.make_user("sup_creator", ["supervisor"])
        r = self.srv.post("/api/v1/users", {"username": "x_user", "password": "Strong#Pass-2026",
                                            "name": "x", "roles": ["supervisor"]}, token=sup)
        self.assertError(r, 403, "forbidden")

    def test_role_bindings_are_required(self):
        r = self.srv.post("/api/v1/users", {"username": "hr_nobind", "password": "Strong#Pass-2026",
                                            "name": "x", "roles": ["unit_hr"]}, token=self.root)
        self.assertError(r, 400, "bad_request")
        self.assertIn("org_id", r.json["error"]["message"])
        r = self.srv.post("/api/v1/users", {"username": "bad_role", "password": "Strong#Pass-2026",
                                            "name": "x", "roles": ["emperor"]}, token=self.root)
        self.assertError(r, 400, "bad_request")

    def test_series_catalogue_has_defaults(self):
        r = self.srv.get("/api/v1/series")
        self.assertEqual(r.status, 200)
        names = {s["name"]: [sp["name"] for sp in s["specialties"]] for s in r.json}
        for series in ["卫生", "中小学教师", "工程", "农业", "经济", "会计", "文化艺术", "高校教师"]:
            self.assertIn(series, names)
        for sp in ["临床医学", "护理", "药学", "医学技术", "中医"]:
            self.assertIn(sp, names["卫生"])
        for sp in ["语文", "数学", "英语", "物理", "化学"]:
            self.assertIn(sp, names["中小学教师"])
        r = self.srv.post("/api/v1/series", {"name": "卫生", "specialties": ["康复医学"]}, token=self.root)
        self.assertEqual(r.status, 201, r)
        self.assertIn("康复医学", [s["name"] for s in r.json["specialties"]])

    def test_openapi_describes_the_routes(self):
        r = self.srv.get("/api/v1/openapi.json")
        self.assertEqual(r.status, 200)
        doc = r.json
        self.assertTrue(doc["openapi"].startswith("3."))
        paths = doc["paths"]
        expected = {
            "/api/v1/session": {"post", "delete"},
            "/api/v1/orgs": {"post"},
            "/api/v1/users": {"post"},
            "/api/v1/persons": {"post"},
            "/api/v1/persons/{id}": {"get", "patch"},
            "/api/v1/persons/{id}/retirement": {"get"},
            "/api/v1/series": {"get", "post"},
            "/api/v1/calendar/{year}": {"get", "put"},
            "/api/v1/calendar/workdays": {"get"},
            "/api/v1/calendar/between": {"get"},
            "/api/v1/audit": {"get"},
            "/api/v1/audit/head": {"get"},
            "/api/v1/admin/clock": {"put"},
        }
        for path, methods in expected.items():
            self.assertIn(path, paths)
            self.assertTrue(methods <= set(paths[path].keys()), (path, paths[path].keys()))


class SessionExpiry(ServerTest):
    """On a frozen dev clock, so each request happens at exactly the second the test names
    (a loaded machine cannot move a login past a boundary)."""

    def test_idle_expiry_after_30_minutes(self):
        root = self.srv.admin()
        self.srv.set_clock(root, "2026-03-02T09:00:00+08:00", frozen=True)
        t = self.srv.admin()
        root = self.srv.admin()
        self.srv.set_clock(root, "2026-03-02T09:30:00+08:00", frozen=True)
        # exactly 30 min idle: still valid, and the request refreshes the idle timer
        self.assertEqual(self.srv.get("/api/v1/session", token=t).status, 200)
        root = self.srv.admin()
        self.srv.set_clock(root, "2026-03-02T10:00:01+08:00", frozen=True)
        # 30 min 1 s idle: expired
        self.assertError(self.srv.get("/api/v1/session", token=t), 401)

    def test_absolute_expiry_after_12_hours(self):
        root = self.srv.admin()
        self.srv.set_clock(root, "2026-03-03T08:00:00+08:00", frozen=True)
        t = self.srv.admin()
        for hhmm in ["08:25", "08:50", "09:15", "09:40", "10:05", "10:30", "10:55", "11:20", "11:45",
                     "12:10", "12:35", "13:00", "13:25", "13:50", "14:15", "14:40", "15:05", "15:30",
                     "15:55", "16:20", "16:45", "17:10", "17:35", "18:00", "18:25", "18:50", "19:15",
                     "19:40", "20:00"]:
            self.srv.set_clock(self.srv.admin(), f"2026-03-03T{hhmm}:00+08:00", frozen=True)
            self.assertEqual(self.srv.get("/api/v1/session", token=t).status, 200, hhmm)
        # 12 h 0 min 1 s after the login: expired although it was used 0 s ago
        self.srv.set_clock(self.srv.admin(), "2026-03-03T20:00:01+08:00", frozen=True)
        self.assertError(self.srv.get("/api/v1/session", token=t), 401)


class NoDevClock(ServerTest):
    dev_clock = False

    def test_clock_endpoint_is_404_without_flag(self):
        r = self.srv.put("/api/v1/admin/clock", {"now": "2026-01-01"}, token=self.root)
        self.assertError(r, 404, "not_found")


if __name__ == "__main__":
    unittest.main()
