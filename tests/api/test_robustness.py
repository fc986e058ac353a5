"""No input may produce a 500: every route of the OpenAPI description is called
with missing, ill-typed and hostile bodies and parameters, as admin and as the
public. Every answer must be a 4xx/2xx with the error shape when it fails."""
import json
import unittest

from harness import ServerTest

HOSTILE_BODIES = [
    None,
    b"",
    b"{",
    b"[]",
    b"null",
    b"\"text\"",
    b"12345678901234567890123456789",
    b"{}",
    json.dumps({"id": None, "name": None, "year": "2026", "date": 20260101}).encode(),
    json.dumps({"name": 1, "kind": [], "region": {}, "size": -1, "count": 1e308,
                "start_date": "2026-02-30", "application_ids": "x", "members": [1, 2],
                "choices": [], "results": {}, "step": 7, "person_id": 9}).encode(),
    json.dumps({"name": "'; DROP TABLE persons; --", "person_id": "../../etc/passwd",
                "round_id": "\u0000", "committee_id": "x" * 5000}).encode(),
]

PARAM_VALUES = ["nonexistent", "0", "-1", "%E4%B8%AD", "9999"]


class Robustness(ServerTest):
    def routes(self):
        doc = self.srv.get("/api/v1/openapi.json").json
        for path, ops in doc["paths"].items():
            for method in ops:
                yield method.upper(), path

    def fill(self, path, value):
        out = []
        for seg in path.split("/"):
            if seg.startswith("{") and "}" in seg:
                seg = value + seg[seg.index("}") + 1:]
            out.append(seg)
        return "/".join(out)

    def check(self, r, what):
        self.assertLess(r.status, 500, f"{what} → {r}")
        if r.status >= 400:
            self.assertIsNotNone(r.json, f"{what} → non-JSON error {r}")
            self.assertIn("error", r.json, what)
            self.assertIn("code", r.json["error"], what)
            self.assertIsInstance(r.json["error"].get("violations"), list, what)

    def test_no_route_answers_500(self):
        routes = list(self.routes())
        self.assertGreater(len(routes), 10)
        for method, path in routes:
            if path == "/api/v1/admin/clock":
                continue  # moving the clock is covered elsewhere
            for value in PARAM_VALUES:
                p = self.fill(path, value)
                for token in (self.root, None):
                    if method in ("GET", "DELETE"):
                        r = self.srv.request(method, p + "?year=abc&start=x&count=-5&limit=0&after_seq=z",
                                             token=token)
                        self.check(r, f"{method} {p}")
                    else:
                        for body in HOSTILE_BODIES:
                            r = self.srv.request(method, p, raw=body, token=token)
                            self.check(r, f"{method} {p} {body[:60] if body else body!r}")
        # The server is still alive and sane.
        self.assertEqual(self.srv.get("/api/v1/series").status, 200)


if __name__ == "__main__":
    unittest.main()
