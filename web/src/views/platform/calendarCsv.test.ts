import { describe, expect, it } from 'vitest'
import shipped from '../../../../resources/cn-workday-calendar.csv?raw'
import { parseCalendarCsv, weekday } from './calendarCsv'

describe('calendar CSV', () => {
  it('reads the calendar the server ships (resources/cn-workday-calendar.csv)', () => {
    const { years, errors } = parseCalendarCsv(shipped)
    expect(errors).toEqual([])
    expect([...years.keys()].sort()).toEqual([2018, 2019, 2025, 2026])
    const y2026 = years.get(2026)!
    expect(y2026.find((d) => d.date === '2026-01-01')).toMatchObject({ kind: 'holiday' })
    expect(y2026.every((d) => d.date.startsWith('2026-'))).toBe(true)
  })

  it('names each bad line, skips comments and the header, keeps commas in notes', () => {
    const { years, errors } = parseCalendarCsv(
      ['# comment', 'date,kind,note', '2027-01-01,holiday,元旦', '2027-02-30,holiday,x', '2027-01-04,rest,x', '2027-01-01,workday,dup', '2027-02-14,workday,"春节调休, 上班"', ''].join('\n'),
    )
    expect(errors).toEqual(['第 4 行：日期「2027-02-30」不是有效的 YYYY-MM-DD', '第 5 行：类别「rest」须为 holiday（放假）或 workday（调休上班）', '第 6 行：日期 2027-01-01 重复'])
    expect(years.get(2027)).toEqual([
      { date: '2027-01-01', kind: 'holiday', note: '元旦' },
      { date: '2027-02-14', kind: 'workday', note: '春节调休, 上班' },
    ])
  })

  it('weekday in Chinese', () => {
    expect(weekday('2026-12-02')).toBe('周三')
  })
})
