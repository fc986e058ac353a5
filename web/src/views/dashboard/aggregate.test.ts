import { describe, expect, it } from 'vitest'
import type { ApplicationSummary } from '@/api/applications'
import type { Round } from '@/api/rounds'
import type { Org } from '@/api/orgs'
import { applicationsByRound, countyOf, deadlinesAhead, passRates, stateGroup } from './aggregate'

const round = (id: string, o: Partial<Round> = {}): Round => ({
  id,
  committee_id: 'c' + id,
  committee_level: 'senior',
  series: '卫生',
  year: 2026,
  notice_date: '2026-09-01',
  application_deadline: '2026-09-29',
  joint_review_deadline: '2026-10-19',
  defense_date: null,
  meeting_date: '2026-12-22',
  draw_window: { from: '2026-12-17', to: '2026-12-21' },
  rotation_report_window: { from: '2026-12-15', to: '2026-12-21' },
  ...o,
})
let n = 0
const app = (round_id: string, status: string, o: Partial<ApplicationSummary> = {}): ApplicationSummary => ({
  id: `a${n++}`,
  round_id,
  person_id: 'p',
  person_name: '某',
  unit_id: 'u1',
  status,
  target_level: 'deputy_senior',
  series: '卫生',
  specialty: '护理',
  ...o,
})

describe('dashboard aggregation', () => {
  it('groups every server status into one dashboard state', () => {
    expect(stateGroup('draft')).toBe('preparing')
    expect(stateGroup('dept_reviewed')).toBe('reviewing')
    expect(stateGroup('defense_failed')).toBe('evaluating')
    expect(stateGroup('qualified')).toBe('passed')
    expect(stateGroup('not_passed')).toBe('not_passed')
    expect(stateGroup('withdrawn')).toBe('closed')
  })

  it('counts applications per round and state; rounds without applications stay, others’ applications do not count', () => {
    const rows = applicationsByRound(
      [app('r1', 'draft'), app('r1', 'submitted'), app('r1', 'passed'), app('r2', 'reviewed'), app('rX', 'draft')],
      [round('r2', { year: 2026, meeting_date: '2026-12-22' }), round('r1', { meeting_date: '2026-11-20' }), round('r3')],
      (r) => r.id,
    )
    expect(rows.map((r) => r.round_id)).toEqual(['r1', 'r2', 'r3'])
    expect(rows[0]).toMatchObject({ total: 3, counts: { preparing: 2, passed: 1 } })
    expect(rows[1]).toMatchObject({ total: 1, counts: { reviewing: 1 } })
    expect(rows[2].total).toBe(0)
  })

  it('pass rates count decided applications only (a failed defense ends as not passed)', () => {
    const apps = [
      app('r', 'passed', { series: '卫生' }),
      app('r', 'qualified', { series: '卫生' }),
      app('r', 'not_passed', { series: '卫生' }),
      app('r', 'defense_failed', { series: '卫生' }),
      app('r', 'reviewed', { series: '卫生' }),
      app('r', 'passed', { series: '中小学教师' }),
    ]
    const rates = passRates(apps, (a) => a.series)
    expect(rates).toEqual([
      { key: '卫生', passed: 2, failed: 2, rate: 0.5 },
      { key: '中小学教师', passed: 1, failed: 0, rate: 1 },
    ])
  })

  it('by county: the unit’s region', () => {
    const orgs = new Map<string, Org>([
      ['u1', { id: 'u1', name: '临夏县人民医院', kind: 'unit', region: '临夏县' }],
      ['u2', { id: 'u2', name: '临夏州人民医院', kind: 'unit', region: '州直' }],
    ])
    const rates = passRates([app('r', 'passed', { unit_id: 'u1' }), app('r', 'not_passed', { unit_id: 'u2' }), app('r', 'passed', { unit_id: 'u2' })], countyOf(orgs))
    expect(Object.fromEntries(rates.map((r) => [r.key, r.rate]))).toEqual({ 州直: 0.5, 临夏县: 1 })
  })

  it('deadlines ahead: windows count until their last day, soonest first', () => {
    const list = deadlinesAhead([round('r1')], '2026-12-18')
    expect(list.map((u) => u.title)).toEqual(['报送评审专家调整情况', '随机抽取评审专家', '评审会议'])
    expect(deadlinesAhead([round('r1')], '2026-12-23')).toEqual([])
  })
})
