"""Starts the real build/zhiping on an ephemeral port with a temporary data
directory and talks to it over HTTP. Python standard library only."""
import json
import os
import re
import shutil
import subprocess
import tempfile
import threading
import time
import unittest
import urllib.error
import urllib.request

ADMIN_PASSWORD = "Zp-Bootstrap#2026"
BIN = os.environ.get("ZHIPING_BIN") or os.path.join(
    os.path.dirname(__file__), "..", "..", "build", "zhiping")


class Response:
    def __init__(self, status, headers, content):
        self.status = status
        self.headers = headers
        self.content = content  # bytes (PDF, xlsx, …)
        body = content.decode("utf-8", "replace")
        self.raw = body
        try:
            self.json = json.loads(body) if body else None
        except ValueError:
            self.json = None

    def violations(self):
        return [v["rule"] for v in (self.json or {}).get("error", {}).get("violations", [])]

    def __repr__(self):
        return f"<{self.status} {self.raw[:300]!r}>"


class Server:
    """The real binary on an ephemeral port. Startup waits (with a deadline) for the
    "listening" line on stdout and then for the readiness marker on stderr: the server
    writes the marker after everything it prints before serving (admin and demo
    banners), so once it is seen all of that is in stderr_lines."""
    READY_MARKER = "zhiping ready: http://127.0.0.1:"
    START_TIMEOUT = 120.0  # seconds; generous for a loaded 2-core machine

    def __init__(self, dev_clock=True, demo=False, extra_env=None):
        self.data = tempfile.mkdtemp(prefix="zhiping-api-")
        args = [BIN, "serve", "--port", "0", "--data", self.data, "--threads", "2"]
        if dev_clock:
            args.append("--dev-clock")
        if demo:
            args.append("--demo")
        env = dict(os.environ, ZHIPING_ADMIN_PASSWORD=ADMIN_PASSWORD)
        env.update(extra_env or {})
        self.stdout_lines = []
        self.stderr_lines = []
        self._closed = set()  # streams that reached EOF
        self._cond = threading.Condition()
        self.proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     env=env, text=True)
        for name in ("stdout", "stderr"):
            threading.Thread(target=self._drain, args=(name,), daemon=True).start()
        try:
            line = self.wait_for_line(r"^listening on http://127\.0\.0\.1:\d+$", stream="stdout",
                                      timeout=self.START_TIMEOUT)
            self.port = int(line.strip().rsplit(":", 1)[1])
            self.wait_for_line("^" + re.escape(self.READY_MARKER) + str(self.port) + "$", stream="stderr",
                               timeout=self.START_TIMEOUT)
        except (TimeoutError, EOFError) as e:
            self.proc.kill()
            self.proc.wait()
            raise RuntimeError(f"server did not start: {e}") from None
        self.base = f"http://127.0.0.1:{self.port}"

    def _drain(self, name):
        lines = getattr(self, name + "_lines")
        for line in getattr(self.proc, name):
            with self._cond:
                lines.append(line)
                self._cond.notify_all()
        with self._cond:
            self._closed.add(name)
            self._cond.notify_all()

    def output(self, stream="stderr"):
        """Everything the server printed on `stream` so far."""
        with self._cond:
            return "".join(getattr(self, stream + "_lines"))

    def wait_for_line(self, pattern, stream="stderr", timeout=30.0, start=0):
        """The first line of `stream` (from index `start`) matching the regular expression
        `pattern`, waiting up to `timeout` seconds for it. Raises TimeoutError when the
        deadline passes and EOFError when the stream closes first, each with what was
        printed so far."""
        rx = re.compile(pattern)
        lines = getattr(self, stream + "_lines")
        deadline = time.monotonic() + timeout
        i = start
        with self._cond:
            while True:
                while i < len(lines):
                    if rx.search(lines[i].rstrip("\n")):
                        return lines[i]
                    i += 1
                if stream in self._closed:
                    raise EOFError(f"{stream} closed before a line matching {pattern!r}; stdout:\n"
                                   f"{''.join(self.stdout_lines)}stderr:\n{''.join(self.stderr_lines)}")
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"no line matching {pattern!r} on {stream} within {timeout} s; "
                                       f"stdout:\n{''.join(self.stdout_lines)}stderr:\n"
                                       f"{''.join(self.stderr_lines)}")
                self._cond.wait(left)

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        shutil.rmtree(self.data, ignore_errors=True)

    def request(self, method, path, body=None, token=None, headers=None, raw=None):
        data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
        req = urllib.request.Request(self.base + path, data=data, method=method)
        if data is not None:
            req.add_header("Content-Type", "application/json")
        if token:
            req.add_header("Authorization", "Bearer " + token)
        for k, v in (headers or {}).items():
            req.add_header(k, v)
        try:
            with urllib.request.urlopen(req, timeout=30) as r:
                return Response(r.status, dict(r.headers), r.read())
        except urllib.error.HTTPError as e:
            return Response(e.code, dict(e.headers), e.read())

    def get(self, path, token=None):
        return self.request("GET", path, token=token)

    def post(self, path, body=None, token=None):
        return self.request("POST", path, body=body, token=token)

    def put(self, path, body=None, token=None):
        return self.request("PUT", path, body=body, token=token)

    def patch(self, path, body=None, token=None):
        return self.request("PATCH", path, body=body, token=token)

    def login(self, username, password):
        r = self.post("/api/v1/session", {"username": username, "password": password})
        if r.status != 200:
            raise AssertionError(f"login {username} failed: {r}")
        return r.json["token"]

    def admin(self):
        return self.login("admin", ADMIN_PASSWORD)

    def set_clock(self, token, now, frozen=False):
        body = {"now": now}
        if frozen:
            body["frozen"] = True
        r = self.put("/api/v1/admin/clock", body, token=token)
        assert r.status == 200, r
        return r


