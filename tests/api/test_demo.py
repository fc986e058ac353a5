"""`serve --demo` on a new database: a living prefecture on its start day.

The demo dates its rounds from the day it starts (src/app/demo_plan.h): one closed
(documents, certificates, a lost one replaced), one in its committee publicity with a
real-name objection, one in review, one with its application window open — each where the
calendar rules allow it, and a banner line with the rule where they do not. Each stage is
checked here through the API by the role that works on it, and each can still be acted on.

The server is started at the real date (the checks follow what its banner says it shows)
and, with Debian's libfaketime (scripts/deps.sh), at fixed days: 2026-12-02 (all four
stages, the closed round of the same year), 2026-06-15 (all four, the closed round of
2025) and 2027-01-02 (no 2027 calendar: only 2026's closed round, R-CAL-DATA stated)."""
import glob
import re
import time
import unittest
import urllib.parse

from harness import ADMIN_PASSWORD, Server

DEMO_PW = "Demo#Zhiping2026"
FAKETIME_LIB = next(iter(sorted(glob.glob("/usr/lib/*/faketime/libfaketime.so.1"))), None)
STAGES = {"closed": "已结束批次：", "publicity": "公示中批次：", "review": "审核中批次：", "open": "申报中批次："}
COMMITTEES = {"closed": "临夏州中小学教师中级职称评审委员会", "publicity": "临夏州中小学教师高级职称评审委员会",
              "review": "临夏州卫生系列高级职称评审委员会", "open": "临夏州工程系列高级职称评审委员会"}
# Everyone the demo registers at 临夏州人民医院 and at 临夏中学.
RENMIN = {"马文德", "张秀兰", "王志刚", "李淑珍", "丁宏伟", "赵光明", "苏慧敏", "陈明远", "王建国", "马丽娟", "赵鹏"}
LINXIA_ZHONGXUE = {"赵永福", "马秀琴", "韩德林", "杨红霞", "李娜", "马玉芳", "王海燕"}


def start_demo(day=None):
    """The demo server; at `day` 10:00 CST under libfaketime when a day is given."""
    env = None
    if day:
        env = {"LD_PRELOAD": FAKETIME_LIB, "FAKETIME": f"@{day} 02:00:00", "FAKETIME_DONT_FAKE_MONOTONIC": "1",
               "TZ": "UTC"}
    srv = Server(dev_clock=False, demo=True, extra_env=env)
    deadline = time.monotonic() + 60
    while "演示数据载入用时" not in "".join(srv.stderr_lines) and srv.proc.poll() is None:
        if time.monotonic() > deadline:
            srv.stop()
            raise AssertionError("no demo banner: " + "".join(srv.stderr_lines))
        time.sleep(0.05)
    return srv


