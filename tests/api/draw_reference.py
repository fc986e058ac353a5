"""An independent reference implementation of docs/draw.md (`zhiping-draw-v1`), written
from the document alone, in Python, for the tests: it recomputes the commitment, the
pool digest, the seed, the DRBG, the draw and the result digest, so the golden values of
docs/draw.md §8, tests/unit/core/draw_example_test.cc and the server's draws can be
checked against something that is not the C++ code.

SM3 comes from OpenSSL (openssl_sm3.py): Python's hashlib when it is built with OpenSSL's
SM3, else the `openssl dgst -sm3` command. Without either, sm3() raises: nothing is skipped.

The feasibility test of §5.2 is done differently from the C++ code on purpose: instead
of a bounded circulation it searches the number of members taken from each group and
checks the quotas by Hall's condition (every set of quota specialties is covered by at
least as many members as its seats). Both are exact, so every decision — and therefore
every member — must agree. The search is memoised but not polynomial: fine for the
pools of the tests, not for production sizes.
"""
import functools

from openssl_sm3 import SOURCE as SM3_SOURCE, cli_sm3, sm3

LEVEL_CODE = {"junior": 1, "assistant": 2, "intermediate": 3, "deputy_senior": 4, "full_senior": 5}
ALGORITHM = "zhiping-draw-v1"


class Refused(Exception):
    """The document says no draw exists (or the input is outside what it allows)."""


# -- byte encodings (Notation) -------------------------------------------------------------
def u8(x):
    return int(x).to_bytes(1, "big")


def u32(x):
    return int(x).to_bytes(4, "big")


def u64(x):
    return int(x).to_bytes(8, "big")


def b(s):
    return s if isinstance(s, bytes) else s.encode("utf-8")


def lstr(s):
    s = b(s)
    return u32(len(s)) + s


# -- §1 commit-reveal ----------------------------------------------------------------------
def commitment(office_secret):
    return sm3(b"zhiping-commit-v1" + b(office_secret)).hex()


def seed(office_secret, supervisor_contribution, pool_digest):
    return sm3(b"zhiping-seed-v1" + lstr(office_secret) + lstr(supervisor_contribution) + pool_digest)


# -- §2 DRBG ---------------------------------------------------------------------------------
class Drbg:
    def __init__(self, seed_bytes):
        self.seed = seed_bytes
        self.block = 0
        self.buf = b""

    def next_u64(self):
        if not self.buf:
            self.buf = sm3(self.seed + u64(self.block))
            self.block += 1
        x, self.buf = int.from_bytes(self.buf[:8], "big"), self.buf[8:]
        return x

    def uniform(self, n):
        assert n >= 1
        t = (1 << 64) % n
        while True:
            x = self.next_u64()
            if x >= t:
                return x % n


# -- §3 pool snapshot ------------------------------------------------------------------------
def canonical_pool(entries):
    """Entries as dicts (person_id, unit_id, specialties, level, on_previous_roster,
    recused, professional), sorted by person_id bytewise, specialties sorted and unique."""
    out = []
    for e in entries:
        out.append({
            "person_id": e["person_id"], "unit_id": e["unit_id"],
            "specialties": sorted(set(e.get("specialties", [])), key=b),
            "level": e["level"], "on_previous_roster": bool(e.get("on_previous_roster", False)),
            "recused": bool(e.get("recused", False)), "professional": bool(e.get("professional", True))})
    out.sort(key=lambda e: b(e["person_id"]))
    ids = [e["person_id"] for e in out]
    if len(set(ids)) != len(ids) or not all(ids):
        raise Refused("pool ids must be unique and non-empty")
    return out


def pool_digest(pool):
    data = b"zhiping-pool-v1" + u32(len(pool))
    for e in pool:
        data += lstr(e["person_id"]) + lstr(e["unit_id"]) + u32(len(e["specialties"]))
        for s in e["specialties"]:
            data += lstr(s)
        data += u8(LEVEL_CODE[e["level"]]) + u8(e["on_previous_roster"]) + u8(e["recused"]) + u8(e["professional"])
    return sm3(data)


