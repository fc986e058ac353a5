"""Certificates (§七): R-CERT-NO-INDIVIDUAL (applicant/expert 403), R-CERT-ONESTOP (one
batch per round by the committee office or the unit, warning with the date after 20
working days from the committee publicity's end), SM2-signed QR payload verified
offline by `zhiping cert verify` (and refused when one character changes; the first
payload form still accepted), by the front end's sm-crypto in node, and scanned from the
printed PDF with zbarimg; public
check of valid / void / revoked, hand-over order, R-CERT-LOST (reason only; the old
serial is void and listed), R-CERT-OTHER (3 roster copies; 2 approval forms for 以考代评).

The qualification document is written straight into the test server's database (the
issue-6 flow that produces it is tested in test_evaluation.py), so these tests stay at
the certificate rules' boundaries."""
import base64
import io
import json
import os
import re
import sqlite3
import subprocess
import tempfile
import unittest
import urllib.request
import zipfile
from urllib.parse import quote

from harness import BIN
from test_committees import CommitteeBase


def b64url_decode(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def b64url_encode(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


class Certificates(CommitteeBase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.ready = False
        # Serials are Chinese (甘临…): percent-encode request paths.
        orig = cls.srv.request
        cls.srv.request = lambda method, path, *a, **k: orig(method, quote(path, safe="/?&=:%"), *a, **k)

    def setUp(self):
        c = type(self)
        if c.ready:
            return
        c.cid = self.make_committee("卫生系列高级评委会-证书")
        c.office = self.office_token("office_cert", c.cid)
        c.hr0 = self.make_user("hr_cert0", ["unit_hr"], org_id=self.units[0])
        c.hr1 = self.make_user("hr_cert1", ["unit_hr"], org_id=self.units[1])
        c.p = [self.make_person(self.units[i % 2], name=f"持证人{i}") for i in range(4)]
        c.applicant = self.make_user("appl_cert", ["applicant"], person_id=c.p[0])
        c.expert = self.make_user("expert_cert", ["expert"], person_id=c.p[1])
        c.round_late = self.make_round("2026-04-01", c.p[:4])
        # R-CERT-ONESTOP at its edge, today Monday 2026-06-01 (one round per committee and
        # year: two more committees). Counted by hand on the 2026 calendar (劳动节 05-01..05
        # off, Saturday 05-09 a make-up working day): after a publicity ending Thu 04-30,
        # 05-06..09 (4), 11..15 (9), 18..22 (14), 25..29 (19), 06-01 (20) — today is the last
        # day; after one ending Wed 04-29, 04-30 is the 1st and Fri 05-29 the 20th — late.
        c.cid2 = self.make_committee("卫生系列高级评委会-证书二")
        c.office2 = self.office_token("office_cert2", c.cid2)
        c.p_timely = [self.make_person(self.units[i % 2], name=f"按时持证人{i}") for i in range(2)]
        c.round_timely = self.make_round("2026-04-30", c.p_timely, c.cid2, c.office2)
        c.cid3 = self.make_committee("卫生系列高级评委会-证书三")
        c.office3 = self.office_token("office_cert3", c.cid3)
        c.p_day_late = [self.make_person(self.units[0], name="逾期一日持证人")]
        c.round_day_late = self.make_round("2026-04-29", c.p_day_late, c.cid3, c.office3)
        c.ready = True

    def db(self):
        return sqlite3.connect(os.path.join(self.srv.data, "zhiping.db"), timeout=10)

    def make_round(self, publicity_end, persons, cid=None, office=None):
        r = self.srv.post("/api/v1/rounds", {"committee_id": cid or self.cid, "year": 2026,
                                             "notice_date": "2026-09-01", "meeting_date": "2026-12-10"},
                          token=office or self.office)
        self.assertEqual(r.status, 201, r)
        rid = r.json["id"]
        db = self.db()
        with db:
            n = db.execute("SELECT COUNT(*) FROM documents").fetchone()[0] + 1
            doc = f"doc-{rid}"
            db.execute("INSERT INTO documents(id, round_id, year, number, doc_no, issuer, issued_on, vote_date, entries,"
                       " created_at, created_by) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                       (doc, rid, 2026, n, f"州职改字〔2026〕{n}号", "州人社局", "2026-03-01", "2026-02-20", "[]",
                        "2026-03-01T09:00:00+08:00", "test"))
            for i, pid in enumerate(persons):
                db.execute("INSERT INTO qualifications(id, person_id, document_id, series, specialty, level, "
                           "effective_date, scope, how, promotion_type, doc_no, created_at) "
                           "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                           (f"q-{rid}-{i}", pid, doc, "卫生", "临床医学", "deputy_senior", "2026-02-20", "province",
                            "review", "normal", f"州职改字〔2026〕{n}号", "2026-03-01T09:00:00+08:00"))
            db.execute("INSERT INTO publicities(id, stage, round_id, start_date, end_date, created_at, created_by) "
                       "VALUES (?,?,?,?,?,?,?)", (f"pub-{rid}", "committee", rid, "2026-03-20", publicity_end,
                                                  "2026-03-20T09:00:00+08:00", "test"))
        db.close()
        return rid

    def batch(self, rid, token):
        return self.srv.post("/api/v1/certificate-batches", {"round_id": rid}, token=token)

    def fetch(self, path, token=None):
        req = urllib.request.Request(self.srv.base + quote(path, safe="/?&=:%"))
        if token:
            req.add_header("Authorization", "Bearer " + token)
        try:
            with urllib.request.urlopen(req, timeout=30) as r:
                return r.status, r.read()
        except urllib.error.HTTPError as e:
            return e.code, e.read()

    def verify(self, *args):
        key = os.path.join(self.srv.data, "keys", "bureau_sm2.pub.pem")
        return subprocess.run([BIN, "cert", "verify", "--public-key", key, *args], capture_output=True, text=True,
                              timeout=30)

    def issued(self):
        c = type(self)
        if not hasattr(c, "serials"):
            r = self.batch(c.round_late, c.hr0)  # the unit: its own persons only
            self.assertEqual(r.status, 201, r)
            r2 = self.batch(c.round_late, c.office)  # the committee office: the rest, in one batch
            self.assertEqual(r2.status, 201, r2)
            c.batch_unit, c.batch_office = r.json, r2.json
            c.serials = [x["serial"] for x in r.json["certificates"] + r2.json["certificates"]]
        return c.serials

    def test_individuals_refused_R_CERT_NO_INDIVIDUAL(self):
        for tok in (self.applicant, self.expert):
            self.assertError(self.batch(self.round_late, tok), 403, "forbidden", "R-CERT-NO-INDIVIDUAL")
        self.assertError(self.batch(self.round_late, None), 401)

    def test_batch_serials_and_onestop_warning(self):
        serials = self.issued()
        self.assertEqual(len(serials), 4)
        self.assertEqual(len(self.batch_unit["certificates"]), 2)  # hr0's unit holds persons 0 and 2
        for s in serials:
            self.assertRegex(s, r"^甘临2026\d{6}$")
        nums = sorted(int(s[-6:]) for s in serials)
        self.assertEqual(nums, list(range(nums[0], nums[0] + 4)))
        # R-CERT-ONESTOP: publicity ended 04-01; the 20th working day after it is 04-30
        # (04-02, 03, 07..10, 13..17, 20..24, 27..30; 清明 04-04..06 off). A warning naming it.
        for b in (self.batch_unit, self.batch_office):
            w = [x for x in b["warnings"] if x["rule"] == "R-CERT-ONESTOP"]
            self.assertEqual(len(w), 1, b)
            self.assertIn("2026-04-30", w[0]["message"])
            self.assertIn("2026-06-01", w[0]["message"])
        # Nothing left: a second batch is refused.
        self.assertError(self.batch(self.round_late, self.office), 422)
        # On the 20th working day (today, 06-01, after 04-30): issued without a warning.
        r = self.batch(self.round_timely, self.office2)
        self.assertEqual(r.status, 201, r)
        self.assertEqual(sorted(x["person_id"] for x in r.json["certificates"]), sorted(self.p_timely))
        self.assertEqual([x for x in r.json["warnings"] if x["rule"] == "R-CERT-ONESTOP"], [], r)
        # One working day later (after 04-29 the 20th is 05-29): issued, with the warning.
        r = self.batch(self.round_day_late, self.office3)
        self.assertEqual(r.status, 201, r)
        self.assertEqual([x["person_id"] for x in r.json["certificates"]], self.p_day_late)
        w = [x for x in r.json["warnings"] if x["rule"] == "R-CERT-ONESTOP"]
        self.assertEqual(len(w), 1, r)
        self.assertIn("2026-05-29", w[0]["message"])
        self.assertError(self.batch("nope", self.office), 404)
        self.assertError(self.srv.post("/api/v1/certificate-batches", {}, token=self.office), 400)

    def test_pdf_access_and_public_check(self):
        serials = self.issued()
        s0 = next(x["serial"] for x in self.batch_unit["certificates"] if x["person_id"] == self.p[0])
        for tok in (self.applicant, self.hr0, self.office, self.root):
            status, body = self.fetch(f"/api/v1/certificates/{s0}.pdf", tok)
            self.assertEqual(status, 200, body[:200])
            self.assertEqual(body[:5], b"%PDF-")
        self.assertEqual(self.fetch(f"/api/v1/certificates/{s0}.pdf", self.hr1)[0], 404)
        self.assertEqual(self.fetch(f"/api/v1/certificates/{s0}.pdf")[0], 401)
        r = self.srv.get(f"/api/v1/public/certificates/{s0}")
        self.assertEqual(r.status, 200, r)
        self.assertEqual((r.json["valid"], r.json["status"], r.json["name"]), (True, "valid", "持证人0"))
        for k in ("level", "series", "specialty", "effective_date", "signature"):
            self.assertIn(k, r.json)
        self.assertEqual(r.json["effective_date"], "2026-02-20")
        self.assertError(self.srv.get("/api/v1/public/certificates/甘临2026999999"), 404)
        self.assertEqual(len(serials), 4)

    def payload_of(self, serial):
        cert = self.srv.get(f"/api/v1/certificates/{serial}", token=self.office)
        self.assertEqual(cert.status, 200, cert)
        return cert.json["qr_payload"]

    def test_qr_payload_verifies_offline_and_fails_on_one_changed_character(self):
        self.issued()
        s = self.batch_office["certificates"][0]["serial"]
        payload = self.payload_of(s)
        # <public url>/verify/<percent-encoded serial>#v=1&st=<base64url>&sig=<hex DER>
        m = re.fullmatch(r"https://zhiping\.lxz\.gov\.cn/verify/([A-Za-z0-9%]+)#v=1&st=([A-Za-z0-9_-]+)&sig=([0-9a-f]+)",
                         payload)
        self.assertIsNotNone(m, payload)
        self.assertEqual(m.group(1), quote(s, safe=""))
        self.assertTrue(payload.isascii())
        ok = self.verify("--payload", payload)
        self.assertEqual(ok.returncode, 0, ok.stdout + ok.stderr)
        st = m.group(2)
        statement = b64url_decode(st).decode()
        self.assertEqual(statement.split("|")[0], s)
        tampered = statement.replace("持证人", "待证人", 1)
        bad = self.verify("--payload", payload.replace(st, b64url_encode(tampered.encode())))
        self.assertEqual(bad.returncode, 1, bad.stdout)
        # The serial in the URL must be the statement's.
        other = quote(self.batch_office["certificates"][1]["serial"], safe="")
        bad = self.verify("--payload", payload.replace(m.group(1), other))
        self.assertEqual(bad.returncode, 1, bad.stdout)
        self.assertIn("证书编号", bad.stdout)
        sig = m.group(3)
        self.assertEqual(self.verify("--statement", statement, "--signature", sig).returncode, 0)
        sig_b64 = b64url_encode(bytes.fromhex(sig))
        self.assertEqual(self.verify("--statement", statement, "--signature", sig_b64).returncode, 0)
        self.assertEqual(self.verify("--statement", statement[:-1] + "X", "--signature", sig).returncode, 1)
        self.assertEqual(self.verify("--payload", "garbage").returncode, 1)

    def test_payloads_of_the_first_form_still_verify(self):
        # Certificates printed before the portal page existed carry
        # <base>/api/v1/public/certificates/<serial>#v=1&st=…&sig=<base64url DER>.
        self.issued()
        s = self.batch_office["certificates"][0]["serial"]
        m = re.search(r"#v=1&st=([A-Za-z0-9_-]+)&sig=([0-9a-f]+)$", self.payload_of(s))
        sig_b64 = b64url_encode(bytes.fromhex(m.group(2)))
        for serial_in_url in (s, quote(s, safe="")):
            old = f"https://zhiping.lxz.gov.cn/api/v1/public/certificates/{serial_in_url}#v=1&st={m.group(1)}&sig={sig_b64}"
            r = self.verify("--payload", old)
            self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        bad = f"https://zhiping.lxz.gov.cn/api/v1/public/certificates/{s}#v=1&st={m.group(1)}&sig={sig_b64[:-2]}AA"
        self.assertEqual(self.verify("--payload", bad).returncode, 1)

    def test_public_key_endpoint_is_the_bureau_key(self):
        r = self.srv.get("/api/v1/public/keys")
        self.assertEqual(r.status, 200, r)
        with open(os.path.join(self.srv.data, "keys", "bureau_sm2.pub.pem")) as f:
            pem = f.read()
        self.assertEqual(r.json["pem"], pem)
        der = base64.b64decode("".join(line for line in pem.splitlines() if not line.startswith("-----")))
        self.assertEqual(r.json["sm2_public_key_hex"], der[-65:].hex())
        self.assertRegex(r.json["sm2_public_key_hex"], r"^04[0-9a-f]{128}$")
        self.assertEqual(r.json["user_id"], "1234567812345678")

    def test_browser_library_sm_crypto_verifies_the_payload(self):
        """What the portal's /verify page does, in node with the front end's own sm-crypto:
        parse the URL, decode the fragment, sm2.doVerifySignature(statement, sigHex, "04"+x+y,
        {der: true, hash: true}) with the key from GET /api/v1/public/keys."""
        modules = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "web", "node_modules")
        self.assertTrue(os.path.isdir(os.path.join(modules, "sm-crypto")),
                        "web/node_modules/sm-crypto missing: run `make web` (npm ci in web/)")
        self.issued()
        s = self.batch_office["certificates"][0]["serial"]
        payload = self.payload_of(s)
        key = self.srv.get("/api/v1/public/keys").json["sm2_public_key_hex"]
        st = re.search(r"st=([A-Za-z0-9_-]+)", payload).group(1)
        forged = payload.replace(st, b64url_encode(b64url_decode(st).decode().replace("持证人", "假证人", 1).encode()))
        other_key = "04" + "".join(reversed(key[2:]))  # not even on the curve
        script = r"""
const { sm2 } = require('sm-crypto');
const cases = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const out = cases.map(([payload, key]) => {
  const url = new URL(payload);
  const serial = decodeURIComponent(url.pathname.split('/').pop());
  const frag = new URLSearchParams(url.hash.slice(1));
  const statement = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(frag.get('st'), 'base64url'));
  const valid = frag.get('v') === '1' && statement.split('|')[0] === serial &&
    sm2.doVerifySignature(statement, frag.get('sig'), key, { der: true, hash: true });
  return { serial, statement, valid };
});
process.stdout.write(JSON.stringify(out));
"""
        env = dict(os.environ, NODE_PATH=os.path.abspath(modules))
        r = subprocess.run(["node", "-e", script], input=json.dumps([[payload, key], [forged, key], [payload, other_key]]),
                           capture_output=True, text=True, timeout=60, env=env)
        self.assertEqual(r.returncode, 0, r.stderr)
        good, bad_statement, bad_key = json.loads(r.stdout)
        self.assertEqual(good["serial"], s)
        self.assertEqual(good["statement"], b64url_decode(st).decode())
        self.assertTrue(good["valid"], good)
        self.assertFalse(bad_statement["valid"], bad_statement)
        self.assertFalse(bad_key["valid"], bad_key)

    def test_printed_qr_scans_to_the_payload(self):
        """The certificate PDF rendered to an image (pdftoppm) and scanned (zbarimg)."""
        self.issued()
        s = self.batch_office["certificates"][0]["serial"]
        status, pdf = self.fetch(f"/api/v1/certificates/{s}.pdf", self.office)
        self.assertEqual(status, 200)
        with tempfile.TemporaryDirectory(prefix="zhiping-qr-") as tmp:
            with open(os.path.join(tmp, "c.pdf"), "wb") as f:
                f.write(pdf)
            subprocess.run(["pdftoppm", "-r", "200", "-png", "-singlefile", os.path.join(tmp, "c.pdf"),
                            os.path.join(tmp, "c")], capture_output=True, check=True, timeout=120)
            scan = subprocess.run(["zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable",
                                   os.path.join(tmp, "c.png")], capture_output=True, timeout=120)
        self.assertEqual(scan.returncode, 0, scan.stderr)
        self.assertEqual(scan.stdout.decode("utf-8").strip(), self.payload_of(s))

    def test_handover_unit_then_person(self):
        self.issued()
        s = self.batch_unit["certificates"][1]["serial"]
        url = f"/api/v1/certificates/{s}/handover"
        self.assertError(self.srv.post(url, {"to": "person", "date": "2026-06-01"}, token=self.hr0), 422,
                         rule="R-CERT-ONESTOP")
        self.assertEqual(self.srv.post(url, {"to": "unit", "date": "2026-05-30"}, token=self.office).status, 200)
        self.assertEqual(self.srv.post(url, {"to": "person", "date": "2026-06-01"}, token=self.hr0).status, 200)
        self.assertError(self.srv.post(url, {"to": "person", "date": "2026-06-01"}, token=self.applicant), 403,
                         rule="R-CERT-NO-INDIVIDUAL")
        self.assertError(self.srv.post(url, {"to": "pet", "date": "2026-06-01"}, token=self.hr0), 400)
        self.assertError(self.srv.post(url, {"to": "unit", "date": "2030-01-01"}, token=self.hr0), 400)
        got = self.srv.get(f"/api/v1/certificates/{s}", token=self.hr0).json
        self.assertEqual((got["handover_unit_on"], got["handover_person_on"]), ("2026-05-30", "2026-06-01"))

    def test_replacement_voids_old_and_lists_it(self):
        self.issued()
        old = next(x["serial"] for x in self.batch_unit["certificates"] if x["person_id"] == self.p[0])
        url = f"/api/v1/certificates/{old}/replacement"
        self.assertError(self.srv.post(url, {"reason": "遗失"}, token=self.applicant), 403, "forbidden",
                         "R-CERT-NO-INDIVIDUAL")
        self.assertError(self.srv.post(url, {"reason": "  "}, token=self.hr0), 422, "rule_violation", "R-CERT-LOST")
        self.assertError(self.srv.post(url, {"reason": "遗失"}, token=self.hr1), 404)  # not its unit
        r = self.srv.post(url, {"reason": "搬家遗失"}, token=self.hr0)
        self.assertEqual(r.status, 201, r)
        new = r.json["serial"]
        self.assertNotEqual(new, old)
        pub_old = self.srv.get(f"/api/v1/public/certificates/{old}").json
        self.assertEqual((pub_old["valid"], pub_old["status"]), (False, "void"))
        pub_new = self.srv.get(f"/api/v1/public/certificates/{new}").json
        self.assertEqual((pub_new["valid"], pub_new["status"]), (True, "valid"))
        listed = self.srv.get("/api/v1/public/void-declarations")
        self.assertEqual(listed.status, 200)
        self.assertIn(old, [d["serial"] for d in listed.json])
        self.assertNotIn(new, [d["serial"] for d in listed.json])
        status, body = self.fetch("/api/v1/public/void-declarations.pdf")
        self.assertEqual((status, body[:5]), (200, b"%PDF-"))
        self.assertError(self.srv.post(url, {"reason": "又遗失"}, token=self.hr0), 409)

    def test_revoked_qualification_shows_revoked(self):
        self.issued()
        x = next(x for x in self.batch_office["certificates"] if x["person_id"] == self.p[3])
        r = self.srv.post(f"/api/v1/qualifications/q-{self.round_late}-3/revoke", {"reason": "业绩造假"},
                          token=self.title_office())
        self.assertEqual(r.status, 200, r)
        pub = self.srv.get(f"/api/v1/public/certificates/{x['serial']}").json
        self.assertEqual((pub["valid"], pub["status"]), (False, "revoked"))

    def test_rosters_R_CERT_OTHER(self):
        body = {"kind": "assessment", "unit_id": self.units[0], "roster_copies": 2, "approval_form_copies": 0,
                "persons": [{"person_id": self.p[0], "series": "卫生", "specialty": "临床医学", "level": "assistant"}]}
        self.assertError(self.srv.post("/api/v1/certificate-rosters", body, token=self.hr0), 422, "rule_violation",
                         "R-CERT-OTHER")
        r = self.srv.post("/api/v1/certificate-rosters", dict(body, roster_copies=3), token=self.hr0)
        self.assertEqual(r.status, 201, r)
        exam = dict(body, kind="exam", roster_copies=3, approval_form_copies=1, grassroots=True)
        self.assertError(self.srv.post("/api/v1/certificate-rosters", exam, token=self.hr0), 422, rule="R-CERT-OTHER")
        r2 = self.srv.post("/api/v1/certificate-rosters", dict(exam, approval_form_copies=2), token=self.hr0)
        self.assertEqual(r2.status, 201, r2)
        self.assertError(self.srv.post("/api/v1/certificate-rosters", dict(body, roster_copies=3),
                                       token=self.applicant), 403, rule="R-CERT-NO-INDIVIDUAL")
        self.assertError(self.srv.post("/api/v1/certificate-rosters", dict(body, roster_copies=3), token=self.hr1), 403)
        self.assertError(self.srv.post("/api/v1/certificate-rosters", dict(body, roster_copies="3"), token=self.hr0),
                         400)
        status, xlsx = self.fetch(f"/api/v1/certificate-rosters/{r2.json['id']}/roster.xlsx", self.hr0)
        self.assertEqual((status, xlsx[:4]), (200, b"PK\x03\x04"))
        z = zipfile.ZipFile(io.BytesIO(xlsx))
        text = "".join(z.read(n).decode() for n in z.namelist()
                       if n.startswith("xl/worksheets/") or n == "xl/sharedStrings.xml")
        for want in ("姓名", "证书编号", "持证人0", "以考代评", "基层有效"):
            self.assertIn(want, text)
        self.assertEqual(self.fetch(f"/api/v1/certificate-rosters/{r2.json['id']}/roster.xlsx", self.hr1)[0], 404)

    def test_roster_certificates_get_serials_R_CERT_OTHER(self):
        persons = [{"person_id": self.p[2], "series": "卫生", "specialty": "临床医学", "level": "assistant"}]
        grass = {"kind": "exam", "unit_id": self.units[0], "roster_copies": 3, "approval_form_copies": 2,
                 "grassroots": True, "persons": persons}
        r = self.srv.post("/api/v1/certificate-rosters", grass, token=self.hr0)
        self.assertEqual(r.status, 201, r)
        self.assertEqual(len(r.json["certificates"]), 1, r.json)
        serial = r.json["certificates"][0]["serial"]
        self.assertRegex(serial, r"^甘临2026\d{6}$")
        # the same yearly sequence as the batch certificates: every serial distinct
        db = self.db()
        try:
            self.assertEqual(db.execute("SELECT roster_id, how, scope FROM certificates WHERE serial = ?",
                                        (serial,)).fetchone(), (r.json["id"], "exam", "grassroots"))
            self.assertEqual(db.execute("SELECT COUNT(*) FROM certificates").fetchone()[0],
                             db.execute("SELECT COUNT(DISTINCT serial) FROM certificates").fetchone()[0])
        finally:
            db.close()
        # 花名册: the serial in 证书编号, 基层有效 in 有效范围
        status, xlsx = self.fetch(f"/api/v1/certificate-rosters/{r.json['id']}/roster.xlsx", self.hr0)
        self.assertEqual(status, 200)
        z = zipfile.ZipFile(io.BytesIO(xlsx))
        text = "".join(z.read(n).decode() for n in z.namelist()
                       if n.startswith("xl/worksheets/") or n == "xl/sharedStrings.xml")
        for want in ("证书编号", serial, "基层有效", "以考代评", "持证人2"):
            self.assertIn(want, text)
        # a real certificate: the unit sees it, the public check says valid, the signature verifies offline
        cert = self.srv.get(f"/api/v1/certificates/{serial}", token=self.hr0)
        self.assertEqual(cert.status, 200, cert)
        self.assertEqual((cert.json["scope"], cert.json["how"], cert.json["level"]), ("grassroots", "exam", "assistant"))
        pub = self.srv.get(f"/api/v1/public/certificates/{serial}").json
        self.assertEqual((pub["valid"], pub["status"]), (True, "valid"), pub)
        self.assertEqual(self.verify("--payload", cert.json["qr_payload"]).returncode, 0)
        # 考核定职 without the grassroots flag: 全省有效
        r2 = self.srv.post("/api/v1/certificate-rosters", dict(grass, kind="assessment", grassroots=False,
                                                               approval_form_copies=0), token=self.hr0)
        self.assertEqual(r2.status, 201, r2)
        s2 = r2.json["certificates"][0]["serial"]
        self.assertNotEqual(s2, serial)
        self.assertEqual(self.srv.get(f"/api/v1/certificates/{s2}", token=self.hr0).json["scope"], "province")
        status, xlsx = self.fetch(f"/api/v1/certificate-rosters/{r2.json['id']}/roster.xlsx", self.hr0)
        z = zipfile.ZipFile(io.BytesIO(xlsx))
        text = "".join(z.read(n).decode() for n in z.namelist()
                       if n.startswith("xl/worksheets/") or n == "xl/sharedStrings.xml")
        self.assertIn(s2, text)
        self.assertIn("全省有效", text)
        self.assertIn("考核认定", text)
        # one roster, one audit entry with the serials; a person twice in one roster is 400, nothing issued
        audit = self.srv.get("/api/v1/audit?after_seq=0&limit=1000", token=self.root).json
        audit = audit.get("entries", audit) if isinstance(audit, dict) else audit
        self.assertTrue([e for e in audit if e["action"] == "certificate.roster" and serial in str(e)])
        db = self.db()
        before = db.execute("SELECT COUNT(*) FROM certificates").fetchone()[0]
        db.close()
        self.assertError(self.srv.post("/api/v1/certificate-rosters", dict(grass, persons=persons * 2),
                                       token=self.hr0), 400)
        db = self.db()
        self.assertEqual(db.execute("SELECT COUNT(*) FROM certificates").fetchone()[0], before)
        db.close()


if __name__ == "__main__":
    unittest.main()
