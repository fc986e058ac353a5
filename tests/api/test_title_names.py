"""资格名称 title names (issue 16, item 6).

TitleTable: the table seeded by migration 0010 for every series the catalogue ships
(卫生 by specialty: 医士/医师/主治医师/副主任医师/主任医师, 护士…主任护师; 中小学教师 三级教师…
正高级教师; 工程 技术员…正高级工程师; …), public reads, the sysadmin's audited PUT with
every entry validated before anything is written, and a roster certificate (考核认定) that
prints 医师 where it printed 「助理级 临床医学 助理级」, keeping its name after the table
changes.

TitleFlow: a senior 卫生 round through the real flow — the application, the applications
export, the stage-2 publicity (JSON and xlsx), the qualification document (JSON and PDF),
the public qualification query, the certificate (JSON, PDF, public check) and the void
declaration — each shows the title name; what was issued keeps the name of its day."""
import io
import unittest
import urllib.request
import zipfile
from urllib.parse import quote, urlencode

from fixtures_eval import EvalBase, MEETING
from harness import ServerTest, pdf_text

LEVELS = ["junior", "assistant", "intermediate", "deputy_senior", "full_senior"]


def xlsx_text(raw):
    z = zipfile.ZipFile(io.BytesIO(raw))
    return "".join(z.read(n).decode() for n in z.namelist()
                   if n.startswith("xl/worksheets/") or n == "xl/sharedStrings.xml")


def fetch(srv, path, token=None):
    req = urllib.request.Request(srv.base + quote(path, safe="/?&=:%"))
    if token:
        req.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


