"""The evaluation (issue 6) through the API on a senior committee: defense groups
(R-DEF-GROUP 2 vs 3 experts, 3 of 4 from one unit; R-RECUSAL; R-DEF-VIDEO), scores
(R-DEF-SCORE 2 of 4 below 60 fail, 1 of 3 pass), the meeting (R-MEET-TRAINING,
R-MEET-QUORUM 16 vs 17 drawn members), R-DEF-GATE, R-MEET-BASIS, the secret ballot
(R-VOTE-ATTEND absent 403, second 422; R-VOTE-PASS 12 vs 11 of 17; receipts, board,
no link voter↔ballot in any response or table row), R-MEET-SECRECY, the minutes,
stage-2 publicity, documents (R-PUB-TWO-STAGE), the public qualification query
effective on the vote date, revocation, archive, the query's rate limit, and
evaluation methods."""
import json
import os
import sqlite3
import subprocess
import unittest

from fixtures_eval import EvalBase, MEETING, PW
from harness import BIN, pdf_text
from openssl_sm3 import sm3_hex as sm3


class Evaluation(EvalBase):
    def setUp(self):
        c = type(self)
        if getattr(c, "ready", False):
            return
        self.build("eval")
        c.apps = self.reviewed_applications(4)
        self.meeting_draw()
        c.ready = True

    def post(self, path, body, token):
        return self.srv.post(path, body, token=token)

    def test_1_flow(self):
        c = type(self)
        ids, rid = c.ids, c.rid
        (F, f_pid), (P, p_pid), (Q, q_pid), (R, r_pid) = c.apps
        self.clock("2026-12-08")
        ref = {"recording_ref": "NAS://defense/2026-12-08/g1.mp4", "recording_sm3": "a" * 64}
        url = f"/api/v1/rounds/{rid}/defense-groups"
        # R-DEF-GROUP: 2 experts refused; 3 of 4 from one unit refused (experts i are in units[i % 4]).
        r = self.post(url, dict(ref, experts=[ids[1], ids[2]], application_ids=[F]), c.office)
        self.assertError(r, 422, "rule_violation", "R-DEF-GROUP")
        r = self.post(url, dict(ref, experts=[ids[2], ids[6], ids[10], ids[3]], application_ids=[F]), c.office)
        self.assertError(r, 422, "rule_violation", "R-DEF-GROUP")
        # R-DEF-VIDEO: a senior in-person defense needs a reason (the recording is asked at the
        # vote, after the defense: test_defense_recording).
        r = self.post(url, {"experts": [ids[1], ids[2], ids[3]], "application_ids": [F], "video": False}, c.office)
        self.assertError(r, 422, "rule_violation", "R-DEF-VIDEO")
        self.assertError(self.post(url, dict(ref, experts=[ids[1], ids[2], ids[3]], application_ids=[F]), c.hr0), 403)
        self.assertError(self.post(url, dict(ref, experts="x", application_ids=[F]), c.office), 400)
        self.assertError(self.post(url, dict(ref, experts=[ids[1], ids[2], ids[3]], application_ids=[F],
                                             recording_sm3="zz"), c.office), 400)
        # 3 experts: ok. Group for F: 4 experts, units 1,2,3,1 (2 of 4 = 1/2: ok).
        g_fail = self.post(url, dict(ref, experts=[ids[1], ids[2], ids[3], ids[5]], application_ids=[F],
                                     observers=["旁听者甲"], supervisors=[{"name": "纪检王", "role": "纪检组"}]),
                           c.office)
        self.assertEqual(g_fail.status, 201, g_fail)
        self.assertEqual(g_fail.json["recusals"], [])
        self.assertEqual(g_fail.json["observers"], ["旁听者甲"])
        # Group for P: ids[4] is of the applicant's unit → recused (R-RECUSAL), 3 score.
        g_pass = self.post(url, dict(ref, experts=[ids[4], ids[9], ids[10], ids[11]], application_ids=[P]), c.office)
        self.assertEqual(g_pass.status, 201, g_pass)
        self.assertEqual([(x["expert_id"], x["application_id"]) for x in g_pass.json["recusals"]], [(ids[4], P)])
        self.assertEqual(self.post(url, dict(ref, experts=[ids[1], ids[2], ids[3]], application_ids=[F]),
                                   c.office).status, 409)

        ex1 = self.make_user("ex_score1", ["expert"], person_id=ids[1])
        ex4 = self.make_user("ex_score4", ["expert"], person_id=ids[4])
        ex12 = self.make_user("ex_score12", ["expert"], person_id=ids[12])
        s_fail = f"/api/v1/defense-groups/{g_fail.json['id']}/scores"
        s_pass = f"/api/v1/defense-groups/{g_pass.json['id']}/scores"
        # Recused expert's score refused, by themself or on paper.
        self.assertError(self.post(s_pass, {"application_id": P, "expert_id": ids[4], "score": 80}, ex4),
                         422, "rule_violation", "R-RECUSAL")
        self.assertError(self.post(s_pass, {"application_id": P, "expert_id": ids[4], "score": 80}, c.office),
                         422, "rule_violation", "R-RECUSAL")
        # Only the expert themself or the office; not another expert, not outside the group.
        self.assertError(self.post(s_fail, {"application_id": F, "expert_id": ids[2], "score": 80}, ex1), 403)
        self.assertError(self.post(s_fail, {"application_id": F, "expert_id": ids[12], "score": 80}, ex12), 403)
        self.assertError(self.post(s_fail, {"application_id": F, "expert_id": ids[1], "score": 101}, ex1),
                         422, "rule_violation", "R-DEF-SCORE")
        self.assertError(self.post(s_fail, {"application_id": F, "expert_id": ids[1], "score": "80"}, ex1), 400)
        self.assertEqual(self.post(s_fail, {"application_id": F, "expert_id": ids[1], "score": 50}, ex1).status, 201)
        self.assertEqual(self.post(s_fail, {"application_id": F, "expert_id": ids[1], "score": 90}, ex1).status, 409)
        # The expert's own view: the groups it sits in, whom it hears, and only its own scores.
        mine = self.srv.get("/api/v1/my/defense-groups", token=ex1)
        self.assertEqual(mine.status, 200, mine)
        self.assertEqual([(g["id"], g["applications"], g["to_score"], g["scored"]) for g in mine.json["items"]],
                         [(g_fail.json["id"], 1, 1, 1)])
        self.assertEqual(self.srv.get("/api/v1/my/defense-groups", token=ex12).json["items"], [])
        self.assertError(self.srv.get("/api/v1/my/defense-groups", token=c.office), 403)
        g = self.srv.get(f"/api/v1/defense-groups/{g_fail.json['id']}", token=ex1).json
        f_name = self.srv.get(f"/api/v1/persons/{f_pid}", token=c.office).json["name"]
        self.assertEqual([(a["application_id"], a["name"]) for a in g["applicants"]], [(F, f_name)])
        self.assertEqual(g["my_scores"], [{"application_id": F, "score": 50}])
        self.assertError(self.srv.get(f"/api/v1/defense-groups/{g_fail.json['id']}", token=ex12), 404)
        for e, s in ((ids[2], 55), (ids[3], 70)):
            self.assertEqual(self.post(s_fail, {"application_id": F, "expert_id": e, "score": s}, c.office).status, 201)
        d = self.srv.get(f"/api/v1/applications/{F}/defense", token=c.office).json
        self.assertEqual((d["result"], d["below_60"], d["group_size"]), ("pending", 2, 4), d)
        self.post(s_fail, {"application_id": F, "expert_id": ids[5], "score": 80}, c.office)
        d = self.srv.get(f"/api/v1/applications/{F}/defense", token=c.office).json
        self.assertEqual((d["result"], d["below_60"], d["group_size"], len(d["scores"])), ("fail", 2, 4, 4), d)
        for e, s in ((ids[9], 59), (ids[10], 70), (ids[11], 80)):
            self.assertEqual(self.post(s_pass, {"application_id": P, "expert_id": e, "score": s}, c.office).status, 201)
        d = self.srv.get(f"/api/v1/applications/{P}/defense", token=c.hr0)
        self.assertEqual(d.status, 200, d)
        self.assertEqual((d.json["result"], d.json["below_60"], d.json["group_size"]), ("pass", 1, 3), d)
        self.assertEqual(self.srv.get(f"/api/v1/applications/{F}", token=c.office).json["status"], "defense_failed")
        # The result is the group's: its history entry does not name the person whose score completed it.
        for a, action in ((F, "defense.fail"), (P, "defense.pass")):
            hist = self.srv.get(f"/api/v1/applications/{a}", token=c.hr0).json["history"]
            self.assertEqual([h["by"] for h in hist if h["action"] == action], ["答辩小组"], hist)
            self.assertFalse([h for h in hist if h["by"].startswith("ex_score")], hist)
        self.assertEqual(self.srv.get(f"/api/v1/applications/{P}", token=c.office).json["status"], "defense_passed")

        # The meeting day: members log in (no clock move after this).
        self.clock(MEETING)
        m = c.members
        voters = {p: self.make_user(f"member_{i}", ["expert"], person_id=p) for i, p in enumerate(m)}
        present, absent = m[:17], m[17:]
        self.assertError(self.post(f"/api/v1/rounds/{rid}/votes", {"application_ids": [P]}, c.office),
                         422, "rule_violation", "R-MEET-QUORUM")
        body = {"date": MEETING, "present": present, "chair_id": ids[0], "recorder": "记录员李",
                "supervisors": [{"name": "纪检王", "role": "派驻纪检组"}]}
        murl = f"/api/v1/rounds/{rid}/meeting"
        self.assertError(self.post(murl, body, c.office), 422, "rule_violation", "R-MEET-TRAINING")
        r = self.post(f"/api/v1/rounds/{rid}/training", {"date": "2026-12-09", "content": "评审政策与纪律培训",
                                                          "attendees": m}, c.office)
        self.assertEqual(r.status, 201, r)
        self.assertError(self.post(murl, dict(body, present=present[:16]), c.office), 422, "rule_violation",
                         "R-MEET-QUORUM")
        outsider = next(p for p in ids if p not in m)
        self.assertError(self.post(murl, dict(body, present=present[:16] + [outsider]), c.office), 422,
                         "rule_violation", "R-MEET-QUORUM")
        self.assertError(self.post(murl, dict(body, present="x"), c.office), 400)
        r = self.post(murl, body, c.office)
        self.assertEqual(r.status, 201, r)
        self.assertEqual(r.json["quorum"], 17)
        # R-SUPERVISE: the supervisor of the review and the vote is recorded; nothing is missing.
        self.assertEqual(r.json["supervisors"], [{"name": "纪检王", "role": "派驻纪检组"}])
        self.assertEqual(r.json["warnings"], [], r)

        vurl = f"/api/v1/rounds/{rid}/votes"
        self.assertError(self.post(vurl, {"application_ids": [F]}, c.office), 422, "rule_violation", "R-DEF-GATE")
        self.assertError(self.post(vurl, {"application_ids": [P, Q]}, c.office), 422, "rule_violation", "R-MEET-BASIS")
        for a in (P, Q):
            r = self.post(f"/api/v1/rounds/{rid}/basis", {"application_id": a, "material_review": "材料齐全真实",
                                                           "group_opinion": "学科组同意推荐"}, c.office)
            self.assertEqual(r.status, 201, r)
        self.assertError(self.post(vurl, {"application_ids": [P, Q]}, voters[present[0]]), 403)
        v = self.post(vurl, {"application_ids": [P, Q]}, c.office)
        self.assertEqual(v.status, 201, v)
        vid = v.json["id"]
        burl = f"/api/v1/votes/{vid}/ballots"
        # Absent member: 403; bad choices: 400.
        r = self.post(burl, {"choices": {P: "yes", Q: "yes"}}, voters[absent[0]])
        self.assertError(r, 403, None, "R-VOTE-ATTEND")
        self.assertError(self.post(burl, {"choices": {P: "maybe", Q: "yes"}}, voters[present[0]]), 400)
        self.assertError(self.post(burl, {"choices": {P: "yes"}}, voters[present[0]]), 400)
        self.assertError(self.post(burl, {"choices": "yes"}, voters[present[0]]), 400)
        receipts = []
        for k, p in enumerate(present):
            choices = {P: "yes" if k < 12 else "no", Q: "yes" if k < 11 else ("abstain" if k % 2 else "no")}
            r = self.post(burl, {"choices": choices}, voters[p])
            self.assertEqual(r.status, 201, r)
            self.assertEqual(set(r.json), {"receipt"})
            self.assertEqual(len(r.json["receipt"]), 32)
            receipts.append(r.json["receipt"])
        self.assertError(self.post(burl, {"choices": {P: "no", Q: "no"}}, voters[present[0]]), 422, "rule_violation",
                         "R-VOTE-ATTEND")
        # Paper tally refused once electronic ballots exist.
        self.assertEqual(self.post(f"/api/v1/votes/{vid}/paper-tally", {"results": [
            {"application_id": P, "yes": 1, "no": 0, "abstain": 0},
            {"application_id": Q, "yes": 1, "no": 0, "abstain": 0}]}, c.office).status, 409)
        # Board: supervisors and the title office only.
        self.assertError(self.srv.get(f"/api/v1/votes/{vid}/board", token=c.office), 403)
        self.assertError(self.srv.get(f"/api/v1/votes/{vid}/board", token=voters[present[0]]), 403)
        closed = self.post(f"/api/v1/votes/{vid}/close", {}, c.office)
        self.assertEqual(closed.status, 200, closed)
        res = {x["application_id"]: x for x in closed.json["results"]}
        # R-VOTE-PASS: two thirds of the 17 present: 12 approvals pass, 11 do not.
        self.assertEqual((res[P]["present"], res[P]["yes"], res[P]["no"], res[P]["passed"]), (17, 12, 5, True))
        self.assertEqual((res[Q]["present"], res[Q]["yes"], res[Q]["passed"]), (17, 11, False))
        self.assertEqual(res[Q]["yes"] + res[Q]["no"] + res[Q]["abstain"], 17)
        cp = closed.json["checkpoint"]
        self.assertEqual(len(cp["digest"]), 64)
        self.assertTrue(cp["signature"])
        cps = self.srv.get("/api/v1/audit/checkpoints", token=c.sup)
        self.assertEqual(cps.status, 200, cps)
        self.assertIn(cp["seq"], [x["seq"] for x in cps.json])
        self.assertEqual(self.post(f"/api/v1/votes/{vid}/close", {}, c.office).status, 409)
        # No voting afterwards (补充投票): absent still 403, present 422.
        self.assertError(self.post(burl, {"choices": {P: "yes", Q: "yes"}}, voters[absent[1]]), 403, None,
                         "R-VOTE-ATTEND")
        self.assertEqual(self.srv.get(f"/api/v1/applications/{P}", token=c.office).json["status"], "passed")
        self.assertEqual(self.srv.get(f"/api/v1/applications/{Q}", token=c.office).json["status"], "not_passed")
        # Receipts.
        for rc in receipts:
            r = self.srv.get(f"/api/v1/votes/{vid}/receipts/{rc}", token=voters[present[0]])
            self.assertEqual(r.json["counted"], True, r)
        self.assertFalse(self.srv.get(f"/api/v1/votes/{vid}/receipts/{'0' * 32}", token=c.sup).json["counted"])
        # Board: every ballot (receipt hash + choices) and a recomputed tally equal to the stored results.
        b = self.srv.get(f"/api/v1/votes/{vid}/board", token=c.sup)
        self.assertEqual(b.status, 200, b)
        self.assertEqual(len(b.json["ballots"]), 17)
        self.assertTrue(b.json["matches"], b.json)
        self.assertEqual(b.json["recomputed"], closed.json["results"])
        self.assertEqual({x["receipt_hash"] for x in b.json["ballots"]}, {sm3(x) for x in receipts})
        # R-MEET-SECRECY: before the committee publicity, members do not see the results.
        self.assertNotIn("results", self.srv.get(f"/api/v1/votes/{vid}", token=voters[present[0]]).json)
        self.assertIn("results", self.srv.get(f"/api/v1/votes/{vid}", token=c.sup).json)
        self.assertError(self.srv.get(f"/api/v1/rounds/{rid}/minutes", token=voters[present[0]]), 403)
        # ... nor does the applicants' unit: P (defended) and Q (no defense) show their
        # pre-vote status and no vote entries.
        for app_id, before in ((P, "defense_passed"), (Q, "reviewed")):
            hv = self.srv.get(f"/api/v1/applications/{app_id}", token=c.hr0).json
            self.assertEqual(hv["status"], before)
            self.assertEqual([h for h in hv["history"] if h["action"].startswith("vote.")], [])
        listed = {x["id"]: x["status"] for x in self.srv.get(f"/api/v1/applications?round_id={rid}", token=c.hr0).json}
        self.assertEqual((listed[P], listed[Q]), ("defense_passed", "reviewed"))

        # R-VOTE-SECRET: no response and no row links a voter to a ballot.
        for resp in (b, closed, self.srv.get(f"/api/v1/votes/{vid}", token=c.sup)):
            for p in m:
                self.assertNotIn(p, resp.raw)
        db = sqlite3.connect(f"file:{os.path.join(self.srv.data, 'zhiping.db')}?mode=ro", uri=True)
        cols = lambda t: {row[1] for row in db.execute(f"PRAGMA table_info({t})")}
        self.assertEqual(cols("ballots"), {"id", "vote_id", "receipt_hash", "choices"})
        self.assertEqual(cols("vote_voters"), {"vote_id", "person_id"})
        voted = {row[0] for row in db.execute("SELECT person_id FROM vote_voters WHERE vote_id = ?", (vid,))}
        self.assertEqual(voted, set(present))
        rows = db.execute("SELECT rowid, id, receipt_hash FROM ballots WHERE vote_id = ? AND receipt_hash IS NOT NULL",
                          (vid,)).fetchall()
        by_hash = {h: (rowid, bid) for rowid, bid, h in rows}
        cast_rowids = [by_hash[sm3(x)][0] for x in receipts]
        cast_ids = [by_hash[sm3(x)][1] for x in receipts]
        self.assertNotEqual(cast_rowids, sorted(cast_rowids))  # storage order is not casting order
        self.assertNotEqual(cast_ids, sorted(cast_ids))
        for bid in cast_ids:
            self.assertRegex(bid, r"^[0-9a-f]{32}$")
        # Nothing anywhere else holds a receipt, its hash or a ballot id; the audit has no choices.
        secrets = set(receipts) | {sm3(x) for x in receipts} | set(cast_ids)
        for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
            if table == "ballots":
                continue
            for row in db.execute(f"SELECT * FROM {table}"):
                text = "|".join(str(x) for x in row)
                for s in secrets:
                    self.assertNotIn(s, text, table)
        # Issue 15.4: no audit entry per ballot; the close records the voters as a sorted set.
        self.assertEqual(db.execute("SELECT COUNT(*) FROM audit WHERE action = 'vote.voter'").fetchone()[0], 0)
        (rec,) = db.execute("SELECT record FROM audit WHERE action = 'vote.close' AND target = ?",
                            (f"vote:{vid}",)).fetchone()
        self.assertIn(json.dumps(sorted(present)).replace(" ", ""), rec.replace(" ", ""))
        self.assertNotIn("choices", rec)
        db.close()

        # A paper ballot for R: totals above attendance refused; 9 of 17 fails.
        self.assertEqual(self.post(f"/api/v1/rounds/{rid}/basis", {"application_id": R, "material_review": "齐全",
                                                                    "group_opinion": "同意"}, c.office).status, 201)
        self.assertEqual(self.post(vurl, {"application_ids": [P]}, c.office).status, 409)
        pv = self.post(vurl, {"application_ids": [R]}, c.office)
        self.assertEqual(pv.status, 201, pv)
        turl = f"/api/v1/votes/{pv.json['id']}/paper-tally"
        self.assertError(self.post(turl, {"results": [{"application_id": R, "yes": 18, "no": 0, "abstain": 0}]},
                                   c.office), 422, "rule_violation", "R-VOTE-ATTEND")
        self.assertError(self.post(turl, {"results": [{"application_id": R, "yes": 9, "no": 9, "abstain": 0}]},
                                   c.office), 422, "rule_violation", "R-VOTE-ATTEND")
        self.assertError(self.post(turl, {"results": [{"application_id": R, "yes": 9, "no": 7, "abstain": 1}]},
                                   c.sup), 403)
        self.assertError(self.post(turl, {"results": [{"application_id": R, "yes": "9", "no": 7, "abstain": 1}]},
                                   c.office), 400)
        self.assertError(self.post(turl, {"results": [{"application_id": P, "yes": 9, "no": 7, "abstain": 1}]},
                                   c.office), 400)
        r = self.post(turl, {"results": [{"application_id": R, "yes": 9, "no": 7, "abstain": 1}]}, c.office)
        self.assertEqual(r.status, 200, r)
        self.assertEqual(self.post(f"/api/v1/votes/{pv.json['id']}/ballots", {"choices": {R: "yes"}},
                                   voters[present[1]]).status, 409)
        r = self.post(f"/api/v1/votes/{pv.json['id']}/close", {}, c.office)
        self.assertEqual(r.json["results"], [{"application_id": R, "present": 17, "yes": 9, "no": 7, "abstain": 1,
                                              "passed": False}], r)

        # Minutes (R-MEET-RECORD).
        self.assertEqual(self.post(f"/api/v1/rounds/{rid}/remarks", {"summary": "评委认为申报人业绩突出"},
                                   c.office).status, 201)
        mins = self.srv.get(f"/api/v1/rounds/{rid}/minutes", token=c.sup)
        self.assertEqual(mins.status, 200, mins)
        mj = mins.json
        self.assertEqual(mj["date"], MEETING)
        self.assertEqual(len(mj["attending_members"]), 17)
        self.assertEqual({x["application_id"] for x in mj["applicants_reviewed"]}, {P, Q, R})
        self.assertEqual(mj["remarks_summary"], ["评委认为申报人业绩突出"])
        self.assertEqual(len(mj["vote_results"]), 3)
        self.assertEqual(mj["recorder"]["name"], "记录员李")
        self.assertEqual(mj["chair"]["person_id"], ids[0])
        self.assertTrue(mj["complete"], mj["missing"])
        pdf = self.srv.get(f"/api/v1/rounds/{rid}/minutes.pdf", token=c.sup)
        self.assertEqual(pdf.status, 200, pdf.raw[:200])
        self.assertTrue(pdf.content.startswith(b"%PDF"))
        text = pdf_text(pdf.content)
        for line in ("主持人", "记录人", "评委认为申报人业绩突出"):
            self.assertIn(line, text)
        self.assertError(self.srv.get(f"/api/v1/rounds/{rid}/minutes.pdf", token=voters[present[0]]), 403)

        # Stage-2 committee publicity (5 working days: 12-11, 14, 15, 16, 17).
        self.clock("2026-12-11")
        pub_body = {"stage": "committee", "round_id": rid, "start_date": "2026-12-11"}
        self.assertError(self.post("/api/v1/publicities", pub_body, c.hr0), 403)
        pub = self.post("/api/v1/publicities", pub_body, c.office)
        self.assertEqual(pub.status, 201, pub)
        self.assertEqual(pub.json["end_date"], "2026-12-17")
        person = self.srv.get(f"/api/v1/persons/{p_pid}", token=c.root).json
        view = self.srv.get(f"/api/v1/public/publicities/{pub.json['id']}")
        self.assertEqual(view.status, 200, view)
        self.assertEqual([x["name"] for x in view.json["persons"]], [person["name"]])
        self.assertNotIn(person["id_number"], view.raw)
        self.assertNotIn("phone", view.raw)
        self.assertIn(pub.json["id"], [x["id"] for x in self.srv.get("/api/v1/public/publicities").json])
        # Outcomes are now disclosed, to the unit too.
        self.assertEqual(self.srv.get(f"/api/v1/applications/{P}", token=c.hr0).json["status"], "passed")
        self.assertIn("results", self.srv.get(f"/api/v1/votes/{vid}", token=self.srv.login("member_0", PW)).json)

        durl = f"/api/v1/rounds/{rid}/documents"
        self.clock("2026-12-17")
        self.assertError(self.post(durl, {}, c.to), 422, "rule_violation", "R-PUB-TWO-STAGE")
        self.clock("2026-12-18")
        self.assertError(self.post(durl, {}, c.office), 403)
        doc = self.post(durl, {}, c.to)
        self.assertEqual(doc.status, 201, doc)
        self.assertEqual(doc.json["doc_no"], "临州人社发〔2026〕1号")
        # R-DOC-ISSUER: a 副高 committee hosted by a prefecture department: the prefecture HR
        # bureau issues. R-DOC-CONTENT: name, unit, qualification, scope, promotion type.
        # R-DOC-DATE: effective on the date of the vote, the meeting day.
        self.assertEqual(doc.json["issuer"], "州人社局")
        [entry] = doc.json["entries"]
        for k in ("name", "unit", "qualification_name", "scope", "promotion_type"):
            self.assertTrue(entry[k], k)
        self.assertEqual(entry["effective_date"], MEETING)
        dpdf = self.srv.get(f"/api/v1/documents/{doc.json['id']}.pdf", token=c.to)
        self.assertEqual(dpdf.status, 200, dpdf.raw[:200])
        dtext = pdf_text(dpdf.content)
        for line in ("临州人社发〔2026〕1号", entry["name"], "正常晋升"):
            self.assertIn(line, dtext)
        self.assertEqual(self.post(durl, {}, c.to).status, 409)
        self.assertEqual(self.srv.get(f"/api/v1/applications/{P}", token=c.office).json["status"], "qualified")
        got = self.srv.get(f"/api/v1/documents/{doc.json['id']}", token=c.hr0)
        self.assertEqual(got.json["doc_no"], doc.json["doc_no"])
        # R-DOC-PUBLIC: the document is on the public list and a person's qualification is searchable.
        pubdocs = self.srv.get("/api/v1/public/documents")
        self.assertIn(doc.json["doc_no"], [x["doc_no"] for x in pubdocs.json])
        self.assertNotIn(person["id_number"], pubdocs.raw)
        prof = self.srv.get(f"/api/v1/persons/{p_pid}", token=c.root).json
        self.assertIn(doc.json["doc_no"], [q.get("doc_no") for q in prof["qualifications"]])

        # Public query: effective on the vote date.
        qurl = f"/api/v1/public/qualifications?name={person['name']}&id_last6={person['id_number'][-6:]}"
        import urllib.parse
        qurl = "/api/v1/public/qualifications?" + urllib.parse.urlencode(
            {"name": person["name"], "id_last6": person["id_number"][-6:]})
        q = self.srv.get(qurl)
        self.assertEqual(q.status, 200, q)
        [found] = q.json
        self.assertEqual((found["effective_date"], found["doc_no"], found["level"], found["series"], found["specialty"],
                          found["scope"], found["promotion_type"], found["status"]),
                         (MEETING, doc.json["doc_no"], "deputy_senior", "卫生", "临床医学", "province", "normal", "valid"))
        self.assertNotIn(person["id_number"], q.raw)
        wrong = "/api/v1/public/qualifications?" + urllib.parse.urlencode({"name": person["name"], "id_last6": "000000"})
        self.assertEqual(self.srv.get(wrong).json, [])
        self.assertError(self.srv.get("/api/v1/public/qualifications?name=x&id_last6=12"), 400)
        # The certificate of this real round: a batch by the committee office, a PDF with
        # Chinese text, and a QR payload that verifies offline with the bureau's public key.
        batch = self.post("/api/v1/certificate-batches", {"round_id": rid}, c.office)
        self.assertEqual(batch.status, 201, batch)
        [cert] = batch.json["certificates"]
        serial = cert["serial"]
        sq = urllib.parse.quote(serial)  # 甘临YYYYNNNNNN in a URL path
        cj = self.srv.get(f"/api/v1/certificates/{sq}", token=c.office)
        self.assertEqual(cj.status, 200, cj)
        cpdf = self.srv.get(f"/api/v1/certificates/{sq}.pdf", token=c.office)
        self.assertEqual(cpdf.status, 200, cpdf.raw[:200])
        ctext = pdf_text(cpdf.content)
        self.assertIn(person["name"], ctext)
        self.assertIn(serial, ctext)
        key = os.path.join(self.srv.data, "keys", "bureau_sm2.pub.pem")
        offline = subprocess.run([BIN, "cert", "verify", "--public-key", key, "--payload", cj.json["qr_payload"]],
                                 capture_output=True, text=True, timeout=60)
        self.assertEqual(offline.returncode, 0, offline.stdout + offline.stderr)
        pc = self.srv.get(f"/api/v1/public/certificates/{sq}")
        self.assertEqual((pc.json["valid"], pc.json["status"], pc.json["effective_date"]), (True, "valid", MEETING))
        # Archive (R-ARCHIVE) and revocation.
        a = self.post(f"/api/v1/documents/{doc.json['id']}/archive", {
            "application_id": P, "review_form_archived": True, "personal_file_copy": True,
            "materials_returned_to": "unit"}, c.office)
        self.assertEqual(a.status, 201, a)
        self.assertError(self.post(f"/api/v1/documents/{doc.json['id']}/archive", {
            "application_id": P, "review_form_archived": True, "personal_file_copy": True,
            "materials_returned_to": "nobody"}, c.office), 400)
        qid = entry["qualification_id"]
        self.assertError(self.post(f"/api/v1/qualifications/{qid}/revoke", {"reason": "材料造假"}, c.office), 403)
        r = self.post(f"/api/v1/qualifications/{qid}/revoke", {"reason": "论文造假，撤销资格"}, c.to)
        self.assertEqual(r.json["status"], "revoked", r)
        self.assertEqual(self.srv.get(qurl).json[0]["status"], "revoked")
        self.assertEqual(self.srv.get(f"/api/v1/public/certificates/{sq}").json["status"], "revoked")
        # Everything above was audited.
        audit = self.srv.get("/api/v1/audit?limit=1000", token=c.sup).json
        acts = {e["action"] for e in (audit if isinstance(audit, list) else audit.get("entries", []))}
        for act in ("defense_group.create", "defense.score", "meeting.training", "meeting.create", "meeting.basis",
                    "vote.open", "vote.close", "publicity.create", "document.issue",
                    "document.archive", "qualification.revoke", "meeting.remarks"):
            self.assertIn(act, acts)
        # Rate limit of the public query: 30 per 10 minutes per address. The clock frozen
        # hours after every earlier query: a fresh window, with all 30 queries at BASE.
        # (A clock jump ends the sessions: the administrator logs in after each.)
        self.srv.set_clock(self.srv.admin(), "2026-12-18T15:00:00+08:00", frozen=True)
        self.assertEqual([self.srv.get(qurl).status for _ in range(30)], [200] * 30)
        self.assertError(self.srv.get(qurl), 429, "too_many_requests")
        # The window is 10 minutes: at BASE + 9:59 still refused, at BASE + 10:00 open again.
        self.srv.set_clock(self.srv.admin(), "2026-12-18T15:09:59+08:00", frozen=True)
        self.assertError(self.srv.get(qurl), 429, "too_many_requests")
        self.srv.set_clock(self.srv.admin(), "2026-12-18T15:10:00+08:00", frozen=True)
        self.assertEqual(self.srv.get(qurl).status, 200)
        self.srv.set_clock(self.srv.admin(), "2026-12-18T15:10:00+08:00")  # running again

    def test_3_bad_inputs_are_4xx(self):
        c = type(self)
        office = self.srv.login("office_eval", PW)
        rid = c.rid
        paths = [f"/api/v1/rounds/{rid}/defense-groups", f"/api/v1/rounds/{rid}/training", f"/api/v1/rounds/{rid}/meeting",
                 f"/api/v1/rounds/{rid}/basis", f"/api/v1/rounds/{rid}/remarks", f"/api/v1/rounds/{rid}/votes",
                 "/api/v1/votes/nope/ballots", "/api/v1/votes/nope/paper-tally", "/api/v1/defense-groups/nope/scores",
                 "/api/v1/documents/nope/archive", "/api/v1/qualifications/nope/revoke", "/api/v1/publicities"]
        bodies = [None, b"{", b"[]", b"null", b'{"experts":[1],"application_ids":{},"date":"2026-13-01","present":[null],'
                  b'"choices":[],"results":[1],"score":"x","summary":3,"stage":"committee","round_id":5}']
        for p in paths:
            for raw in bodies:
                r = self.srv.request("POST", p, raw=raw if raw is not None else b"", token=office)
                self.assertTrue(400 <= r.status < 500, (p, raw, r))
        for p in ("/api/v1/votes/nope", "/api/v1/votes/nope/board", "/api/v1/votes/nope/receipts/x",
                  "/api/v1/applications/nope/defense", f"/api/v1/rounds/nope/minutes", "/api/v1/documents/nope",
                  "/api/v1/defense-groups/nope", "/api/v1/qualifications/nope"):
            r = self.srv.get(p, token=office)
            self.assertTrue(400 <= r.status < 500, (p, r))

    def test_2_eval_methods(self):
        c = type(self)
        url = "/api/v1/eval-methods/" + "卫生" + "/deputy_senior"
        import urllib.parse
        url = "/api/v1/eval-methods/" + urllib.parse.quote("卫生") + "/deputy_senior"
        to = self.srv.login("to_eval", PW)
        r = self.srv.get(url, token=to)
        self.assertEqual(r.status, 200, r)
        self.assertFalse(r.json["configured"])
        self.assertError(self.srv.put(url, {"methods": ["review", "defense"]}, token=self.srv.login("office_eval", PW)),
                         403)
        self.assertError(self.srv.put(url, {"methods": ["review", "炼丹"]}, token=to), 422, "rule_violation",
                         "R-EVAL-METHODS")
        self.assertError(self.srv.put(url, {"methods": []}, token=to), 422, "rule_violation", "R-EVAL-METHODS")
        self.assertError(self.srv.put(url, {"methods": "review"}, token=to), 400)
        r = self.srv.put(url, {"methods": ["review", "defense", "showcase"]}, token=to)
        self.assertEqual(r.status, 200, r)
        got = self.srv.get(url, token=to).json
        self.assertTrue(got["configured"])
        self.assertEqual([m["code"] for m in got["methods"]], ["review", "defense", "showcase"])
        self.assertError(self.srv.get("/api/v1/eval-methods/" + urllib.parse.quote("卫生") + "/huge", token=to), 400)
        self.assertError(self.srv.get("/api/v1/eval-methods/" + urllib.parse.quote("炼丹") + "/junior", token=to), 400)


if __name__ == "__main__":
    unittest.main()
