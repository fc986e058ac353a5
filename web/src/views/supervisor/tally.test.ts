import { describe, expect, it } from 'vitest'
import fixture from './demo.fixture.json'
import { boardProblems, compareTally, recomputeTally, votePasses } from './tally'
import type { BoardBallot, TallyRow } from '@/api/supervisor'

// The demo's closed 中评会 vote as the server's board answered it (14 present, 4 applicants).
const board = fixture.board as unknown as { present: number; ballots: BoardBallot[]; results: TallyRow[] }
const ids = board.results.map((r) => r.application_id)

describe('R-VOTE-PASS two thirds of those present, inclusive', () => {
  it('14 present need 10 yes', () => {
    expect(votePasses(10, 14)).toBe(true)
    expect(votePasses(9, 14)).toBe(false)
  })
  it('exactly two thirds passes (以上含本数)', () => {
    expect(votePasses(12, 18)).toBe(true)
    expect(votePasses(11, 18)).toBe(false)
  })
  it('nobody present passes nothing', () => expect(votePasses(0, 0)).toBe(false))
})

describe('recomputeTally from the board', () => {
  it('matches the results the demo recorded at the close', () => {
    const mine = recomputeTally(ids, board.present, board.ballots)
    expect(mine).toEqual(board.results)
    expect(compareTally(mine, board.results)).toEqual([])
    expect(mine.find((r) => !r.passed)?.yes).toBe(6)
  })
  it('finds a changed ballot', () => {
    const ballots = board.ballots.map((b, i) => (i === 0 ? { ...b, choices: { ...b.choices, [ids[3]]: 'yes' as const } } : b))
    const diffs = compareTally(recomputeTally(ids, board.present, ballots), board.results)
    expect(diffs).toEqual([{ application_id: ids[3], fields: ['yes', 'no'] }])
  })
  it('finds a ballot removed and a recorded row the board lacks', () => {
    const diffs = compareTally(recomputeTally(ids.slice(0, 3), board.present, board.ballots.slice(1)), board.results)
    expect(diffs.length).toBeGreaterThan(0)
    expect(diffs.at(-1)).toEqual({ application_id: ids[3], fields: ['公告板上没有此人的选票'] })
  })
  it('a ballot without a choice for someone counts for nobody', () => {
    const t = recomputeTally(['a'], 3, [{ receipt_hash: 'x', choices: {} }, { receipt_hash: 'y', choices: { a: 'yes' } }])
    expect(t[0]).toMatchObject({ yes: 1, no: 0, abstain: 0, passed: false })
  })
})

describe('boardProblems', () => {
  it('none on the demo board', () => expect(boardProblems(board.present, board.ballots)).toEqual([]))
  it('more ballots than present and a duplicate receipt', () => {
    const p = boardProblems(1, [board.ballots[0], board.ballots[0]])
    expect(p[0]).toContain('R-VOTE-ATTEND')
    expect(p[1]).toContain('回执摘要重复')
  })
})
