"""R-RECUSAL in discipline-group draws: the same-unit recusals are derived from the
round's applications (recommended or further) of the group's specialties, merged with
the declared conflicts of the request, stored with the draw's inputs, and reproduced
by /verify, the export and `zhiping draw verify --file`."""
import json
import os
import subprocess
import tempfile
import unittest

from fixtures_eval import EvalBase
from harness import BIN


class DrawRecusal(EvalBase):
    def setUp(self):
        c = type(self)
        if getattr(c, "ready", False):
            return
        self.build("rec")
        self.user("hr1", "hr1_rec", ["unit_hr"], org_id=self.units[1])
        # units[1] has an application that is only submitted: not yet before the groups.
        self.clock("2026-09-28")
        pid = self.make_person(self.units[1], name="未推荐申报人")
        r = self.srv.post("/api/v1/applications", {
            "round_id": c.rid, "person_id": pid, "target_level": "deputy_senior", "series": "卫生",
            "specialty": "临床医学", "promotion_type": "normal",
            "achievements": [{"kind": "paper", "title": "论文", "date": "2025-03-01"}]}, token=c.hr1)
        self.assertEqual(r.status, 201, r)
        c.submitted_only = r.json["id"]
        self.assertEqual(self.srv.post(f"/api/v1/applications/{c.submitted_only}/pledge", {"agree": True},
                                       token=c.hr1).status, 200)
        self.assertEqual(self.srv.post(f"/api/v1/applications/{c.submitted_only}/submit", {}, token=c.hr1).status,
                         200)
        c.apps = self.reviewed_applications(2)  # units[0], 临床医学, reviewed
        self.clock("2026-11-20")
        self.assertEqual(self.srv.post(f"/api/v1/rounds/{c.rid}/draw-commitments",
                                       {"secret": "office-secret-rec-0123456789"}, token=c.office).status, 201)
        self.assertEqual(self.srv.post(f"/api/v1/rounds/{c.rid}/draw-contributions", {"contribution": "监督-rec"},
                                       token=c.sup).status, 201)
        c.ready = True

    def test_same_unit_experts_never_drawn_into_the_group_and_draw_reproduces(self):
        c = type(self)
        self.clock("2026-12-07")
        same_unit = {p for i, p in enumerate(c.ids) if i % 4 == 0}  # experts i are in units[i % 4]
        declared = c.ids[1]
        eligible = set(c.ids) - same_unit - {declared}
        self.assertEqual(len(same_unit), 8)
        # Every expert who may sit is drawn (size = all eligible), so the result itself
        # shows that no same-unit expert and no declared conflict got in.
        r = self.srv.post(f"/api/v1/rounds/{c.rid}/draws", {
            "purpose": "discipline_group", "size": len(eligible), "specialties": ["临床医学"],
            "recused": [{"person_id": declared, "reason": "申报人的导师"}]}, token=c.office)
        self.assertEqual(r.status, 201, r)
        d = r.json
        self.assertEqual(set(d["members"]), eligible)
        self.assertFalse(set(d["members"]) & same_unit)
        rec = {x["person_id"]: x for x in d["recusals"]}
        self.assertEqual(set(rec), same_unit | {declared})
        app_ids = sorted(a for a, _ in c.apps)
        for p in same_unit:
            self.assertEqual(sorted(rec[p]["same_unit_applications"]), app_ids)
            self.assertNotIn(c.submitted_only, rec[p]["same_unit_applications"])
        self.assertEqual(rec[declared]["declared"], "申报人的导师")
        self.assertNotIn("same_unit_applications", rec[declared])
        # One more than the eligible: refused, never a same-unit expert as a filler.
        r = self.srv.post(f"/api/v1/rounds/{c.rid}/draws", {
            "purpose": "discipline_group", "size": len(eligible) + 1, "specialties": ["临床医学"],
            "recused": [declared]}, token=c.office)
        self.assertEqual(r.status, 422, r)
        # A smaller group: still none of them.
        r = self.srv.post(f"/api/v1/rounds/{c.rid}/draws", {
            "purpose": "discipline_group", "size": 5, "specialties": ["临床医学"]}, token=c.office)
        self.assertEqual(r.status, 201, r)
        self.assertEqual(len(r.json["members"]), 5)
        self.assertFalse(set(r.json["members"]) & same_unit)

        # Stored with the inputs: /verify and the export reproduce it.
        v = self.srv.get(f"/api/v1/draws/{d['id']}/verify", token=c.sup)
        self.assertEqual(v.status, 200, v)
        self.assertTrue(v.json["reproduced"], v.json)
        ex = self.srv.get(f"/api/v1/draws/{d['id']}/export", token=c.sup)
        self.assertEqual(ex.status, 200, ex)
        flagged = {e["person_id"] for e in ex.json["pool_snapshot"] if e["recused"]}
        self.assertEqual(flagged, same_unit | {declared})
        self.assertEqual({x["person_id"] for x in ex.json["constraints"]["recusals"]}, same_unit | {declared})
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "export.json")
            with open(path, "w", encoding="utf-8") as f:
                json.dump(ex.json, f, ensure_ascii=False)
            p = subprocess.run([BIN, "draw", "verify", "--file", path], capture_output=True, text=True, timeout=60)
            self.assertEqual(p.returncode, 0, p.stdout + p.stderr)
            self.assertEqual(json.loads(p.stdout)["members"], d["members"])
            # Clearing a recusal flag changes the pool digest: not reproduced.
            snap = [dict(e, recused=False) for e in ex.json["pool_snapshot"]]
            with open(path, "w", encoding="utf-8") as f:
                json.dump(dict(ex.json, pool_snapshot=snap), f, ensure_ascii=False)
            p = subprocess.run([BIN, "draw", "verify", "--file", path], capture_output=True, text=True, timeout=60)
            self.assertEqual(p.returncode, 1, p.stdout + p.stderr)
        # Bad declared conflicts are 400.
        for bad in ([{"reason": "x"}], [{"person_id": 5}], [{"person_id": "a", "reason": 1}], [3]):
            self.assertError(self.srv.post(f"/api/v1/rounds/{c.rid}/draws", {
                "purpose": "discipline_group", "size": 3, "specialties": ["临床医学"], "recused": bad},
                token=c.office), 400)


if __name__ == "__main__":
    unittest.main()
