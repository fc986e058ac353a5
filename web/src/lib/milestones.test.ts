import { describe, expect, it } from 'vitest'
import { normaliseCalendar, phase } from './milestones'

describe('normaliseCalendar', () => {
  it('flattens the rounds of GET /public/calendar with their committee, windows kept', () => {
    const items = normaliseCalendar({
      year: 2026,
      today: '2026-12-02',
      rounds: [
        {
          round_id: 'r1',
          committee_name: '卫生高评会',
          milestones: [
            { key: 'meeting', name: '评审会议', date: '2026-12-22' },
            { key: 'unit_publicity', name: '单位公示（各单位）', date: '2026-11-03', end_date: '2026-11-09' },
          ],
        },
        { round_id: 'r2', committee_name: '教师中评会', milestones: [{ key: 'notice', name: '发布评审通知', date: '2026-12-01' }] },
      ],
    })
    expect(items.map((i) => [i.key, i.date, i.end, i.title, i.committee, i.roundId])).toEqual([
      ['unit_publicity', '2026-11-03', '2026-11-09', '单位公示（各单位）', '卫生高评会', 'r1'],
      ['notice', '2026-12-01', null, '发布评审通知', '教师中评会', 'r2'],
      ['meeting', '2026-12-22', null, '评审会议', '卫生高评会', 'r1'],
    ])
  })

  it('reads {milestones:[…]} with dates, windows and committees, sorted by date', () => {
    const items = normaliseCalendar({
      year: 2026,
      milestones: [
        { date: '2026-12-22', title: '评审会议', committee_name: '卫生高评会' },
        { from: '2026-12-17', to: '2026-12-21', title: '随机抽取' },
        { date: 'bad', title: 'x' },
      ],
    })
    expect(items.map((i) => [i.date, i.end, i.title, i.committee])).toEqual([
      ['2026-12-17', '2026-12-21', '随机抽取', ''],
      ['2026-12-22', null, '评审会议', '卫生高评会'],
    ])
  })
  it('reads a bare array; past / now / future against today', () => {
    const [w] = normaliseCalendar([{ start: '2026-12-17', end: '2026-12-21', name: '抽取' }])
    expect(phase(w, '2026-12-16')).toBe('future')
    expect(phase(w, '2026-12-21')).toBe('now')
    expect(phase(w, '2026-12-22')).toBe('past')
  })
})
