"""Issue 15, finding 4: ballot secrecy and integrity.

While the vote is open nothing about choices is readable (no ballots, no live tally on
the board, no results); turnout is a count only. Casting a ballot writes nothing to the
audit, so a supervisor polling the audit and the board learns nothing per ballot; the
close records the voters as a sorted set with their count and the SM3 of the ballots.
Closing before every present member has voted needs the reason recorded by the chair of
the meeting himself (R-VOTE-ATTEND refusal otherwise); the reason is audited and shown to
the supervisor."""
import json
import unittest

from fixtures_eval import EvalBase, MEETING
from openssl_sm3 import sm3_hex as sm3


class BallotSecrecy(EvalBase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.ready = False

    def setUp(self):
        c = type(self)
        if c.ready:
            return
        self.build("sec15")
        c.apps = self.reviewed_applications(2, prefix="秘")
        self.meeting_draw()
        c.ready = True

    def audit(self):
        out, after = [], 0
        while True:
            a = self.srv.get(f"/api/v1/audit?after_seq={after}&limit=1000", token=type(self).sup)
            self.assertEqual(a.status, 200, a)
            if not a.json:
                return out
            out += a.json
            after = a.json[-1]["seq"]

    def test_secrecy_turnout_and_early_close(self):
        c = type(self)
        (A, _), (B, _) = c.apps
        self.clock(MEETING)
        m = c.members
        chair = c.ids[0]
        present = [chair] + [p for p in m if p != chair][:16]
        tok = {p: self.make_user(f"sec15_m{i}", ["expert"], person_id=p) for i, p in enumerate(present)}
        r = self.srv.post(f"/api/v1/rounds/{c.rid}/training", {"date": "2026-12-09", "content": "评审纪律培训",
                                                               "attendees": m}, token=c.office)
        self.assertEqual(r.status, 201, r)
        r = self.srv.post(f"/api/v1/rounds/{c.rid}/meeting", {
            "date": MEETING, "present": present, "chair_id": chair, "recorder": "记录员",
            "supervisors": [{"name": "纪检王", "role": "派驻纪检组"}]}, token=c.office)
        self.assertEqual(r.status, 201, r)
        for a in (A, B):
            r = self.srv.post(f"/api/v1/rounds/{c.rid}/basis", {"application_id": a, "material_review": "材料齐全",
                                                                "group_opinion": "同意推荐"}, token=c.office)
            self.assertEqual(r.status, 201, r)
        v = self.srv.post(f"/api/v1/rounds/{c.rid}/votes", {"application_ids": [A, B]}, token=c.office)
        self.assertEqual(v.status, 201, v)
        vid = v.json["id"]

        # Two ballots, the supervisor polling the board, the vote and the audit after each.
        voters = [present[3], present[7]]
        before = self.audit()
        receipts = []
        for k, p in enumerate(voters):
            r = self.srv.post(f"/api/v1/votes/{vid}/ballots", {"choices": {A: "yes", B: "no" if k else "yes"}},
                              token=tok[p])
            self.assertEqual(r.status, 201, r)
            receipts.append(r.json["receipt"])
            board = self.srv.get(f"/api/v1/votes/{vid}/board", token=c.sup)
            self.assertEqual(board.status, 200, board)
            self.assertEqual(board.json["ballots_cast"], k + 1)
            for key in ("ballots", "recomputed", "results", "matches"):
                self.assertIsNone(board.json[key], (key, board.json))
            for t in (c.sup, c.to, c.office):
                got = self.srv.get(f"/api/v1/votes/{vid}", token=t)
                self.assertEqual(got.json["ballots_cast"], k + 1)
                self.assertNotIn("results", got.json)
                self.assertNotIn('"yes"', got.raw)
            # nothing was audited for the ballot: not the voter, not a count that moves
            after = self.audit()
            self.assertEqual([e["action"] for e in after[len(before):]], [])
            self.assertEqual(after[-1]["digest"], before[-1]["digest"])

        # Closing with 2 of 17 ballots is refused until the chair records a reason.
        r = self.srv.post(f"/api/v1/votes/{vid}/close", {}, token=c.office)
        self.assertError(r, 422, "rule_violation", "R-VOTE-ATTEND")
        self.assertIn("主持人", r.json["error"]["message"])
        ec = f"/api/v1/votes/{vid}/early-close"
        reason = "会场停电，其余评委无法使用电子表决终端，经主持人决定结束本轮表决"
        self.assertError(self.srv.post(ec, {"reason": reason}, token=c.office), 403)
        self.assertError(self.srv.post(ec, {"reason": reason}, token=tok[present[1]]), 403)
        self.assertError(self.srv.post(ec, {"reason": ""}, token=tok[chair]), 400)
        self.assertError(self.srv.post(ec, {}, token=tok[chair]), 400)
        r = self.srv.post(ec, {"reason": reason}, token=tok[chair])
        self.assertEqual(r.status, 200, r)
        self.assertEqual(r.json["early_close"]["reason"], reason)
        # the supervisor sees it before and after the close
        self.assertEqual(self.srv.get(f"/api/v1/votes/{vid}", token=c.sup).json["early_close"]["reason"], reason)
        closed = self.srv.post(f"/api/v1/votes/{vid}/close", {}, token=c.office)
        self.assertEqual(closed.status, 200, closed)
        res = {x["application_id"]: x for x in closed.json["results"]}
        self.assertEqual((res[A]["present"], res[A]["yes"], res[A]["passed"]), (17, 2, False))
        got = self.srv.get(f"/api/v1/votes/{vid}", token=c.sup).json
        self.assertEqual(got["early_close"]["chair_id"], chair)

        # After the close: the board, its digest, and the audit with the reason and the voters as a set.
        board = self.srv.get(f"/api/v1/votes/{vid}/board", token=c.sup).json
        self.assertEqual(len(board["ballots"]), 2)
        self.assertTrue(board["matches"], board)
        self.assertEqual({b["receipt_hash"] for b in board["ballots"]}, {sm3(x) for x in receipts})
        entries = self.audit()
        close = [e for e in entries if e.get("action") == "vote.close" and e.get("target") == f"vote:{vid}"]
        self.assertEqual(len(close), 1, close)
        rec = close[0]["data"]
        self.assertEqual(rec["voters"], sorted(voters))
        self.assertEqual((rec["present"], rec["ballots_cast"]), (17, 2))
        self.assertEqual(rec["early_close"]["reason"], reason)
        self.assertEqual(rec["ballots_sm3"], board["ballots_sm3"])
        reasons = [e for e in entries if e.get("action") == "vote.early_close_reason"]
        self.assertEqual(len(reasons), 1)
        self.assertNotIn(voters[0], json.dumps(reasons, ensure_ascii=False))


if __name__ == "__main__":
    unittest.main()
