"""R-DEF-VIDEO by committee level (issue 16, items 1 and 2).

Senior committee: a defense group is video by default and is formed before the defense,
without its recording; the recording (reference and SM3) is attached afterwards with
PUT /api/v1/defense-groups/{id}/recording (validated, audited, not replaceable) and is
required when the group's results would send an applicant to the vote (R-DEF-VIDEO at the
gate, beside R-DEF-GATE). A request that breaks several rules is refused with all of them:
the group formation (R-DEF-VIDEO + R-DEF-GROUP + R-RECUSAL), a score (R-RECUSAL +
R-DEF-SCORE) and the vote (R-MEET-QUORUM + R-DEF-GATE + R-DEF-VIDEO + R-MEET-BASIS).

Intermediate committee: groups default to in person, need neither a reason nor a
recording; a video group there is not asked for one either."""
import unittest

from fixtures_eval import EvalBase, MEETING
from fixtures_intermediate import DEFENSE, MEETING as MID_MEETING, IntermediateEvalBase
from openssl_sm3 import sm3_hex as sm3

REF = "NAS://答辩录像/2026-12-08/第1组.mp4"
DIGEST = sm3(b"recording of group 1")


def rules(r):
    return [v["rule"] for v in r.json["error"]["violations"]]


class SeniorRecording(EvalBase):
    def setUp(self):
        c = type(self)
        if getattr(c, "ready", False):
            return
        self.build("rec")
        c.apps = self.reviewed_applications(3)
        self.meeting_draw()
        c.ready = True

    def post(self, path, body, token):
        return self.srv.post(path, body, token=token)

    def score_all(self, gid, app, scores, token):
        for e, s in scores:
            r = self.post(f"/api/v1/defense-groups/{gid}/scores", {"application_id": app, "expert_id": e, "score": s},
                          token)
            self.assertEqual(r.status, 201, r)

    def test_senior_video_group_without_recording_then_recording_gates_the_vote(self):
        c = type(self)
        ids, rid = c.ids, c.rid
        (A, _), (B, _), (C, _) = c.apps  # applicants of units[0]; expert i is of units[i % 4]
        url = f"/api/v1/rounds/{rid}/defense-groups"
        self.clock("2026-12-08")

        # Item 2: in person without a reason (R-DEF-VIDEO), two of three experts from one
        # unit (R-DEF-GROUP), one from the applicant's unit leaving 2 to score (R-RECUSAL):
        # one 422 lists all three; nothing is written.
        r = self.post(url, {"experts": [ids[1], ids[5], ids[4]], "application_ids": [B], "video": False}, c.office)
        self.assertError(r, 422, "rule_violation")
        self.assertEqual(sorted(set(rules(r))), ["R-DEF-GROUP", "R-DEF-VIDEO", "R-RECUSAL"], r)
        for v in r.json["error"]["violations"]:
            self.assertTrue(v["section"] and v["message"], v)
        self.assertIsNone(self.srv.get(f"/api/v1/applications/{B}/defense", token=c.office).json["group_id"])

        # Item 1: the senior default is video, formed without a recording. ids[4] (the
        # applicant's unit) recuses; three score.
        g = self.post(url, {"experts": [ids[1], ids[2], ids[3], ids[4]], "application_ids": [A]}, c.office)
        self.assertEqual(g.status, 201, g)
        self.assertEqual([(x["expert_id"], x["application_id"]) for x in g.json["recusals"]], [(ids[4], A)])
        self.assertEqual((g.json["video"], g.json["mode"], g.json["recording_required"]), (True, "video", True), g)
        self.assertEqual((g.json["recording_ref"], g.json["recording_sm3"], g.json["recording_at"]), ("", "", None))
        ga = g.json["id"]
        # A recording half given at formation is refused (both or neither).
        r = self.post(url, {"experts": [ids[5], ids[6], ids[7]], "application_ids": [C], "recording_ref": REF}, c.office)
        self.assertError(r, 400, "bad_request")
        # B: in person with its reason (needs no recording); C: video, fails its defense.
        g = self.post(url, {"experts": [ids[5], ids[6], ids[7]], "application_ids": [B], "video": False,
                            "non_video_reason": "答辩人所在乡镇无视频条件，已报省职改办"}, c.office)
        self.assertEqual(g.status, 201, g)
        self.assertEqual((g.json["mode"], g.json["recording_required"]), ("in_person", False), g)
        gb = g.json["id"]
        g = self.post(url, {"experts": [ids[9], ids[10], ids[11]], "application_ids": [C]}, c.office)
        self.assertEqual(g.status, 201, g)
        gc = g.json["id"]
        # A recused expert's out-of-range score: R-RECUSAL and R-DEF-SCORE in one refusal.
        r = self.post(f"/api/v1/defense-groups/{ga}/scores", {"application_id": A, "expert_id": ids[4], "score": 101},
                      c.office)
        self.assertError(r, 422, "rule_violation")
        self.assertEqual(rules(r), ["R-RECUSAL", "R-DEF-SCORE"], r)
        self.score_all(ga, A, [(ids[1], 80), (ids[2], 75), (ids[3], 90)], c.office)
        self.score_all(gb, B, [(ids[5], 80), (ids[6], 70), (ids[7], 85)], c.office)
        self.score_all(gc, C, [(ids[9], 50), (ids[10], 55), (ids[11], 90)], c.office)
        self.assertEqual(self.srv.get(f"/api/v1/applications/{C}", token=c.office).json["status"], "defense_failed")

        # Before the meeting is recorded: every rule of the vote request at once.
        vurl = f"/api/v1/rounds/{rid}/votes"
        r = self.post(vurl, {"application_ids": [C]}, c.office)
        self.assertError(r, 422, "rule_violation")
        self.assertEqual(sorted(set(rules(r))), ["R-DEF-GATE", "R-DEF-VIDEO", "R-MEET-BASIS", "R-MEET-QUORUM"], r)

        # The meeting day.
        self.clock(MEETING)
        m = c.members
        r = self.post(f"/api/v1/rounds/{rid}/training", {"date": "2026-12-09", "content": "评审政策与纪律培训",
                                                          "attendees": m}, c.office)
        self.assertEqual(r.status, 201, r)
        r = self.post(f"/api/v1/rounds/{rid}/meeting", {"date": MEETING, "present": m[:17], "chair_id": ids[0],
                                                         "recorder": "记录员李",
                                                         "supervisors": [{"name": "纪检王", "role": "派驻纪检组"}]},
                      c.office)
        self.assertEqual(r.status, 201, r)
        for a in (A, B, C):
            r = self.post(f"/api/v1/rounds/{rid}/basis", {"application_id": a, "material_review": "材料齐全真实",
                                                           "group_opinion": "学科组同意推荐"}, c.office)
            self.assertEqual(r.status, 201, r)
        # A passed by video, no recording yet: R-DEF-VIDEO naming A; B (in person) is not in it.
        r = self.post(vurl, {"application_ids": [A, B]}, c.office)
        self.assertError(r, 422, "rule_violation")
        self.assertEqual(rules(r), ["R-DEF-VIDEO"], r)
        self.assertIn(A, r.json["error"]["violations"][0]["message"])
        self.assertIn("录像", r.json["error"]["violations"][0]["message"])
        # A and C together: A's recording, C's failed defense and C's recording — all listed.
        r = self.post(vurl, {"application_ids": [A, C]}, c.office)
        self.assertError(r, 422, "rule_violation")
        self.assertEqual(sorted(rules(r)), ["R-DEF-GATE", "R-DEF-VIDEO", "R-DEF-VIDEO"], r)

        # Attaching the recording: validated, by the office only, not on an in-person group.
        rec = f"/api/v1/defense-groups/{ga}/recording"
        self.assertError(self.srv.put(rec, {"reference": REF, "sm3": "zz"}, token=c.office), 400, "bad_request")
        self.assertError(self.srv.put(rec, {"reference": REF, "sm3": "g" * 64}, token=c.office), 400)
        self.assertError(self.srv.put(rec, {"reference": REF, "sm3": DIGEST[:63]}, token=c.office), 400)
        self.assertError(self.srv.put(rec, {"reference": " ", "sm3": DIGEST}, token=c.office), 400)
        self.assertError(self.srv.put(rec, {"sm3": DIGEST}, token=c.office), 400)
        self.assertError(self.srv.put(rec, {"reference": REF, "sm3": DIGEST}, token=c.hr0), 403)
        self.assertError(self.srv.put("/api/v1/defense-groups/nope/recording", {"reference": REF, "sm3": DIGEST},
                                      token=c.office), 404)
        self.assertError(self.srv.put(f"/api/v1/defense-groups/{gb}/recording", {"reference": REF, "sm3": DIGEST},
                                      token=c.office), 409, "conflict")
        r = self.srv.put(rec, {"reference": REF, "sm3": DIGEST.upper()}, token=c.office)
        self.assertEqual(r.status, 200, r)
        self.assertEqual((r.json["recording_ref"], r.json["recording_sm3"]), (REF, DIGEST), r)
        self.assertTrue(r.json["recording_at"].startswith(MEETING), r)
        self.assertEqual(r.json["recording_by"], "office_rec")
        self.assertEqual(self.srv.get(f"/api/v1/defense-groups/{ga}", token=c.sup).json["recording_sm3"], DIGEST)
        # The same again is a no-op; another recording over it is refused.
        self.assertEqual(self.srv.put(rec, {"reference": REF, "sm3": DIGEST}, token=c.office).status, 200)
        self.assertError(self.srv.put(rec, {"reference": REF + ".2", "sm3": DIGEST}, token=c.office), 409)
        audit = self.srv.get("/api/v1/audit?limit=1000", token=c.sup).json
        entries = audit if isinstance(audit, list) else audit.get("entries", [])
        recs = [e for e in entries if e["action"] == "defense_group.recording"]
        self.assertEqual(len(recs), 1, recs)
        self.assertEqual(recs[0]["target"], "defense_group:" + ga)
        self.assertEqual(recs[0]["data"]["sm3"], DIGEST)
        history = [h["action"] for h in self.srv.get(f"/api/v1/applications/{A}", token=c.office).json["history"]]
        self.assertIn("defense.recording", history)

        # With the recording, A (video) and B (in person) go to the vote.
        v = self.post(vurl, {"application_ids": [A, B]}, c.office)
        self.assertEqual(v.status, 201, v)
        # C's gate still lists only the failed defense once its recording is attached.
        r = self.srv.put(f"/api/v1/defense-groups/{gc}/recording", {"reference": REF + "-c", "sm3": DIGEST},
                         token=c.office)
        self.assertEqual(r.status, 200, r)
        r = self.post(vurl, {"application_ids": [C]}, c.office)
        self.assertError(r, 422, "rule_violation")
        self.assertEqual(rules(r), ["R-DEF-GATE"], r)


