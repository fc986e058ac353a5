"""Issue 15, finding 9 (the small ones taken here): the database files and private keys
are the owner's only (0600, whatever the umask), every 429 carries Retry-After, and the
access log writes a request's raw bytes escaped."""
import os
import re
import socket
import stat
import unittest
import urllib.parse

from harness import ServerTest


class FilesAndHeaders(ServerTest):
    @classmethod
    def setUpClass(cls):
        # A permissive umask, as a service account often has: the server must not rely on it.
        old = os.umask(0o022)
        try:
            super().setUpClass()
        finally:
            os.umask(old)

    def mode(self, rel):
        return stat.S_IMODE(os.stat(os.path.join(self.srv.data, rel)).st_mode)

    def test_database_and_keys_are_owner_only(self):
        self.make_org("权限测试单位")  # a write: the WAL and its index exist
        names = sorted(os.listdir(self.srv.data))
        for rel in ("zhiping.db", "zhiping.db-wal", "zhiping.db-shm"):
            self.assertIn(rel, names)
            self.assertEqual(self.mode(rel) & 0o077, 0, (rel, oct(self.mode(rel))))
        for rel in ("keys/master.key", "keys/bureau_sm2.pem"):
            self.assertEqual(self.mode(rel), 0o600, rel)
        self.assertEqual(self.mode("keys") & 0o077, 0)

    def test_every_429_says_when_to_retry(self):
        self.srv.set_clock(self.root, "2026-06-01T09:00:00+08:00", frozen=True)
        q = "/api/v1/public/qualifications?" + urllib.parse.urlencode({"name": "张三", "id_last6": "123456"})
        statuses = [self.srv.get(q).status for _ in range(30)]
        self.assertEqual(set(statuses), {200})
        r = self.srv.get(q)
        self.assertEqual(r.status, 429, r)
        retry = {k.lower(): v for k, v in r.headers.items()}.get("retry-after")
        self.assertIsNotNone(retry, r.headers)
        self.assertRegex(retry, r"^[1-9][0-9]*$")
        self.assertGreaterEqual(int(retry), 600)  # not before the 10-minute window has passed

    def test_access_log_escapes_raw_bytes(self):
        # Bytes above 0x7e (invalid UTF-8, a right-to-left override U+202E) and a backslash.
        raw = b"GET /api/v1/\xc3\x28\\evil\xe2\x80\xae HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
        with socket.create_connection(("127.0.0.1", self.srv.port), timeout=30) as s:
            s.sendall(raw)
            while s.recv(65536):
                pass
        line = self.srv.wait_for_line(re.escape(r"GET /api/v1/\xc3(\x5cevil\xe2\x80\xae") + r" 4\d\d ")
        self.assertTrue(all(0x20 <= ord(ch) < 0x7f for ch in line.rstrip("\n")), repr(line))


if __name__ == "__main__":
    unittest.main()
