// The browser's own check of a draw's inputs (docs/draw.md §1, §3), independent of the
// server's /verify: the revealed office secret opens the commitment, the pool snapshot
// hashes to pool_digest, and the seed is SM3 of secret, supervisor contribution and pool
// digest. (The constrained shuffle itself is re-run by the server's /verify and by
// `zhiping draw verify` on the exported file.)
import { sm3 } from 'sm-crypto'

const LEVEL_CODE: Record<string, number> = { junior: 1, assistant: 2, intermediate: 3, deputy_senior: 4, full_senior: 5 }

function utf8(s: string): number[] {
  return Array.from(new TextEncoder().encode(s))
}
function u32(n: number): number[] {
  return [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff]
}
function str(s: string): number[] {
  const b = utf8(s)
  return [...u32(b.length), ...b]
}
function hexBytes(h: string): number[] {
  const out: number[] = []
  for (let i = 0; i + 1 < h.length; i += 2) out.push(parseInt(h.slice(i, i + 2), 16))
  return out
}
/** Bytewise (UTF-8) order, as the spec sorts ids and specialties. */
function byteCompare(a: string, b: string): number {
  const x = utf8(a)
  const y = utf8(b)
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i]
  return x.length - y.length
}

export function commitmentOf(secret: string): string {
  return sm3([...utf8('zhiping-commit-v1'), ...utf8(secret)])
}

export interface SnapshotEntry {
  person_id: string
  unit_id: string
  specialties: string[]
  level: string
  on_previous_roster: boolean
  recused: boolean
  professional: boolean
}

export function poolDigestOf(entries: SnapshotEntry[]): string {
  const sorted = [...entries].sort((a, b) => byteCompare(a.person_id, b.person_id))
  const buf: number[] = [...utf8('zhiping-pool-v1'), ...u32(sorted.length)]
  for (const e of sorted) {
    const sp = [...new Set(e.specialties)].sort(byteCompare)
    buf.push(...str(e.person_id), ...str(e.unit_id), ...u32(sp.length))
    for (const s of sp) buf.push(...str(s))
    buf.push(LEVEL_CODE[e.level] ?? 0, e.on_previous_roster ? 1 : 0, e.recused ? 1 : 0, e.professional ? 1 : 0)
  }
  return sm3(buf)
}

export function seedOf(secret: string, contribution: string, poolDigestHex: string): string {
  return sm3([...utf8('zhiping-seed-v1'), ...str(secret), ...str(contribution), ...hexBytes(poolDigestHex)])
}

export interface BrowserCheck {
  commitment: boolean
  poolDigest: boolean
  seed: boolean
}

export function checkDrawInputs(x: {
  revealed_secret: string
  supervisor_contribution: string
  commitment: string
  pool_snapshot: unknown
  pool_digest: string
  seed: string
}): BrowserCheck {
  const entries = Array.isArray(x.pool_snapshot) ? (x.pool_snapshot as SnapshotEntry[]) : []
  const digest = poolDigestOf(entries)
  return {
    commitment: commitmentOf(x.revealed_secret) === x.commitment.toLowerCase(),
    poolDigest: digest === x.pool_digest.toLowerCase(),
    seed: seedOf(x.revealed_secret, x.supervisor_contribution, x.pool_digest) === x.seed.toLowerCase(),
  }
}
