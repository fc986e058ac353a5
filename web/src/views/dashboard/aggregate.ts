// The title office's dashboard figures, from real API answers only: applications per
// round and state, pass rates by series and by county (the unit's region), and the
// deadlines ahead. Pure functions (tested in aggregate.test.ts).
import type { ApplicationSummary } from '@/api/applications'
import type { Org } from '@/api/orgs'
import { roundMilestones, type Round } from '@/api/rounds'

/** Application states grouped as the dashboard shows them, in pipeline order. */
export const STATE_GROUPS: { key: string; label: string; statuses: string[] }[] = [
  { key: 'preparing', label: '申报中', statuses: ['draft', 'submitted', 'returned'] },
  { key: 'reviewing', label: '推荐与审核', statuses: ['recommended', 'dept_reviewed', 'reviewed'] },
  { key: 'evaluating', label: '答辩与评审', statuses: ['defense_passed', 'defense_failed'] },
  { key: 'passed', label: '通过', statuses: ['passed', 'qualified'] },
  { key: 'not_passed', label: '未通过', statuses: ['not_passed', 'failed'] },
  { key: 'closed', label: '退出', statuses: ['withdrawn', 'rejected'] },
]
const GROUP_OF = new Map(STATE_GROUPS.flatMap((g) => g.statuses.map((s) => [s, g.key] as const)))
export function stateGroup(status: string): string {
  return GROUP_OF.get(status) ?? 'other'
}

export interface RoundStates {
  round_id: string
  label: string
  counts: Record<string, number>
  total: number
}

export function applicationsByRound(apps: ApplicationSummary[], rounds: Round[], committeeName: (r: Round) => string): RoundStates[] {
  const byRound = new Map<string, RoundStates>()
  const ordered = [...rounds].sort((a, b) => a.year - b.year || (a.meeting_date < b.meeting_date ? -1 : 1))
  for (const r of ordered) byRound.set(r.id, { round_id: r.id, label: `${committeeName(r)} ${r.year}`, counts: {}, total: 0 })
  for (const a of apps) {
    const row = byRound.get(a.round_id)
    if (!row) continue
    const g = stateGroup(a.status)
    row.counts[g] = (row.counts[g] ?? 0) + 1
    row.total++
  }
  return [...byRound.values()]
}

export interface PassRate {
  key: string
  passed: number
  failed: number
  /** passed ÷ decided, 0–1; null when nothing is decided yet. */
  rate: number | null
}

/**
 * Pass rates among decided applications (passed or qualified vs not passed, including a
 * failed defense that ends the application), grouped by `keyOf`.
 */
export function passRates(apps: ApplicationSummary[], keyOf: (a: ApplicationSummary) => string): PassRate[] {
  const m = new Map<string, PassRate>()
  for (const a of apps) {
    const g = stateGroup(a.status)
    const failed = g === 'not_passed' || a.status === 'defense_failed'
    if (g !== 'passed' && !failed) continue
    const k = keyOf(a) || '（未知）'
    const r = m.get(k) ?? { key: k, passed: 0, failed: 0, rate: null }
    if (g === 'passed') r.passed++
    else r.failed++
    m.set(k, r)
  }
  for (const r of m.values()) r.rate = r.passed + r.failed ? r.passed / (r.passed + r.failed) : null
  return [...m.values()].sort((a, b) => b.passed + b.failed - (a.passed + a.failed) || a.key.localeCompare(b.key, 'zh-CN'))
}

/** The county (县市) of an application: its unit's region (州直 for prefecture units). */
export function countyOf(orgs: Map<string, Org>): (a: ApplicationSummary) => string {
  return (a) => orgs.get(a.unit_id)?.region ?? ''
}

export interface Upcoming {
  key: string
  date: string
  end?: string
  title: string
  round: Round
}

/** Milestones whose last day is today or later, soonest first, at most `limit`. */
export function deadlinesAhead(rounds: Round[], today: string, limit = 12): Upcoming[] {
  const out: Upcoming[] = []
  for (const r of rounds)
    for (const m of roundMilestones(r)) {
      const last = m.end ?? m.date
      if (last < today) continue
      out.push({ key: `${r.id}:${m.title}`, date: m.date, end: m.end, title: m.title, round: r })
    }
  const lastOf = (u: Upcoming) => u.end ?? u.date
  return out.sort((a, b) => (lastOf(a) < lastOf(b) ? -1 : lastOf(a) > lastOf(b) ? 1 : 0)).slice(0, limit)
}