# -- §4, §5 the draw --------------------------------------------------------------------------
def _ceil_div(a, d):
    return -(-a // d)


def _feasible(groups, size, quota_mins, split, cap):
    """Is there a count x_g in [lo_g, hi_g] per group, summing to `size`, that meets the
    quotas (Hall), the class split and the unit caps? split: None, ("rot", k), ("sen",)
    or ("both", k, sn). A search over the groups with memoised states: (group index,
    members so far, class counts so far, quota coverage so far, the current heavy unit's
    members so far); groups of one heavy unit are visited together."""
    n = len(groups)
    half = _ceil_div(size, 2)
    subsets = []  # (bitmask of quotas, seats of that set of quotas)
    for m in range(1, 1 << len(quota_mins)):
        subsets.append((m, sum(quota_mins[q] for q in range(len(quota_mins)) if m >> q & 1)))
    order = sorted(range(n), key=lambda g: (groups[g]["heavy"] is None, groups[g]["heavy"] or 0, g))
    gs = [groups[g] for g in order]
    remaining_hi = [0] * (n + 1)
    for i in range(n - 1, -1, -1):
        remaining_hi[i] = remaining_hi[i + 1] + gs[i]["hi"]
    kind = split[0] if split else None

    @functools.lru_cache(maxsize=None)
    def search(i, total, a, b2, c3, cov, unit_sum):
        # a, b2, c3: rot → (new, 0, 0); sen → (seniors capped at half, 0, 0);
        # both → (new seniors, new juniors, old seniors capped).
        if total > size or total + remaining_hi[i] < size:
            return False
        if i == n:
            if any(cv < need for cv, (_, need) in zip(cov, subsets)):
                return False
            if kind == "rot":
                return a == split[1]
            if kind == "sen":
                return a >= half
            if kind == "both":
                k, sn = split[1], split[2]
                return a == sn and b2 == k - sn and c3 >= max(0, half - sn)
            return True
        g = gs[i]
        same_unit = i > 0 and g["heavy"] is not None and gs[i - 1]["heavy"] == g["heavy"]
        base_unit = unit_sum if same_unit else 0
        for v in range(g["lo"], g["hi"] + 1):
            if cap is not None and g["heavy"] is not None and base_unit + v > cap:
                break
            na, nb, nc = a, b2, c3
            if kind == "rot":
                na = a + v * g["new"]
                if na > split[1]:
                    break
            elif kind == "sen":
                na = min(half, a + v * g["senior"])
            elif kind == "both":
                if g["new"] and g["senior"]:
                    na = a + v
                elif g["new"]:
                    nb = b2 + v
                elif g["senior"]:
                    nc = min(half, c3 + v)
                if na > split[2] or nb > split[1] - split[2]:
                    break
            ncov = tuple(min(need, cv + (v if g["mask"] & m else 0)) for cv, (m, need) in zip(cov, subsets))
            if search(i + 1, total + v, na, nb, nc, ncov, base_unit + v if g["heavy"] is not None else 0):
                return True
        return False

    return search(0, 0, 0, 0, 0, tuple(0 for _ in subsets), 0)


def draw(pool, constraints, seed_bytes):
    """pool: canonical (sorted) entries; constraints as in the export's `constraints`.
    Returns (members, new_members, digest_hex)."""
    c = constraints
    size = c["size"]
    senior_committee = c["committee_level"] == "senior"
    fixed = [(f["person_id"], f["role"]) for f in c.get("fixed", [])]
    fixed_ids = [f for f, _ in fixed]
    by_id = {e["person_id"]: e for e in pool}
    for f in fixed_ids:
        if f not in by_id:
            raise Refused(f"fixed member {f} not in the snapshot")

    def titled(e):
        lv = LEVEL_CODE[e["level"]]
        if senior_committee:
            return lv == 5 if c.get("evaluates_full_senior") else lv >= 4
        return lv >= 3

    group_purpose = c["purpose"] == "discipline_group"
    elig = [e for e in pool if titled(e) and not (group_purpose and e["recused"])]
    elig_ids = {e["person_id"] for e in elig}
    for f in fixed_ids:
        if f not in elig_ids:
            raise Refused(f"fixed member {f} is not eligible")

    quotas = sorted([q for q in c.get("quotas", []) if q["min_count"] > 0], key=lambda q: b(q["specialty"]))
    quota_specs = [q["specialty"] for q in quotas]
    quota_mins = [q["min_count"] for q in quotas]
    rot = bool(c.get("has_previous_roster"))
    sen = not senior_committee and any(LEVEL_CODE[e["level"]] < 4 for e in elig)
    cap = c.get("max_per_unit")
    unit_count = {}
    for e in elig:
        unit_count[e["unit_id"]] = unit_count.get(e["unit_id"], 0) + 1
    caps = cap is not None and any(v > cap for v in unit_count.values())
    if caps and quotas and (rot or sen):
        raise Refused("quotas + binding max_per_unit + a class constraint (§6)")
    heavy = {}
    if caps:
        for e in elig:
            if unit_count[e["unit_id"]] > cap and e["unit_id"] not in heavy:
                heavy[e["unit_id"]] = len(heavy)

    groups, index = [], {}
    for e in elig:
        mask = sum(1 << q for q, s in enumerate(quota_specs) if s in e["specialties"])
        is_new = not e["on_previous_roster"]
        is_senior = LEVEL_CODE[e["level"]] >= 4
        h = heavy.get(e["unit_id"]) if caps else None
        key = (mask, is_new if rot else None, is_senior if sen else None, h)
        if key not in index:
            index[key] = len(groups)
            groups.append({"mask": mask, "new": is_new, "senior": is_senior, "heavy": h,
                           "lo": 0, "hi": 0, "list": [], "used": 0})
        g = groups[index[key]]
        g["hi"] += 1
        if e["person_id"] in fixed_ids:
            g["lo"] += 1
        else:
            g["list"].append(e["person_id"])

    cap_for_test = cap if caps else None
    split = None
    drbg = Drbg(seed_bytes)
    if rot:
        min_new, max_new = _ceil_div(3 * size, 10), (6 * size) // 10
        K = []
        for k in range(min_new, max_new + 1):
            if sen:
                if any(_feasible(groups, size, quota_mins, ("both", k, sn), cap_for_test) for sn in range(k + 1)):
                    K.append(k)
            elif _feasible(groups, size, quota_mins, ("rot", k), cap_for_test):
                K.append(k)
        if not K:
            raise Refused("no feasible number of new members")
        k = K[drbg.uniform(len(K))]
        if sen:
            SN = [sn for sn in range(k + 1) if _feasible(groups, size, quota_mins, ("both", k, sn), cap_for_test)]
            split = ("both", k, SN[drbg.uniform(len(SN))])
        else:
            split = ("rot", k)
    else:
        split = ("sen",) if sen else None
        if not _feasible(groups, size, quota_mins, split, cap_for_test):
            raise Refused("infeasible")

    drawn = []
    taken = len(fixed_ids)
    while taken < size:
        live = sum(g["hi"] - g["lo"] for g in groups if g["lo"] < g["hi"])
        assert live > 0
        r = drbg.uniform(live)
        for g in groups:
            if g["lo"] >= g["hi"]:
                continue
            unconsumed = len(g["list"]) - g["used"]
            assert unconsumed == g["hi"] - g["lo"]
            if r < unconsumed:
                break
            r -= unconsumed
        lst, u = g["list"], g["used"]
        lst[u], lst[u + r] = lst[u + r], lst[u]
        candidate = lst[u]
        g["used"] += 1
        g["lo"] += 1
        if _feasible(groups, size, quota_mins, split, cap_for_test):
            drawn.append(candidate)
            taken += 1
        else:
            g["lo"] -= 1
            g["hi"] = g["lo"]

    members = fixed_ids + drawn
    new_members = sum(1 for m in members if not by_id[m]["on_previous_roster"])
    return members, new_members, result_digest(seed_bytes, pool_digest(pool), c, members)


# -- §7 result digest -------------------------------------------------------------------------
def result_digest(seed_bytes, pool_digest_bytes, c, members):
    data = b"zhiping-draw-v1" + lstr(seed_bytes) + pool_digest_bytes
    data += u8(1 if c["purpose"] == "meeting" else 2) + u32(c["size"])
    data += u8(1 if c["committee_level"] == "senior" else 2) + u8(bool(c.get("evaluates_full_senior")))
    fixed = c.get("fixed", [])
    data += u32(len(fixed))
    for f in fixed:
        data += lstr(f["person_id"]) + u8(1 if f["role"] == "chair" else 2)
    quotas = sorted(c.get("quotas", []), key=lambda q: b(q["specialty"]))
    data += u32(len(quotas))
    for q in quotas:
        data += lstr(q["specialty"]) + u32(q["min_count"])
    data += u32(c.get("max_per_unit") or 0) + u8(bool(c.get("has_previous_roster")))
    data += u32(len(members))
    for m in members:
        data += lstr(m)
    return sm3(data).hex()


def reproduce_export(ex):
    """Re-derives a draw export (GET /api/v1/draws/{id}/export) from its inputs: the
    checks of `zhiping draw verify`, computed here independently."""
    pool = canonical_pool(ex["pool_snapshot"])
    pd = pool_digest(pool)
    sd = seed(ex["revealed_secret"], ex["supervisor_contribution"], pd)
    members, new_members, digest = draw(pool, ex["constraints"], sd)
    return {"commitment": commitment(ex["revealed_secret"]), "pool_digest": pd.hex(), "seed": sd.hex(),
            "members": members, "new_members": new_members, "digest": digest}
