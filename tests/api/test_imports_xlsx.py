"""Imports through the API beyond CSV basics: a real .xlsx built here with the standard
library (zipfile + the minimal SpreadsheetML parts, inline strings, a date-formatted
numeric cell) with Chinese headers; an import large enough for the asynchronous path
whose percent is polled until done."""
import base64
import io
import os
import sqlite3
import time
import unittest
import zipfile
from datetime import date
from xml.sax.saxutils import escape

from harness import id_number
from test_committees import CommitteeBase
from test_imports import rows_csv

HEADERS = ["姓名", "公民身份号码", "性别", "出生日期", "退休基准", "单位", "是否岗位管理", "手机",
           "系列", "专业", "职称级别", "取得资格时间", "有效范围"]


def col_name(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def excel_serial(iso):
    return (date.fromisoformat(iso) - date(1899, 12, 30)).days


def build_xlsx(rows):
    """rows: lists of str (inline string) or ("date", "YYYY-MM-DD") (a serial number in a
    cell styled with the built-in date format 14) or int (a plain number)."""
    sheet = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, row in enumerate(rows, start=1):
        sheet.append(f'<row r="{r}">')
        for c, v in enumerate(row):
            ref = f"{col_name(c)}{r}"
            if isinstance(v, tuple):
                sheet.append(f'<c r="{ref}" s="1"><v>{excel_serial(v[1])}</v></c>')
            elif isinstance(v, int):
                sheet.append(f'<c r="{ref}"><v>{v}</v></c>')
            elif v != "":
                sheet.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(v)}</t></is></c>')
        sheet.append("</row>")
    sheet.append("</sheetData></worksheet>")
    parts = {
        "[Content_Types].xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/styles.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            '</Types>',
        "_rels/.rels":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="人员" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'worksheet" Target="worksheets/sheet1.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'styles" Target="styles.xml"/></Relationships>',
        "xl/styles.xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts>'
            '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
            '<borders count="1"><border/></borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
            '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
            '</styleSheet>',
        "xl/worksheets/sheet1.xml": "".join(sheet),
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(name, text.encode("utf-8"))
    return buf.getvalue()


def person_rows(n, unit, start, region):
    out = [list(HEADERS)]
    for i in range(start, start + n):
        g = "男" if i % 2 else "女"
        birth = f"19{70 + i % 25}-{1 + i % 12:02d}-{1 + i % 28:02d}"
        idn = id_number(region, birth, i % 997, "M" if g == "男" else "F")
        out.append([f"表格{i}", idn, g, ("date", birth), 60 if g == "男" else 55, unit, "是",
                    f"1389301{i % 10000:04d}", "卫生", "临床医学", "中级", "2015年12月1日",
                    "基层有效" if i % 3 == 0 else "全省有效"])
    return out


class ImportsMore(CommitteeBase):
    def upload(self, content, fmt, token=None, **kw):
        body = {"kind": "persons", "format": fmt, "content_base64": base64.b64encode(content).decode()}
        body.update(kw)
        return self.srv.post("/api/v1/imports", body, token=token or self.root)

    def poll(self, job_id, token=None):
        """Every status seen until the job leaves 'running'."""
        seen = []
        for _ in range(1200):
            r = self.srv.get(f"/api/v1/imports/{job_id}", token=token or self.root)
            self.assertEqual(r.status, 200, r)
            seen.append(r.json)
            if r.json["status"] != "running":
                return seen
            time.sleep(0.02)
        self.fail("import did not finish")

    def db_rows(self, sql, args=()):
        db = sqlite3.connect(os.path.join(self.srv.data, "zhiping.db"), timeout=10)
        try:
            return db.execute(sql, args).fetchall()
        finally:
            db.close()

    def count(self, unit):
        return self.db_rows("SELECT COUNT(*) FROM persons WHERE unit_id = ?", (unit,))[0][0]

    def test_xlsx_bad_id_number_names_row_and_column_and_writes_nothing(self):
        unit = self.make_org("表格医院A")
        rows = person_rows(12, "表格医院A", start=100, region="622927")
        idn = rows[7][1]  # data row 7 → spreadsheet row 8
        rows[7][1] = idn[:-1] + ("1" if idn[-1] != "1" else "2")  # wrong check digit
        r = self.upload(build_xlsx(rows), "xlsx")
        self.assertEqual(r.status, 202, r)
        job = self.poll(r.json["id"])[-1]
        self.assertEqual(job["status"], "failed", job)
        self.assertEqual(job["written"], 0)
        self.assertEqual(job["error_count"], 1, job)
        e = job["errors"][0]
        self.assertEqual((e["row"], e["column"], e["column_index"]), (8, "公民身份号码", 2), e)
        self.assertTrue(e["message"])
        self.assertEqual(self.count(unit), 0)

    def test_xlsx_good_file_writes_every_row_with_dates_and_scope(self):
        unit = self.make_org("表格医院B")
        rows = person_rows(30, "表格医院B", start=200, region="622928")
        r = self.upload(build_xlsx(rows), "xlsx")
        self.assertEqual(r.status, 202, r)
        job = self.poll(r.json["id"])[-1]
        self.assertEqual(job["status"], "done", job)
        self.assertEqual((job["percent"], job["rows"], job["written"]), (100, 30, 30), job)
        self.assertEqual(self.count(unit), 30)
        # one person read back: the date serial became the birth date, the 年月日 date the
        # qualification date, 基层有效 the grassroots scope
        pid = self.db_rows("SELECT id FROM persons WHERE unit_id = ? AND name = ?", (unit, "表格201"))[0][0]
        p = self.srv.get(f"/api/v1/persons/{pid}", token=self.root)
        self.assertEqual(p.status, 200, p)
        self.assertEqual((p.json["name"], p.json["id_number"], p.json["birth_date"]),
                         ("表格201", rows[2][1], rows[2][3][1]))
        q = p.json["qualifications"][0]
        self.assertEqual((q["series"], q["specialty"], q["level"], q["obtained_on"]),
                         ("卫生", "临床医学", "intermediate", "2015-12-01"))
        self.assertEqual(q["scope"], "grassroots")  # 201 % 3 == 0: 基层有效
        pid = self.db_rows("SELECT id FROM persons WHERE unit_id = ? AND name = ?", (unit, "表格202"))[0][0]
        self.assertEqual(self.srv.get(f"/api/v1/persons/{pid}", token=self.root).json["qualifications"][0]["scope"],
                         "province")

    def test_large_csv_runs_in_background_with_monotonic_progress(self):
        unit = self.make_org("大批量医院")
        text = rows_csv(5000, "大批量医院", start=20000, region="622929").encode()
        self.assertGreater(len(text), 256 * 1024)
        self.assertLess(len(base64.b64encode(text)) + 200, 1024 * 1024)
        r = self.upload(text, "csv")
        self.assertEqual(r.status, 202, r)
        self.assertEqual(r.json["status"], "running", r.json)  # the asynchronous path
        seen = [r.json] + self.poll(r.json["id"])
        percents = [s["percent"] for s in seen]
        self.assertEqual(percents, sorted(percents), percents)
        self.assertTrue(all(0 <= p <= 100 for p in percents), percents)
        last = seen[-1]
        self.assertEqual((last["status"], last["percent"], last["rows"], last["written"]), ("done", 100, 5000, 5000),
                         last)
        self.assertEqual(self.count(unit), 5000)
        pid = self.db_rows("SELECT id FROM persons WHERE unit_id = ? AND name = ?", (unit, "导入24999"))[0][0]
        p = self.srv.get(f"/api/v1/persons/{pid}", token=self.root)
        self.assertEqual(p.status, 200, p)
        self.assertEqual(p.json["name"], "导入24999")
        self.assertEqual(p.json["unit_id"], unit)


def load_tests(loader, tests, pattern):
    return unittest.TestSuite(ImportsMore(n) for n in sorted(vars(ImportsMore)) if n.startswith("test_"))


if __name__ == "__main__":
    unittest.main()
