// The browser's check of a draw's inputs, against a draw made by the real server
// (draw-export.fixture.json: GET /draws/{id}/export of a meeting draw, trimmed to the
// inputs this check reads; its supervisor contribution is Chinese text, so UTF-8 counts).
import { describe, expect, it } from 'vitest'
import { sm3 } from 'sm-crypto'
import fixture from './draw-export.fixture.json'
import { checkDrawInputs, commitmentOf, poolDigestOf, seedOf, type SnapshotEntry } from './drawCheck'

describe('drawCheck', () => {
  it('uses GB/T 32905 SM3 (test vector "abc")', () => {
    expect(sm3('abc')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0')
  })

  it('reproduces the server’s commitment, pool digest and seed', () => {
    expect(commitmentOf(fixture.revealed_secret)).toBe(fixture.commitment)
    expect(poolDigestOf(fixture.pool_snapshot as SnapshotEntry[])).toBe(fixture.pool_digest)
    expect(seedOf(fixture.revealed_secret, fixture.supervisor_contribution, fixture.pool_digest)).toBe(fixture.seed)
    expect(checkDrawInputs(fixture)).toEqual({ commitment: true, poolDigest: true, seed: true })
  })

  it('does not depend on the order the snapshot is listed in (canonical order)', () => {
    const shuffled = [...(fixture.pool_snapshot as SnapshotEntry[])].reverse()
    expect(poolDigestOf(shuffled)).toBe(fixture.pool_digest)
  })

  it('notices a changed secret, contribution or snapshot', () => {
    expect(checkDrawInputs({ ...fixture, revealed_secret: fixture.revealed_secret + 'x' })).toEqual({ commitment: false, poolDigest: true, seed: false })
    expect(checkDrawInputs({ ...fixture, supervisor_contribution: '另一段随机内容' }).seed).toBe(false)
    const snap = (fixture.pool_snapshot as SnapshotEntry[]).map((e, i) => (i === 0 ? { ...e, recused: !e.recused } : e))
    expect(checkDrawInputs({ ...fixture, pool_snapshot: snap }).poolDigest).toBe(false)
    const fewer = (fixture.pool_snapshot as SnapshotEntry[]).slice(1)
    expect(checkDrawInputs({ ...fixture, pool_snapshot: fewer }).poolDigest).toBe(false)
  })
})