class DemoChecks:
    """Shared checks; a subclass sets `day` (None: the real date) and `expect`."""
    day = None
    expect = None  # the stages this day must show (None: as the banner says)

    @classmethod
    def setUpClass(cls):
        if cls.day and not FAKETIME_LIB:
            raise unittest.SkipTest("libfaketime is not installed (scripts/deps.sh installs faketime)")
        cls.srv = start_demo(cls.day)
        cls.banner = "".join(cls.srv.stderr_lines)
        cls.tokens = {}
        m = re.search(r"demo day: (\d{4}-\d{2}-\d{2})", cls.banner)
        cls.today = m.group(1)

    @classmethod
    def tearDownClass(cls):
        cls.srv.stop()

    def token(self, username):
        if username not in self.tokens:
            self.tokens[username] = self.srv.login(username, DEMO_PW)
        return self.tokens[username]

    def get(self, path, username=None):
        r = self.srv.get(path, token=self.token(username) if username else None)
        self.assertEqual(r.status, 200, (path, r))
        return r.json

    def shown(self):
        return {k for k, prefix in STAGES.items() if re.search("^  " + prefix, self.banner, re.M)}

    def round_of(self, stage):
        committees = self.get("/api/v1/committees")
        cid = next(c["id"] for c in committees if c["name"] == COMMITTEES[stage])
        rounds = self.get("/api/v1/rounds?committee_id=" + cid, "zhigaiban")
        self.assertEqual(len(rounds), 1, rounds)
        return rounds[0]

    def apps(self, round_id, username):
        return {a["person_name"]: a for a in self.get("/api/v1/applications?round_id=" + round_id, username)}

    def test_banner_and_stages(self):
        self.assertEqual(self.today, self.day or self.today)
        self.assertNotIn("！", self.banner)  # no step of the demo was refused
        shown = self.shown()
        if self.expect is not None:
            self.assertEqual(shown, self.expect, self.banner)
        # A stage not shown is explained, with its rule.
        words = {"closed": "已结束", "publicity": "公示中", "review": "审核中", "open": "申报中"}
        for stage in set(STAGES) - shown:
            self.assertRegex(self.banner, r"未演示 / not shown: [^\n]*" + words[stage] + r"[^\n]*R-CAL-", stage)
        for username in ("zhigaiban", "jijian", "renmin_hr", "linxiazhong_hr", "weijian", "linxiaxian",
                         "weiyuanhui", "jsgaoping", "jszhongping", "gcgaoping", "mawende", "maxiaodong",
                         "wangjianguo", "mayufang", "yanghongxia", "luojianping"):
            self.assertRegex(self.banner, r"(?m)^  " + username + " — ")
        self.srv.login("jszj01", DEMO_PW)  # the experts not named in the banner

    def test_committees_and_pools(self):
        names = {c["name"] for c in self.get("/api/v1/committees")}
        self.assertEqual(names, set(COMMITTEES.values()))
        committees = {c["name"]: c["id"] for c in self.get("/api/v1/committees")}
        pool = self.get(f"/api/v1/committees/{committees[COMMITTEES['review']]}/pool", "weiyuanhui")
        self.assertEqual(len([e for e in pool if e["status"] == "admitted"]), 24)
        pool = self.get(f"/api/v1/committees/{committees[COMMITTEES['closed']]}/pool", "jszhongping")
        self.assertEqual(len([e for e in pool if e["status"] == "admitted"]), 26)

    def test_unit_hr_sees_own_unit_only(self):
        for username, expected in (("renmin_hr", RENMIN), ("linxiazhong_hr", LINXIA_ZHONGXUE)):
            seen = self.get("/api/v1/persons", username)
            self.assertEqual({p["name"] for p in seen}, expected, username)
        # The same set as the administrator's view of that unit.
        orgs = {o["name"]: o["id"] for o in self.get("/api/v1/orgs", "zhigaiban")}
        root = self.srv.login("admin", ADMIN_PASSWORD)
        unit = self.srv.get("/api/v1/persons?unit_id=" + orgs["临夏州人民医院"], token=root).json
        self.assertEqual({p["id"] for p in unit}, {p["id"] for p in self.get("/api/v1/persons", "renmin_hr")})

    def test_closed_round(self):
        if "closed" not in self.shown():
            self.skipTest("not shown on " + self.today)
        rnd = self.round_of("closed")
        self.assertLess(rnd["meeting_date"], self.today)
        by_name = self.apps(rnd["id"], "zhigaiban")
        self.assertEqual({n: a["status"] for n, a in by_name.items()},
                         {"杨红霞": "qualified", "李娜": "qualified", "马晓军": "qualified", "韩亮": "not_passed"})
        # The document is public with the three qualified, effective on the vote date (R-DOC-DATE).
        [doc] = [d for d in self.get("/api/v1/public/documents") if d["round_id"] == rnd["id"]]
        self.assertEqual({e["name"] for e in doc["entries"]}, {"杨红霞", "李娜", "马晓军"})
        self.assertEqual({e["effective_date"] for e in doc["entries"]}, {rnd["meeting_date"]})
        # The sample certificate checks valid; the lost one is void with its replacement declared.
        serial = re.search(r"sample certificate: (\S+)（杨红霞）", self.banner).group(1)
        pc = self.get("/api/v1/public/certificates/" + urllib.parse.quote(serial))
        self.assertEqual((pc["valid"], pc["status"], pc["name"], pc["effective_date"]),
                         (True, "valid", "杨红霞", rnd["meeting_date"]))
        [void] = [v for v in self.get("/api/v1/public/void-declarations") if v["name"] == "马晓军"]
        old = self.get("/api/v1/public/certificates/" + urllib.parse.quote(void["serial"]))
        self.assertEqual((old["valid"], old["status"], old["replaced_by"]), (False, "void", void["replaced_by"]))
        new = self.get("/api/v1/public/certificates/" + urllib.parse.quote(void["replaced_by"]))
        self.assertEqual((new["valid"], new["name"]), (True, "马晓军"))
        # The public qualification query (name + last 6 of the ID number).
        person = self.get("/api/v1/persons/" + by_name["杨红霞"]["person_id"], "zhigaiban")
        self.assertEqual(person["name"], "杨红霞")
        root = self.srv.login("admin", ADMIN_PASSWORD)
        full = self.srv.get("/api/v1/persons/" + by_name["杨红霞"]["person_id"], token=root).json
        q = self.get("/api/v1/public/qualifications?" + urllib.parse.urlencode(
            {"name": "杨红霞", "id_last6": full["id_number"][-6:]}))
        self.assertIn((doc["doc_no"], "intermediate", "valid"), [(x["doc_no"], x["level"], x["status"]) for x in q])
        # The applicant sees her own outcome; the committee office holds the minutes.
        mine = self.get("/api/v1/applications/" + by_name["杨红霞"]["id"], "yanghongxia")
        self.assertEqual(mine["status"], "qualified")
        minutes = self.get(f"/api/v1/rounds/{rnd['id']}/minutes", "jszhongping")
        self.assertEqual((len(minutes["attending_members"]), minutes["complete"]), (14, True), minutes)

    def test_publicity_round(self):
        if "publicity" not in self.shown():
            self.skipTest("not shown on " + self.today)
        rnd = self.round_of("publicity")
        running = [p for p in self.get("/api/v1/public/publicities?round_id=" + rnd["id"])
                   if p["stage"] == "committee"]
        self.assertEqual(len(running), 1, running)
        pub = running[0]
        self.assertLessEqual(pub["start_date"], self.today)
        self.assertGreaterEqual(pub["end_date"], self.today)
        view = self.get("/api/v1/public/publicities/" + pub["id"])
        self.assertEqual({p["name"] for p in view["persons"]}, {"马玉芳", "祁德明"})
        objections = self.get("/api/v1/objections?publicity_id=" + pub["id"], "zhigaiban")
        self.assertEqual([(o["name"], o["status"], o["resolved"], o["received_on"]) for o in objections],
                         [("马成", "registered", False, self.today)])
        by_name = self.apps(rnd["id"], "jsgaoping")
        self.assertEqual({n: a["status"] for n, a in by_name.items()},
                         {"马玉芳": "passed", "祁德明": "passed", "王海燕": "defense_failed",
                          "苏晓燕": "not_passed"})
        # The open objection blocks the document (R-PUB-TWO-STAGE with R-OBJ-HANDLE).
        r = self.srv.post(f"/api/v1/rounds/{rnd['id']}/documents", {}, token=self.token("zhigaiban"))
        self.assertEqual(r.status, 422, r)
        self.assertIn("R-PUB-TWO-STAGE", r.violations())

    def test_review_round(self):
        if "review" not in self.shown():
            self.skipTest("not shown on " + self.today)
        rnd = self.round_of("review")
        self.assertLess(rnd["application_deadline"], self.today)
        self.assertGreaterEqual(rnd["joint_review_deadline"], self.today)
        # 州卫健委 hosts the committee (joint review), so it sees the county's applicant too.
        queue = self.apps(rnd["id"], "weijian")
        self.assertEqual({n: a["status"] for n, a in queue.items()},
                         {"王建国": "recommended", "马丽娟": "reviewed", "赵鹏": "returned", "李梅": "recommended",
                          "何振华": "recommended"})
        history = self.get("/api/v1/applications/" + queue["李梅"]["id"], "weijian")["history"]
        self.assertIn("review.dept.pass", [h["action"] for h in history])
        county = self.apps(rnd["id"], "linxiaxian")
        self.assertEqual({n: a["status"] for n, a in county.items()}, {"何振华": "recommended"})
        self.assertEqual(self.get("/api/v1/applications/" + queue["王建国"]["id"], "wangjianguo")["status"],
                         "recommended")
        # The department can act today: its review is within the joint-review deadline (R-APP-LATE).
        r = self.srv.post(f"/api/v1/applications/{queue['王建国']['id']}/reviews",
                          {"stage": "dept", "decision": "pass", "opinion": "同意推荐"}, token=self.token("weijian"))
        self.assertEqual((r.status, r.json.get("status")), (200, "recommended"), r)

    def test_open_round(self):
        if "open" not in self.shown():
            self.skipTest("not shown on " + self.today)
        rnd = self.round_of("open")
        self.assertLessEqual(rnd["notice_date"], self.today)
        self.assertGreaterEqual(rnd["application_deadline"], self.today)
        by_name = self.apps(rnd["id"], "shuiliyuan_hr")
        self.assertEqual({n: a["status"] for n, a in by_name.items()},
                         {"罗建平": "draft", "马国栋": "draft", "张丽": "submitted", "韩永强": "submitted"})
        # The applicant can pledge and submit today: the window is open (R-APP-WINDOW).
        me = self.token("luojianping")
        aid = by_name["罗建平"]["id"]
        self.assertEqual(self.srv.post(f"/api/v1/applications/{aid}/pledge", {"agree": True}, token=me).status, 200)
        r = self.srv.post(f"/api/v1/applications/{aid}/submit", {}, token=me)
        self.assertEqual((r.status, r.json.get("status")), (200, "submitted"), r)
        # The demo ran its past on a clock of its own: the server's clock is at the start day.
        history = self.get(f"/api/v1/applications/{aid}", "luojianping")["history"]
        self.assertEqual(history[-1]["action"], "submit")
        self.assertEqual(history[-1]["at"][:10], self.today)
        self.assertTrue(rnd["notice_date"] <= history[0]["at"][:10] <= self.today, history[0])


class DemoToday(DemoChecks, unittest.TestCase):
    """At the real date: what the banner says is there, is there."""


class DemoDecember(DemoChecks, unittest.TestCase):
    day = "2026-12-02"
    expect = {"closed", "publicity", "review", "open"}


class DemoJune(DemoChecks, unittest.TestCase):
    day = "2026-06-15"
    expect = {"closed", "publicity", "review", "open"}


class DemoNewYear(DemoChecks, unittest.TestCase):
    day = "2027-01-02"
    expect = {"closed"}

    def test_no_calendar_no_rounds_of_the_year(self):
        self.assertIn("R-CAL-DATA", self.banner)
        self.assertIn("2027 年的官方节假日安排尚未录入", self.banner)
        self.assertEqual(self.get("/api/v1/rounds?year=2027", "zhigaiban"), [])


if __name__ == "__main__":
    unittest.main()
