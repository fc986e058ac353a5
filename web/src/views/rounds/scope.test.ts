import { describe, expect, it } from 'vitest'
import type { Round } from '@/api/rounds'
import { pickRound } from './scope'

const r = (id: string, meeting_date: string) => ({ id, meeting_date, year: Number(meeting_date.slice(0, 4)) }) as Round

describe('pickRound', () => {
  it('opens the round being worked on: the earliest meeting today or later', () => {
    const list = [r('2025', '2025-12-20'), r('2027', '2027-11-20'), r('2026', '2026-12-22')]
    expect(pickRound(list, '2026-12-02')?.id).toBe('2026')
    expect(pickRound(list, '2026-12-22')?.id).toBe('2026')
    expect(pickRound(list, '2026-12-23')?.id).toBe('2027')
  })
  it('else the latest past one; none when there is no round', () => {
    expect(pickRound([r('a', '2025-12-20'), r('b', '2024-12-20')], '2026-01-01')?.id).toBe('a')
    expect(pickRound([], '2026-01-01')).toBeNull()
  })
})
