"""How zhiping serves the web UI (docs/web.md), against a temporary web root with a
fake index.html and hashed assets (never the real web build): the security headers
of HTML (CSP without inline script, frame-ancestors 'none', X-Frame-Options,
Referrer-Policy), nosniff on every response, the cache headers of assets and of
index.html, the single-page fallback for client routes only (a missing asset is a
404), and the API's JSON 404 untouched."""
import http.client
import os
import shutil
import subprocess
import tempfile
import unittest

from harness import BIN, Server

CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
       "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
       "frame-ancestors 'none'")
INDEX = ('<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>职评测试页</title>'
         '<script type="module" src="/assets/index-3f9a1c.js"></script></head><body><div id="app"></div></body></html>')
SCRIPT = "console.log('职评');\n"


class WebServing(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.root = tempfile.mkdtemp(prefix="zhiping-web-")
        os.makedirs(os.path.join(cls.root, "assets"))
        with open(os.path.join(cls.root, "index.html"), "w", encoding="utf-8") as f:
            f.write(INDEX)
        with open(os.path.join(cls.root, "assets", "index-3f9a1c.js"), "w", encoding="utf-8") as f:
            f.write(SCRIPT)
        with open(os.path.join(cls.root, "assets", "index-77aa01.css"), "w", encoding="utf-8") as f:
            f.write("body{margin:0}")
        with open(os.path.join(cls.root, "robots.txt"), "w", encoding="utf-8") as f:
            f.write("User-agent: *\n")
        cls.srv = Server(extra_env={"ZHIPING_WEB_DIR": cls.root})

    @classmethod
    def tearDownClass(cls):
        cls.srv.stop()
        shutil.rmtree(cls.root, ignore_errors=True)

    def raw(self, method, target):
        """A request with the target exactly as given (no client-side normalisation)."""
        c = http.client.HTTPConnection("127.0.0.1", self.srv.port, timeout=30)
        try:
            c.request(method, target)
            r = c.getresponse()
            return r.status, {k.lower(): v for k, v in r.getheaders()}, r.read()
        finally:
            c.close()

    def assertHtmlPage(self, target):
        status, h, body = self.raw("GET", target)
        self.assertEqual(status, 200, (target, body[:200]))
        self.assertEqual(body.decode("utf-8"), INDEX, target)
        self.assertEqual(h["content-type"], "text/html; charset=utf-8")
        self.assertEqual(h["content-security-policy"], CSP)
        self.assertEqual(h["x-frame-options"], "DENY")
        self.assertEqual(h["referrer-policy"], "same-origin")
        self.assertEqual(h["x-content-type-options"], "nosniff")
        self.assertEqual(h["cache-control"], "no-cache")

    def test_index_and_every_client_route_get_index_html_with_the_security_headers(self):
        for target in ("/", "/index.html", "/login", "/portal/committees", "/workspace/title-office/rounds",
                       "/verify/%E7%94%98%E4%B8%B42026000001", "/verify/%E7%94%98%E4%B8%B42026000001?x=1"):
            self.assertHtmlPage(target)

    def test_the_csp_allows_no_inline_script(self):
        script_src = [d.strip() for d in CSP.split(";") if d.strip().startswith("script-src")][0]
        self.assertEqual(script_src, "script-src 'self'")
        _, h, _ = self.raw("GET", "/")
        self.assertNotIn("unsafe-inline", [d for d in h["content-security-policy"].split(";")
                                           if "script-src" in d][0])

    def test_hashed_assets_are_cached_for_a_year(self):
        status, h, body = self.raw("GET", "/assets/index-3f9a1c.js")
        self.assertEqual(status, 200)
        self.assertEqual(body.decode("utf-8"), SCRIPT)
        self.assertEqual(h["content-type"], "text/javascript; charset=utf-8")
        self.assertEqual(h["cache-control"], "public, max-age=31536000, immutable")
        self.assertEqual(h["x-content-type-options"], "nosniff")
        status, h, _ = self.raw("GET", "/assets/index-77aa01.css")
        self.assertEqual((status, h["content-type"]), (200, "text/css; charset=utf-8"))
        self.assertEqual(h["cache-control"], "public, max-age=31536000, immutable")
        # Other files: revalidated.
        status, h, body = self.raw("GET", "/robots.txt")
        self.assertEqual((status, body), (200, b"User-agent: *\n"))
        self.assertEqual(h["cache-control"], "no-cache")

    def test_a_missing_asset_or_file_is_404_not_index_html(self):
        for target in ("/assets/missing-000000.js", "/assets/", "/assets/sub/x.css", "/favicon.ico",
                       "/portal/logo.png"):
            status, h, body = self.raw("GET", target)
            self.assertEqual(status, 404, target)
            self.assertNotIn(b"<!doctype html>", body)
            self.assertEqual(h["x-content-type-options"], "nosniff")

    def test_paths_outside_the_root_are_not_served(self):
        for target in ("/../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/assets/../../etc/hostname"):
            status, _, body = self.raw("GET", target)
            self.assertNotIn(b"root:", body, target)
            # A path that climbs out of the web root is refused as a missing file (JSON 404),
            # never normalised into a page or a file outside the root.
            self.assertEqual(status, 404, target)
            self.assertIn(b'"code":"not_found"', body, target)

    def test_api_keeps_its_json_404_and_gets_nosniff_and_no_store(self):
        status, h, body = self.raw("GET", "/api/v1/no-such-thing")
        self.assertEqual(status, 404)
        self.assertEqual(h["content-type"], "application/json; charset=utf-8")
        self.assertIn(b'"code":"not_found"', body)
        self.assertEqual(h["x-content-type-options"], "nosniff")
        self.assertEqual(h["cache-control"], "no-store")
        self.assertNotIn("content-security-policy", h)
        status, _, body = self.raw("GET", "/api")
        self.assertEqual(status, 404)
        self.assertIn(b'"code":"not_found"', body)
        status, h, _ = self.raw("GET", "/api/v1/series")
        self.assertEqual(status, 200)
        self.assertEqual(h["x-content-type-options"], "nosniff")

    def test_head_gives_the_headers_of_get(self):
        status, h, body = self.raw("HEAD", "/portal")
        self.assertEqual(status, 200)
        self.assertEqual(body, b"")
        self.assertEqual(int(h["content-length"]), len(INDEX.encode("utf-8")))
        self.assertEqual(h["content-security-policy"], CSP)

    def test_the_server_names_its_web_root(self):
        self.assertIn(os.path.realpath(self.root), "".join(self.srv.stderr_lines))

    def test_web_flag_refuses_a_directory_without_index_html(self):
        empty = tempfile.mkdtemp(prefix="zhiping-web-empty-")
        data = tempfile.mkdtemp(prefix="zhiping-data-")
        try:
            r = subprocess.run([BIN, "serve", "--port", "0", "--data", data, "--web", empty],
                               capture_output=True, text=True, timeout=60)
            self.assertEqual(r.returncode, 2, r.stdout + r.stderr)
            self.assertIn("index.html", r.stderr)
        finally:
            shutil.rmtree(empty, ignore_errors=True)
            shutil.rmtree(data, ignore_errors=True)


class DefaultWebRoot(unittest.TestCase):
    """Without --web: ./web/dist, else <binary dir>/../web/dist, else API only. The binary
    is linked (or copied) into a temporary tree so the real checkout's web/dist is not seen."""

    def setUp(self):
        self.tree = tempfile.mkdtemp(prefix="zhiping-tree-")
        os.makedirs(os.path.join(self.tree, "build"))
        self.bin = os.path.join(self.tree, "build", "zhiping")
        try:
            os.link(os.path.realpath(BIN), self.bin)
        except OSError:
            shutil.copy2(os.path.realpath(BIN), self.bin)
        self.cwd = os.path.join(self.tree, "elsewhere")
        os.makedirs(self.cwd)

    def tearDown(self):
        shutil.rmtree(self.tree, ignore_errors=True)

    def serve_and_get(self, target):
        env = {k: v for k, v in os.environ.items() if k != "ZHIPING_WEB_DIR"}
        p = subprocess.Popen([self.bin, "serve", "--port", "0", "--data", os.path.join(self.tree, "data"),
                              "--threads", "1"], cwd=self.cwd, env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
        try:
            line = p.stdout.readline()
            self.assertIn("listening on http://127.0.0.1:", line)
            c = http.client.HTTPConnection("127.0.0.1", int(line.strip().rsplit(":", 1)[1]), timeout=30)
            c.request("GET", target)
            r = c.getresponse()
            result = r.status, r.read()
            c.close()
        finally:
            p.terminate()
            _, err = p.communicate(timeout=60)
        return result, err

    def test_without_web_files_pages_get_a_json_404_that_says_so(self):
        (status, body), err = self.serve_and_get("/")
        self.assertEqual(status, 404)
        self.assertIn("网页界面未安装", body.decode("utf-8"))
        self.assertIn(b'"code":"not_found"', body)
        self.assertIn("未找到网页界面", err)

    def test_web_dist_beside_the_binary_directory_is_found(self):
        dist = os.path.join(self.tree, "web", "dist")
        os.makedirs(dist)
        with open(os.path.join(dist, "index.html"), "w", encoding="utf-8") as f:
            f.write(INDEX)
        (status, body), err = self.serve_and_get("/portal")
        self.assertEqual((status, body.decode("utf-8")), (200, INDEX))
        self.assertIn(os.path.realpath(dist), err)

    def test_web_dist_in_the_working_directory_comes_first(self):
        for d, text in ((os.path.join(self.tree, "web", "dist"), "<!doctype html><p>beside</p>"),
                        (os.path.join(self.cwd, "web", "dist"), "<!doctype html><p>cwd</p>")):
            os.makedirs(d)
            with open(os.path.join(d, "index.html"), "w", encoding="utf-8") as f:
                f.write(text)
        (status, body), _ = self.serve_and_get("/")
        self.assertEqual((status, body.decode("utf-8")), (200, "<!doctype html><p>cwd</p>"))


if __name__ == "__main__":
    unittest.main()