def pdf_text(content):
    """Text of a PDF via pdftotext (poppler-utils)."""
    import subprocess
    out = subprocess.run(["pdftotext", "-layout", "-", "-"], input=content, capture_output=True, check=True)
    return out.stdout.decode("utf-8", "replace")


def id_number(region, birth, seq, gender):
    """A valid GB 11643 number: region (6), birth YYYYMMDD, 3-digit sequence, check."""
    s = seq % 1000
    if (gender == "M") != (s % 2 == 1):
        s = (s + 1) % 1000
    body = f"{region}{birth.replace('-', '')}{s:03d}"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    total = sum(int(c) * w for c, w in zip(body, weights))
    return body + "10X98765432"[total % 11]


class ServerTest(unittest.TestCase):
    """One server per test class."""
    dev_clock = True
    demo = False

    @classmethod
    def setUpClass(cls):
        cls.srv = Server(dev_clock=cls.dev_clock, demo=cls.demo)
        cls.root = cls.srv.admin()

    @classmethod
    def tearDownClass(cls):
        cls.srv.stop()

    # helpers shared by the suites
    _seq = [100]

    def make_org(self, name, kind="unit", parent=None, region="州直"):
        body = {"name": name, "kind": kind, "region": region}
        if parent:
            body["parent_id"] = parent
        r = self.srv.post("/api/v1/orgs", body, token=self.root)
        self.assertEqual(r.status, 201, r)
        return r.json["id"]

    def person_body(self, unit_id, name="测试人员", birth="1980-05-06", gender="M", base=60, **extra):
        self._seq[0] += 2
        body = {
            "name": name, "id_number": id_number("622901", birth, self._seq[0], gender),
            "gender": gender, "birth_date": birth, "retirement_base": base,
            "unit_id": unit_id, "post_managed": True, "phone": "13893001234",
            "degrees": [{"degree": "bachelor", "institution": "兰州大学", "kind": "regular",
                         "specialty": "临床医学", "graduated_on": "2002-07-01",
                         "verifiable_online": True}],
            "qualifications": [{"series": "卫生", "specialty": "临床医学", "level": "intermediate",
                                "obtained_on": "2012-12-01", "scope": "province", "how": "review"}],
            "appointments": [{"level": "intermediate", "appointed_on": "2013-01-01"}],
            "assessments": [{"year": 2024, "result": "competent"}],
            "flags": {},
        }
        body.update(extra)
        return body

    def make_person(self, unit_id, token=None, **kw):
        r = self.srv.post("/api/v1/persons", self.person_body(unit_id, **kw), token=token or self.root)
        self.assertEqual(r.status, 201, r)
        return r.json["id"]

    def make_user(self, username, roles, password="Strong#Pass-2026", **binding):
        body = {"username": username, "password": password, "name": username, "roles": roles}
        body.update(binding)
        r = self.srv.post("/api/v1/users", body, token=self.root)
        self.assertEqual(r.status, 201, r)
        return self.srv.login(username, password)

    def assertError(self, r, status, code=None, rule=None):
        self.assertEqual(r.status, status, r)
        self.assertIn("error", r.json, r)
        err = r.json["error"]
        self.assertIn("message", err)
        self.assertIsInstance(err.get("violations"), list)
        if code:
            self.assertEqual(err["code"], code, r)
        if rule:
            self.assertIn(rule, r.violations(), r)