class MidRecording(IntermediateEvalBase):
    def setUp(self):
        c = type(self)
        if getattr(c, "ready", False):
            return
        self.build("midrec")
        c.apps = self.reviewed_applications(2)
        self.meeting_draw(15)
        c.ready = True

    def post(self, path, body, token):
        return self.srv.post(path, body, token=token)

    def test_intermediate_groups_default_in_person_and_vote_without_recording(self):
        c = type(self)
        ids, rid = c.ids, c.rid
        (F, _), (P, _) = c.apps
        url = f"/api/v1/rounds/{rid}/defense-groups"
        self.clock(DEFENSE)
        # R-DEF-VIDEO is the senior committees': five experts, no mode, no reason, no
        # recording form an in-person group (this was refused with 「视频答辩须全程录像保存」).
        g = self.post(url, {"experts": [ids[1], ids[2], ids[3], ids[5], ids[6]], "application_ids": [F]}, c.office)
        self.assertEqual(g.status, 201, g)
        self.assertEqual((g.json["video"], g.json["mode"], g.json["recording_required"], g.json["non_video_reason"]),
                         (False, "in_person", False, ""), g)
        gf = g.json["id"]
        self.assertError(self.srv.put(f"/api/v1/defense-groups/{gf}/recording", {"reference": REF, "sm3": DIGEST},
                                      token=c.office), 409)
        # A video defense at an intermediate committee: no recording asked either.
        g = self.post(url, {"experts": [ids[7], ids[9], ids[10]], "application_ids": [P], "video": True}, c.office)
        self.assertEqual(g.status, 201, g)
        self.assertEqual((g.json["mode"], g.json["recording_required"]), ("video", False), g)
        gp = g.json["id"]
        for gid, app, experts in ((gf, F, (1, 2, 3, 5, 6)), (gp, P, (7, 9, 10))):
            for e in experts:
                r = self.post(f"/api/v1/defense-groups/{gid}/scores",
                              {"application_id": app, "expert_id": ids[e], "score": 80}, c.office)
                self.assertEqual(r.status, 201, r)

        self.clock(MID_MEETING)
        m = c.members
        r = self.post(f"/api/v1/rounds/{rid}/training", {"date": "2026-11-18", "content": "评审政策与纪律培训",
                                                          "attendees": m}, c.office)
        self.assertEqual(r.status, 201, r)
        r = self.post(f"/api/v1/rounds/{rid}/meeting", {"date": MID_MEETING, "present": m[:13], "chair_id": ids[0],
                                                         "recorder": "记录员张",
                                                         "supervisors": [{"name": "州职改办李", "role": "州职改办"}]},
                      c.office)
        self.assertEqual(r.status, 201, r)
        for a in (F, P):
            r = self.post(f"/api/v1/rounds/{rid}/basis", {"application_id": a, "material_review": "材料齐全真实",
                                                           "group_opinion": "学科组意见"}, c.office)
            self.assertEqual(r.status, 201, r)
        v = self.post(f"/api/v1/rounds/{rid}/votes", {"application_ids": [F, P]}, c.office)
        self.assertEqual(v.status, 201, v)


if __name__ == "__main__":
    unittest.main()