class TitleTable(ServerTest):
    def ladder(self, rows, series, specialty=""):
        got = {r["level"]: r["name"] for r in rows if r["series"] == series and r["specialty"] == specialty}
        return [got.get(lv) for lv in LEVELS]

    def resolve(self, series, specialty, level):
        r = self.srv.get("/api/v1/title-names/resolve?" + urlencode(
            {"series": series, "specialty": specialty, "level": level}))
        self.assertEqual(r.status, 200, r)
        return r.json["title_name"], r.json["source"]

    def test_seeded_names_for_every_shipped_series(self):
        r = self.srv.get("/api/v1/title-names")  # public
        self.assertEqual(r.status, 200, r)
        rows = r.json
        self.assertEqual(self.ladder(rows, "卫生", "临床医学"), ["医士", "医师", "主治医师", "副主任医师", "主任医师"])
        self.assertEqual(self.ladder(rows, "卫生", "护理"), ["护士", "护师", "主管护师", "副主任护师", "主任护师"])
        self.assertEqual(self.ladder(rows, "卫生", "药学"), ["药士", "药师", "主管药师", "副主任药师", "主任药师"])
        self.assertEqual(self.ladder(rows, "卫生", "医学技术"), ["技士", "技师", "主管技师", "副主任技师", "主任技师"])
        self.assertEqual(self.ladder(rows, "中小学教师"), ["三级教师", "二级教师", "一级教师", "高级教师", "正高级教师"])
        self.assertEqual(self.ladder(rows, "工程"), ["技术员", "助理工程师", "工程师", "高级工程师", "正高级工程师"])
        self.assertEqual(self.ladder(rows, "农业"), ["农业技术员", "助理农艺师", "农艺师", "高级农艺师", "正高级农艺师"])
        self.assertEqual(self.ladder(rows, "经济"), ["员级", "助理经济师", "经济师", "高级经济师", "正高级经济师"])
        self.assertEqual(self.ladder(rows, "会计"), ["员级", "助理会计师", "会计师", "高级会计师", "正高级会计师"])
        self.assertEqual(self.ladder(rows, "统计"), ["员级", "助理统计师", "统计师", "高级统计师", "正高级统计师"])
        self.assertEqual(self.ladder(rows, "高校教师"), ["员级", "助教", "讲师", "副教授", "教授"])
        self.assertEqual(self.ladder(rows, "档案"), ["管理员", "助理馆员", "馆员", "副研究馆员", "研究馆员"])
        self.assertEqual(self.ladder(rows, "中等职业学校教师"), ["员级", "助理讲师", "讲师", "高级讲师", "正高级讲师"])
        self.assertEqual(self.ladder(rows, "新闻", "记者"), ["员级", "助理记者", "记者", "主任记者", "高级记者"])
        self.assertEqual(self.ladder(rows, "新闻", "播音主持"),
                         ["三级播音员", "二级播音员", "一级播音员", "主任播音员", "播音指导"])
        self.assertEqual(self.ladder(rows, "文化艺术", "演员"), ["员级", "四级演员", "三级演员", "二级演员", "一级演员"])
        self.assertEqual(self.ladder(rows, "文化艺术", "文物博物"),
                         ["文博管理员", "助理馆员", "馆员", "副研究馆员", "研究馆员"])
        # Every series of the shipped catalogue has names for every specialty at every level.
        catalogue = self.srv.get("/api/v1/series").json
        self.assertEqual(len(catalogue), 12)
        for s in catalogue:
            for sp in s["specialties"]:
                for lv in LEVELS:
                    name, source = self.resolve(s["name"], sp["name"], lv)
                    self.assertNotEqual(source, "level", (s["name"], sp["name"], lv))
                    self.assertTrue(name)
        # Lookups: the specialty's row, the series' row, else the level's name.
        self.assertEqual(self.resolve("卫生", "护理", "intermediate"), ("主管护师", "specialty"))
        self.assertEqual(self.resolve("中小学教师", "数学", "deputy_senior"), ("高级教师", "series"))
        self.assertEqual(self.resolve("中等职业学校教师", "实习指导", "full_senior"), ("正高级实习指导教师", "specialty"))
        self.assertEqual(self.resolve("卫生", "不存在的专业", "intermediate"), ("中级", "level"))
        filtered = self.srv.get("/api/v1/title-names?series=" + quote("工程")).json
        self.assertEqual({r["series"] for r in filtered}, {"工程"})
        self.assertEqual([r["level"] for r in filtered], LEVELS)  # in level order
        self.assertEqual(filtered[2]["level_name"], "中级")
        self.assertError(self.srv.get("/api/v1/title-names/resolve?series=" + quote("卫生") + "&level=x"), 400)

    def test_sysadmin_edits_validated_atomic_audited(self):
        url = "/api/v1/title-names"
        to = self.make_user("to_titles", ["title_office"])
        ok_entry = {"series": "卫生", "specialty": "中医", "level": "intermediate", "name": "主治中医师"}
        self.assertError(self.srv.put(url, {"entries": [ok_entry]}, token=to), 403)
        self.assertError(self.srv.put(url, {"entries": [ok_entry]}), 401)
        bad = [
            (dict(ok_entry, level="senior"), "entries[1].level"),
            (dict(ok_entry, series="不存在"), "entries[1].series"),
            (dict(ok_entry, specialty="数学"), "entries[1].specialty"),
            (dict(ok_entry, name="主治|中医师"), "entries[1].name"),
            (dict(ok_entry, name="  "), "entries[1].name"),
            (dict(ok_entry, name="师" * 33), "entries[1].name"),
            (dict(ok_entry, name=7), "entries[1].name"),
            ({k: v for k, v in ok_entry.items() if k != "name"}, "entries[1].name"),
            ({k: v for k, v in ok_entry.items() if k != "level"}, "entries[1].level"),
        ]
        first = {"series": "卫生", "specialty": "中医", "level": "deputy_senior", "name": "副主任中医师"}
        for entry, field in bad:
            r = self.srv.put(url, {"entries": [first, entry]}, token=self.root)
            self.assertError(r, 400, "bad_request")
            self.assertIn(field, r.json["error"]["message"], (entry, r))
        r = self.srv.put(url, {"entries": [ok_entry, dict(ok_entry, name="别名")]}, token=self.root)
        self.assertError(r, 400, "bad_request")
        # Nothing of a refused request was written.
        self.assertEqual(self.resolve("卫生", "中医", "deputy_senior"), ("副主任医师", "specialty"))
        self.assertEqual(self.resolve("卫生", "中医", "intermediate"), ("主治医师", "specialty"))

        r = self.srv.put(url, {"entries": [ok_entry, first]}, token=self.root)
        self.assertEqual(r.status, 200, r)
        self.assertEqual([(c["level"], c["from"], c["to"]) for c in r.json["changes"]],
                         [("intermediate", "主治医师", "主治中医师"), ("deputy_senior", "副主任医师", "副主任中医师")])
        self.assertEqual(self.resolve("卫生", "中医", "intermediate"), ("主治中医师", "specialty"))
        row = next(x for x in r.json["title_names"] if x["specialty"] == "中医" and x["level"] == "intermediate")
        self.assertEqual(row["updated_by"], "admin")
        self.assertTrue(row["updated_at"])
        # The same again changes nothing; null removes a row (the level's name shows).
        self.assertEqual(self.srv.put(url, {"entries": [ok_entry]}, token=self.root).json["changes"], [])
        r = self.srv.put(url, {"entries": [dict(ok_entry, name=None)]}, token=self.root)
        self.assertEqual(r.json["changes"], [{"series": "卫生", "specialty": "中医", "level": "intermediate",
                                              "from": "主治中医师", "to": None}], r)
        self.assertEqual(self.resolve("卫生", "中医", "intermediate"), ("中级", "level"))
        audit = self.srv.get("/api/v1/audit?limit=1000", token=self.root).json
        entries = audit if isinstance(audit, list) else audit.get("entries", [])
        puts = [e for e in entries if e["action"] == "title_names.put"
                and e["data"]["changes"][0]["specialty"] == "中医"]
        self.assertEqual(len(puts), 2, puts)
        self.assertEqual(puts[0]["data"]["changes"][0]["to"], "主治中医师")

    def test_roster_certificate_prints_the_title_name_and_keeps_it(self):
        t = self.root
        unit = self.make_org("临夏县人民医院", region="临夏县")
        pid = self.make_person(unit, name="马丽", birth="1995-03-08", gender="F", base=55)
        hr = self.make_user("hr_titles", ["unit_hr"], org_id=unit)
        roster = {"kind": "assessment", "unit_id": unit, "roster_copies": 3, "approval_form_copies": 0,
                  "persons": [{"person_id": pid, "series": "卫生", "specialty": "临床医学",
                               "level": "assistant"}]}
        r = self.srv.post("/api/v1/certificate-rosters", roster, token=hr)
        self.assertEqual(r.status, 201, r)
        [cert] = r.json["certificates"]
        self.assertEqual(cert["title_name"], "医师")
        serial = cert["serial"]
        got = self.srv.get("/api/v1/certificates/" + quote(serial), token=hr).json
        self.assertEqual((got["title_name"], got["level"], got["level_name"]), ("医师", "assistant", "助理级"))
        status, pdf = fetch(self.srv, f"/api/v1/certificates/{serial}.pdf", hr)
        self.assertEqual(status, 200)
        text = pdf_text(pdf)
        self.assertIn("医师", text)
        self.assertNotIn("助理级", text)  # was 「助理级 临床医学 助理级」
        status, xlsx = fetch(self.srv, f"/api/v1/certificate-rosters/{r.json['id']}/roster.xlsx", hr)
        self.assertEqual(status, 200)
        self.assertIn("医师", xlsx_text(xlsx))
        # The table changes; the issued certificate keeps 医师, a new one takes the new name.
        e = {"series": "卫生", "specialty": "临床医学", "level": "assistant", "name": "执业医师"}
        self.assertEqual(self.srv.put("/api/v1/title-names", {"entries": [e]}, token=t).status, 200)
        pub = self.srv.get("/api/v1/public/certificates/" + quote(serial))
        self.assertEqual((pub.json["title_name"], pub.json["valid"]), ("医师", True), pub)
        self.assertIn("医师", xlsx_text(fetch(self.srv, f"/api/v1/certificate-rosters/{r.json['id']}/roster.xlsx",
                                             hr)[1]))
        pid2 = self.make_person(unit, name="马强", birth="1994-02-08")
        r2 = self.srv.post("/api/v1/certificate-rosters",
                           dict(roster, persons=[dict(roster["persons"][0], person_id=pid2)]), token=hr)
        self.assertEqual(r2.status, 201, r2)
        self.assertEqual(r2.json["certificates"][0]["title_name"], "执业医师")
        # The signed statement is unchanged in form (serial|name|level|series|specialty|date|doc_no).
        self.assertEqual(got["statement"].split("|")[2:5], ["assistant", "卫生", "临床医学"])
        self.assertEqual(self.srv.put("/api/v1/title-names", {"entries": [dict(e, name="医师")]}, token=t).status, 200)


