"""The evaluation on an intermediate committee (中评会): R-MEET-QUORUM at 13 (12 present
refused, 13 recorded), R-DEF-GATE only for senior committees (a failed defense is
still put to an intermediate vote), R-VOTE-PASS at 13 present (9 approvals pass,
8 fail), and R-SUPERVISE's report of a meeting recorded without supervisors."""
import unittest

from fixtures_intermediate import DEFENSE, MEETING, IntermediateEvalBase


class MidEval(IntermediateEvalBase):  # a short name: the title office's username derives from it
    def setUp(self):
        c = type(self)
        if getattr(c, "ready", False):
            return
        self.build("mid")
        c.apps = self.reviewed_applications(2)
        self.meeting_draw(15)
        c.ready = True

    def post(self, path, body, token):
        return self.srv.post(path, body, token=token)

    def test_quorum_13_gate_senior_only_and_pass_at_9_of_13(self):
        c = type(self)
        ids, rid = c.ids, c.rid
        (F, _), (P, _) = c.apps
        m = c.members
        self.assertEqual(len(m), 15)
        # A failed defense (2 of 4 below 60). An intermediate in-person defense needs no reason.
        self.clock(DEFENSE)
        g = self.post(f"/api/v1/rounds/{rid}/defense-groups",
                      {"experts": [ids[1], ids[2], ids[3], ids[5]], "application_ids": [F], "video": False}, c.office)
        self.assertEqual(g.status, 201, g)
        for e, s in ((ids[1], 50), (ids[2], 55), (ids[3], 70), (ids[5], 80)):
            r = self.post(f"/api/v1/defense-groups/{g.json['id']}/scores",
                          {"application_id": F, "expert_id": e, "score": s}, c.office)
            self.assertEqual(r.status, 201, r)
        d = self.srv.get(f"/api/v1/applications/{F}/defense", token=c.office).json
        self.assertEqual(d["result"], "fail", d)
        self.assertEqual(self.srv.get(f"/api/v1/applications/{F}", token=c.office).json["status"], "defense_failed")

        self.clock(MEETING)
        r = self.post(f"/api/v1/rounds/{rid}/training", {"date": "2026-11-18", "content": "评审政策与纪律培训",
                                                          "attendees": m}, c.office)
        self.assertEqual(r.status, 201, r)
        voters = {p: self.make_user(f"mid_member_{i}", ["expert"], person_id=p) for i, p in enumerate(m)}
        present = m[:13]
        body = {"date": MEETING, "present": present[:12], "chair_id": ids[0], "recorder": "记录员张",
                "supervisors": [{"name": "纪检李", "role": "派驻纪检组"}]}
        murl = f"/api/v1/rounds/{rid}/meeting"
        self.assertError(self.post(murl, body, c.office), 422, "rule_violation", "R-MEET-QUORUM")
        self.assertError(self.post(f"/api/v1/rounds/{rid}/votes", {"application_ids": [P]}, c.office),
                         422, "rule_violation", "R-MEET-QUORUM")
        # Recorded without supervisors: R-SUPERVISE reports the review and the vote unsupervised.
        r = self.post(murl, dict(body, present=present, supervisors=[]), c.office)
        self.assertEqual(r.status, 201, r)
        self.assertEqual(r.json["quorum"], 13)
        self.assertEqual([(w["rule"], w["message"]) for w in r.json["warnings"]],
                         [("R-SUPERVISE", "评审环节未记录监督人员"), ("R-SUPERVISE", "投票环节未记录监督人员")], r)

        for a in (F, P):
            r = self.post(f"/api/v1/rounds/{rid}/basis", {"application_id": a, "material_review": "材料齐全真实",
                                                           "group_opinion": "学科组意见"}, c.office)
            self.assertEqual(r.status, 201, r)
        # R-DEF-GATE is the senior committee's: F (defense failed) is put to the vote.
        v = self.post(f"/api/v1/rounds/{rid}/votes", {"application_ids": [F, P]}, c.office)
        self.assertEqual(v.status, 201, v)
        self.assertEqual(v.json["present"], 13)
        burl = f"/api/v1/votes/{v.json['id']}/ballots"
        self.assertError(self.post(burl, {"choices": {F: "yes", P: "yes"}}, voters[m[13]]), 403, None,
                         "R-VOTE-ATTEND")
        for k, p in enumerate(present):
            r = self.post(burl, {"choices": {P: "yes" if k < 9 else "no", F: "yes" if k < 8 else "abstain"}},
                          voters[p])
            self.assertEqual(r.status, 201, r)
        closed = self.post(f"/api/v1/votes/{v.json['id']}/close", {}, c.office)
        self.assertEqual(closed.status, 200, closed)
        res = {x["application_id"]: x for x in closed.json["results"]}
        self.assertEqual((res[P]["present"], res[P]["yes"], res[P]["passed"]), (13, 9, True))
        self.assertEqual((res[F]["present"], res[F]["yes"], res[F]["passed"]), (13, 8, False))
        self.assertEqual(self.srv.get(f"/api/v1/applications/{P}", token=c.office).json["status"], "passed")
        self.assertEqual(self.srv.get(f"/api/v1/applications/{F}", token=c.office).json["status"], "not_passed")


if __name__ == "__main__":
    unittest.main()
