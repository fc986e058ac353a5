import { describe, expect, it } from 'vitest'
import { normaliseCalendar, phase } from './milestones'

describe('normaliseCalendar', () => {
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