class TitleFlow(EvalBase):
    def setUp(self):
        c = type(self)
        if getattr(c, "ready", False):
            return
        self.build("tn")
        c.apps = self.reviewed_applications(1)
        self.meeting_draw()
        c.ready = True

    def post(self, path, body, token):
        return self.srv.post(path, body, token=token)

    def test_title_name_on_application_publicity_document_query_certificate_export(self):
        c = type(self)
        rid, ids = c.rid, c.ids
        [(A, pid)] = c.apps
        self.assertEqual(self.srv.get(f"/api/v1/applications/{A}", token=c.office).json["title_name"], "副主任医师")
        listed = self.srv.get(f"/api/v1/applications?round_id={rid}", token=c.office).json
        self.assertEqual([x["title_name"] for x in listed], ["副主任医师"])
        status, xlsx = fetch(self.srv, f"/api/v1/rounds/{rid}/applications.xlsx", c.office)
        self.assertEqual(status, 200)
        self.assertIn("副主任医师", xlsx_text(xlsx))

        # The meeting and a paper-tallied vote (no defense group: nothing for the gate).
        self.clock(MEETING)
        m = c.members
        self.assertEqual(self.post(f"/api/v1/rounds/{rid}/training", {"date": "2026-12-09", "content": "培训",
                                                                       "attendees": m}, c.office).status, 201)
        r = self.post(f"/api/v1/rounds/{rid}/meeting", {"date": MEETING, "present": m[:17], "chair_id": ids[0],
                                                         "recorder": "记录员李",
                                                         "supervisors": [{"name": "纪检王", "role": "派驻纪检组"}]},
                      c.office)
        self.assertEqual(r.status, 201, r)
        self.assertEqual(self.post(f"/api/v1/rounds/{rid}/basis", {"application_id": A, "material_review": "齐全",
                                                                    "group_opinion": "同意"}, c.office).status, 201)
        v = self.post(f"/api/v1/rounds/{rid}/votes", {"application_ids": [A]}, c.office)
        self.assertEqual(v.status, 201, v)
        r = self.post(f"/api/v1/votes/{v.json['id']}/paper-tally",
                      {"results": [{"application_id": A, "yes": 15, "no": 2, "abstain": 0}]}, c.office)
        self.assertEqual(r.status, 200, r)
        self.assertEqual(self.post(f"/api/v1/votes/{v.json['id']}/close", {}, c.office).status, 200)

        # Stage-2 publicity: the public list names the title.
        self.clock("2026-12-11")
        pub = self.post("/api/v1/publicities", {"stage": "committee", "round_id": rid, "start_date": "2026-12-11"},
                        c.office)
        self.assertEqual(pub.status, 201, pub)
        view = self.srv.get(f"/api/v1/public/publicities/{pub.json['id']}").json
        [person] = view["persons"]
        self.assertEqual((person["title_name"], person["applying_for"]), ("副主任医师", "卫生 临床医学 副主任医师"))
        status, xlsx = fetch(self.srv, f"/api/v1/public/publicities/{pub.json['id']}.xlsx")
        self.assertEqual(status, 200)
        self.assertIn("卫生 临床医学 副主任医师", xlsx_text(xlsx))

        # The administrator renames the level before the document: the document and the
        # qualification carry the name of their day, and keep it after the name changes back.
        e = {"series": "卫生", "specialty": "临床医学", "level": "deputy_senior", "name": "副主任西医师"}
        root = self.srv.admin()
        self.assertEqual(self.srv.put("/api/v1/title-names", {"entries": [e]}, token=root).status, 200)
        self.clock("2026-12-18")
        doc = self.post(f"/api/v1/rounds/{rid}/documents", {}, c.to)
        self.assertEqual(doc.status, 201, doc)
        [entry] = doc.json["entries"]
        self.assertEqual(entry["title_name"], "副主任西医师")
        self.assertEqual(entry["qualification_name"], "卫生系列 临床医学 副主任西医师")
        dtext = pdf_text(self.srv.get(f"/api/v1/documents/{doc.json['id']}.pdf", token=c.to).content)
        self.assertIn("副主任西医师", dtext)
        root = self.srv.admin()
        self.assertEqual(self.srv.put("/api/v1/title-names", {"entries": [dict(e, name="副主任医师")]},
                                      token=root).status, 200)
        person = self.srv.get(f"/api/v1/persons/{pid}", token=root).json
        q = self.srv.get("/api/v1/public/qualifications?" + urlencode(
            {"name": person["name"], "id_last6": person["id_number"][-6:]}))
        self.assertEqual(q.status, 200, q)
        self.assertEqual([(x["title_name"], x["level_name"]) for x in q.json], [("副主任西医师", "副高级")])
        self.assertEqual(self.srv.get(f"/api/v1/applications/{A}", token=c.office).json["title_name"], "副主任医师")

        # The certificate: JSON, PDF and the public check show the name as issued.
        b = self.post("/api/v1/certificate-batches", {"round_id": rid}, c.office)
        self.assertEqual(b.status, 201, b)
        [cert] = b.json["certificates"]
        self.assertEqual(cert["title_name"], "副主任西医师")
        serial = cert["serial"]
        self.assertEqual(self.srv.get("/api/v1/certificates/" + quote(serial), token=c.office).json["title_name"],
                         "副主任西医师")
        status, pdf = fetch(self.srv, f"/api/v1/certificates/{serial}.pdf", c.office)
        self.assertEqual(status, 200)
        text = pdf_text(pdf)
        self.assertIn("副主任西医师", text)
        self.assertNotIn("副高级", text)
        self.assertEqual(self.srv.get("/api/v1/public/certificates/" + quote(serial)).json["title_name"],
                         "副主任西医师")
        # Lost and replaced: the new certificate keeps the name; the void declaration names it.
        r = self.post(f"/api/v1/certificates/{quote(serial)}/replacement", {"reason": "遗失"}, c.office)
        self.assertEqual(r.status, 201, r)
        fresh = self.srv.get("/api/v1/certificates/" + quote(r.json["serial"]), token=c.office).json
        self.assertEqual(fresh["title_name"], "副主任西医师")
        voids = self.srv.get("/api/v1/public/void-declarations").json
        self.assertEqual([v["title_name"] for v in voids if v["serial"] == serial], ["副主任西医师"])
        vtext = pdf_text(self.srv.get("/api/v1/public/void-declarations.pdf").content)
        self.assertIn("系列/资格名称", vtext)
        self.assertIn("任西医师", vtext)  # the cell wraps: 「卫生系列 副主 / 任西医师」
        self.assertNotIn("副高级", vtext)


if __name__ == "__main__":
    unittest.main()
