// The audit chain checked in the browser (src/app/audit.cc audit_verify): seq without gaps,
// each prev_digest the digest before it, the record's seq/at/actor/action/target equal to
// the columns, and digest = SM3(prev_digest + record). The head's SM2 signature is checked
// against the bureau's published key elsewhere (lib/cert verifyStatement).
import { sm3 } from 'sm-crypto'
import type { AuditEntry } from '@/api/supervisor'

export const GENESIS = '0'.repeat(64)

export interface ChainResult {
  ok: boolean
  entries: number
  lastSeq: number
  lastDigest: string
  firstBadSeq?: number
  problem?: string
}

export function verifyChain(entries: AuditEntry[]): ChainResult {
  let prev = GENESIS
  let expect = 1
  let n = 0
  const bad = (seq: number, problem: string): ChainResult => ({ ok: false, entries: n, lastSeq: expect - 1, lastDigest: prev, firstBadSeq: seq, problem })
  for (const e of entries) {
    if (e.seq !== expect) return bad(e.seq, `序号不连续：应为 ${expect}`)
    if (e.prev_digest !== prev) return bad(e.seq, '前一条摘要（prev_digest）与上一条记录不符')
    let rec: Record<string, unknown>
    try {
      rec = JSON.parse(e.record)
    } catch {
      return bad(e.seq, '记录内容不是 JSON')
    }
    if (!rec || typeof rec !== 'object' || rec.seq !== e.seq || rec.at !== e.at || rec.actor !== e.actor || rec.action !== e.action || rec.target !== e.target)
      return bad(e.seq, '列表字段与签入链的记录不一致')
    if (sm3(prev + e.record) !== e.digest) return bad(e.seq, '摘要不符：SM3(前一摘要 + 记录) 与记录的摘要不同')
    prev = e.digest
    expect++
    n++
  }
  return { ok: true, entries: n, lastSeq: expect - 1, lastDigest: prev }
}

export interface AuditFilter {
  action?: string
  actor?: string
  target?: string
  from?: string // YYYY-MM-DD, China time as in `at`
  to?: string
}

export function filterAudit(entries: AuditEntry[], f: AuditFilter): AuditEntry[] {
  return entries.filter((e) => {
    if (f.action && !e.action.startsWith(f.action)) return false
    if (f.actor && !e.actor.includes(f.actor)) return false
    if (f.target && !e.target.includes(f.target)) return false
    const day = e.at.slice(0, 10)
    if (f.from && day < f.from) return false
    if (f.to && day > f.to) return false
    return true
  })
}

export interface ChainVote {
  id: string
  round_id: string
  opened: string
  closed?: string
  present?: number
  application_ids: string[]
  /** From the vote.close entry: what was sealed in the chain at the close. */
  close?: {
    results?: { application_id: string; present: number; yes: number; no: number; abstain: number; passed: boolean }[]
    ballots_cast?: number
    voters?: number
    ballots_sm3?: string
    early_close?: { reason: string; chair_id: string; at: string } | null
  }
}

/** What the chain says about draws, votes and meetings (the API lists none of them per round). */
export interface ChainEvents {
  draws: { id: string; round_id: string; purpose: string; at: string }[]
  votes: ChainVote[]
  meetings: { round_id: string; date: string }[]
}

const idOf = (target: string) => target.slice(target.indexOf(':') + 1)

export function chainEvents(entries: AuditEntry[]): ChainEvents {
  const ev: ChainEvents = { draws: [], votes: [], meetings: [] }
  for (const e of entries) {
    const d = e.data ?? {}
    if (e.action === 'draw.make') ev.draws.push({ id: idOf(e.target), round_id: String(d.round_id ?? ''), purpose: String(d.purpose ?? ''), at: e.at })
    else if (e.action === 'vote.open')
      ev.votes.push({
        id: idOf(e.target),
        round_id: String(d.round_id ?? ''),
        opened: e.at,
        present: typeof d.present === 'number' ? d.present : undefined,
        application_ids: Array.isArray(d.application_ids) ? (d.application_ids as string[]) : [],
      })
    else if (e.action === 'vote.close') {
      const v = ev.votes.find((x) => x.id === idOf(e.target))
      if (v) {
        v.closed = e.at
        v.close = {
          results: Array.isArray(d.results) ? (d.results as NonNullable<ChainVote['close']>['results']) : undefined,
          ballots_cast: typeof d.ballots_cast === 'number' ? d.ballots_cast : undefined,
          voters: Array.isArray(d.voters) ? d.voters.length : undefined,
          ballots_sm3: typeof d.ballots_sm3 === 'string' ? d.ballots_sm3 : undefined,
          early_close: (d.early_close as NonNullable<ChainVote['close']>['early_close']) ?? null,
        }
      }
    } else if (e.action === 'meeting.create') ev.meetings.push({ round_id: idOf(e.target), date: String(d.date ?? e.at.slice(0, 10)) })
  }
  return ev
}
