import { describe, expect, it } from 'vitest'
import { sm3 } from 'sm-crypto'
import fixture from './demo.fixture.json'
import { chainEvents, filterAudit, GENESIS, verifyChain } from './chain'
import type { AuditEntry } from '@/api/supervisor'

// The first entries of a demo server's chain, as GET /audit answered them.
const real = fixture.audit as unknown as AuditEntry[]

function entry(seq: number, prev: string, action: string, data: Record<string, unknown> = {}, target = 'x:1'): AuditEntry {
  const at = `2026-11-0${Math.min(seq, 9)}T09:00:00+08:00`
  const record = JSON.stringify({ seq, at, actor: 'user:u', action, target, data })
  return { seq, at, actor: 'user:u', action, target, record, data, prev_digest: prev, digest: sm3(prev + record) }
}
function chain(...specs: [string, Record<string, unknown>?, string?][]): AuditEntry[] {
  const out: AuditEntry[] = []
  let prev = GENESIS
  specs.forEach(([a, d, t], i) => {
    const e = entry(i + 1, prev, a, d, t)
    out.push(e)
    prev = e.digest
  })
  return out
}

describe('verifyChain', () => {
  it('accepts the server’s own chain (same SM3 over prev_digest + record)', () => {
    const r = verifyChain(real)
    expect(r).toMatchObject({ ok: true, entries: real.length, lastSeq: real.at(-1)!.seq, lastDigest: real.at(-1)!.digest })
  })
  it('finds an edited record', () => {
    const t = real.map((e) => ({ ...e }))
    t[2].record = t[2].record.replace('calendar', 'Calendar')
    const r = verifyChain(t)
    expect(r.ok).toBe(false)
    expect(r.firstBadSeq).toBe(3)
  })
  it('finds a removed entry', () => {
    const r = verifyChain([real[0], real[2]])
    expect(r).toMatchObject({ ok: false, firstBadSeq: 3 })
    expect(r.problem).toContain('序号不连续')
  })
  it('finds a column that differs from the signed record', () => {
    const t = real.map((e) => ({ ...e }))
    t[1].actor = 'user:someone'
    expect(verifyChain(t)).toMatchObject({ ok: false, firstBadSeq: 2 })
  })
  it('finds a rewritten digest even with a consistent next link', () => {
    const t = chain(['a'], ['b'], ['c'])
    t[1] = { ...t[1], digest: 'f'.repeat(64) }
    t[2] = { ...t[2], prev_digest: 'f'.repeat(64) }
    expect(verifyChain(t)).toMatchObject({ ok: false, firstBadSeq: 2 })
  })
})

describe('chainEvents and filterAudit', () => {
  const c = chain(
    ['draw.make', { round_id: 'r1', purpose: 'meeting' }, 'draw:d1'],
    ['meeting.create', { date: '2026-11-06' }, 'round:r1'],
    ['vote.open', { round_id: 'r1', present: 14, application_ids: ['a1', 'a2'] }, 'vote:v1'],
    ['vote.voter', { person_id: 'p' }, 'vote:v1'],
    ['vote.close', { round_id: 'r1', ballots_cast: 1, voters: ['p'], ballots_sm3: 'ab', early_close: null, results: [] }, 'vote:v1'],
  )
  it('lists draws, meetings and votes with their close', () => {
    const ev = chainEvents(c)
    expect(ev.draws).toEqual([{ id: 'd1', round_id: 'r1', purpose: 'meeting', at: c[0].at }])
    expect(ev.meetings).toEqual([{ round_id: 'r1', date: '2026-11-06' }])
    expect(ev.votes).toEqual([
      {
        id: 'v1', round_id: 'r1', opened: c[2].at, closed: c[4].at, present: 14, application_ids: ['a1', 'a2'],
        close: { results: [], ballots_cast: 1, voters: 1, ballots_sm3: 'ab', early_close: null },
      },
    ])
  })
  it('filters by action prefix, target and day', () => {
    expect(filterAudit(c, { action: 'vote.' }).map((e) => e.seq)).toEqual([3, 4, 5])
    expect(filterAudit(c, { target: 'round:r1' }).map((e) => e.seq)).toEqual([2])
    expect(filterAudit(c, { from: '2026-11-02', to: '2026-11-04' }).map((e) => e.seq)).toEqual([2, 3, 4])
  })
})
