"""CSRF protection of cookie-authenticated writes (docs/web.md): the session's
csrf_token from POST/GET /api/v1/session must come back as X-CSRF-Token on every
POST/PUT/PATCH/DELETE that is authenticated by the zp_session cookie alone; Bearer
requests and requests that need no session (login, the public objection form) are
exempt. A refused write writes nothing."""
import os
import sqlite3
import unittest

from harness import ADMIN_PASSWORD, ServerTest

CSRF_MESSAGE = "请求缺少有效的 CSRF 令牌（X-CSRF-Token），请刷新页面后重试"


class Csrf(ServerTest):
    def login(self, username="admin", password=ADMIN_PASSWORD):
        r = self.srv.post("/api/v1/session", {"username": username, "password": password})
        self.assertEqual(r.status, 200, r)
        return r

    def cookie(self, token):
        return {"Cookie": "zp_session=" + token}

    def org_count(self):
        r = self.srv.get("/api/v1/orgs", token=self.root)
        self.assertEqual(r.status, 200, r)
        return len(r.json if isinstance(r.json, list) else r.json.get("items", []))

    def assertCsrfRefused(self, r):
        self.assertEqual(r.status, 403, r)
        self.assertEqual(r.json, {"error": {"code": "csrf_failed", "message": CSRF_MESSAGE, "violations": []}})

    def test_login_and_session_return_the_token_and_the_cookie_stays_strict(self):
        r = self.login()
        csrf = r.json["csrf_token"]
        self.assertRegex(csrf, r"^[0-9a-f]{64}$")  # 256 random bits
        self.assertNotEqual(csrf, r.json["token"])
        cookie = r.headers.get("Set-Cookie", "")
        for attr in ("HttpOnly", "SameSite=Strict", "Path=/"):
            self.assertIn(attr, cookie)
        # A reloaded page fetches it again (cookie only, as the browser does).
        me = self.srv.request("GET", "/api/v1/session", headers=self.cookie(r.json["token"]))
        self.assertEqual(me.status, 200, me)
        self.assertEqual(me.json["csrf_token"], csrf)
        # Each session has its own.
        self.assertNotEqual(self.login().json["csrf_token"], csrf)
        # Stored with the session (any server process can check it), never the session token itself.
        db = sqlite3.connect(os.path.join(self.srv.data, "zhiping.db"), timeout=10)
        stored = [row[0] for row in db.execute("SELECT csrf_token FROM sessions")]
        tokens = [row[0] for row in db.execute("SELECT token_hash FROM sessions")]
        db.close()
        self.assertIn(csrf, stored)
        self.assertNotIn(r.json["token"], tokens)

    def test_cookie_write_without_or_with_a_wrong_token_is_refused_and_writes_nothing(self):
        s = self.login().json
        other = self.login().json
        body = {"name": "跨站单位", "kind": "unit", "region": "州直"}
        before = self.org_count()
        for headers in ({}, {"X-CSRF-Token": ""}, {"X-CSRF-Token": "0" * 64},
                        {"X-CSRF-Token": other["csrf_token"]},  # another session's token
                        {"X-CSRF-Token": s["csrf_token"][:-1]},
                        {"X-CSRF-Token": s["token"]}):  # the session token is not the CSRF token
            r = self.srv.request("POST", "/api/v1/orgs", body=body, headers={**self.cookie(s["token"]), **headers})
            self.assertCsrfRefused(r)
        self.assertEqual(self.org_count(), before)
        ok = self.srv.request("POST", "/api/v1/orgs", body=body,
                              headers={**self.cookie(s["token"]), "X-CSRF-Token": s["csrf_token"]})
        self.assertEqual(ok.status, 201, ok)
        self.assertEqual(self.org_count(), before + 1)

    def test_put_patch_delete_are_guarded_too(self):
        s = self.login().json
        c = self.cookie(s["token"])
        # PUT (the dev clock): refused, the clock unchanged.
        r = self.srv.request("PUT", "/api/v1/admin/clock", body={"now": "2030-01-02"}, headers=c)
        self.assertCsrfRefused(r)
        self.assertNotEqual(self.srv.get("/api/v1/admin/clock", token=self.root).json["today"], "2030-01-02")
        # PATCH on a person: refused before anything is read or written.
        unit = self.make_org("CSRF 单位")
        pid = self.make_person(unit, name="防伪甲")
        r = self.srv.request("PATCH", f"/api/v1/persons/{pid}", body={"name": "被改名"}, headers=c)
        self.assertCsrfRefused(r)
        self.assertEqual(self.srv.get(f"/api/v1/persons/{pid}", token=self.root).json["name"], "防伪甲")
        # DELETE (logout): refused without the token, the session still valid; then done with it.
        self.assertCsrfRefused(self.srv.request("DELETE", "/api/v1/session", headers=c))
        self.assertEqual(self.srv.request("GET", "/api/v1/session", headers=c).status, 200)
        r = self.srv.request("DELETE", "/api/v1/session", headers={**c, "X-CSRF-Token": s["csrf_token"]})
        self.assertEqual(r.status, 204, r)
        self.assertEqual(self.srv.request("GET", "/api/v1/session", headers=c).status, 401)

    def test_reads_and_bearer_requests_need_no_token(self):
        s = self.login().json
        self.assertEqual(self.srv.request("GET", "/api/v1/orgs", headers=self.cookie(s["token"])).status, 200)
        body = {"name": "令牌单位", "kind": "unit", "region": "州直"}
        r = self.srv.post("/api/v1/orgs", body, token=s["token"])
        self.assertEqual(r.status, 201, r)
        # Bearer wins over a cookie of another session sent along.
        other = self.login().json
        r = self.srv.request("POST", "/api/v1/orgs", body={**body, "name": "令牌单位二"},
                             token=s["token"], headers=self.cookie(other["token"]))
        self.assertEqual(r.status, 201, r)

    def test_requests_without_a_session_are_exempt(self):
        s = self.login().json
        # Login while the browser still sends a (live or stale) cookie, without any header.
        for cookie in (s["token"], "f" * 64):
            r = self.srv.request("POST", "/api/v1/session",
                                 body={"username": "admin", "password": ADMIN_PASSWORD}, headers=self.cookie(cookie))
            self.assertEqual(r.status, 200, r)
        # The public objection form does not ask who is calling: no CSRF refusal, the
        # form's own answer (here: no such publicity).
        r = self.srv.request("POST", "/api/v1/public/publicities/no-such/objections",
                             body={"application_id": "x", "content": "异议", "name": "张三", "contact": "13800000000"},
                             headers=self.cookie(s["token"]))
        self.assertError(r, 404, "not_found")
        # A stale cookie on a protected write: 401 (no session), not a CSRF refusal.
        r = self.srv.request("POST", "/api/v1/orgs", body={"name": "x", "kind": "unit", "region": "州直"},
                             headers=self.cookie("e" * 64))
        self.assertError(r, 401, "unauthenticated")

    def test_openapi_lists_the_code_and_the_header(self):
        doc = self.srv.get("/api/v1/openapi.json").json
        codes = doc["components"]["schemas"]["Error"]["properties"]["error"]["properties"]["code"]["enum"]
        self.assertIn("csrf_failed", codes)
        params = doc["paths"]["/api/v1/orgs"]["post"].get("parameters", [])
        self.assertIn("X-CSRF-Token", [p["name"] for p in params if p["in"] == "header"])
        self.assertIn("csrf_token", doc["paths"]["/api/v1/session"]["post"]["summary"])


if __name__ == "__main__":
    unittest.main()
