// Reference data the unit, reviewer and applicant pages share, each loaded once per page
// load (cached promises; `refresh` forgets them): rounds with their committee, committees
// (host department for the joint review), organisations (names, county or 州直), the series
// catalogue, and the server's today (it may run on the dev clock), so deadlines and
// "还剩 N 个工作日" count from the server's date.
import { get } from '@/api/http'
import { listRounds, type Round } from '@/api/rounds'
import { listCommittees, type Committee } from '@/api/committees'
import { listOrgs, type Org } from '@/api/orgs'
import { listSeries, type Series } from '@/api/platform'
import { setServerToday, today } from '@/lib/dates'
import { levelName } from '@/lib/labels'

const cache = new Map<string, Promise<unknown>>()
function once<T>(key: string, f: () => Promise<T>): Promise<T> {
  let p = cache.get(key) as Promise<T> | undefined
  if (!p) {
    p = f()
    p.catch(() => cache.delete(key))
    cache.set(key, p)
  }
  return p
}
export function refresh(): void {
  cache.clear()
}

/** The server's today (YYYY-MM-DD); the browser's date when the server does not say. */
export const serverToday = () =>
  once('today', () =>
    get<{ today?: string }>('/public/calendar')
      .then((c) => {
        setServerToday(c.today)
        return today.value
      })
      .catch(() => today.value),
  )
export const rounds = () => once<Round[]>('rounds', () => listRounds())
export const committees = () => once<Committee[]>('committees', () => listCommittees())
export const orgs = () => once<Org[]>('orgs', () => listOrgs())
export const series = () => once<Series[]>('series', () => listSeries())

export function roundName(r: Round | undefined | null): string {
  if (!r) return '—'
  return `${r.committee_name ?? r.series} ${r.year} 年度`
}
export function orgName(list: Org[], id: string | null | undefined): string {
  return list.find((o) => o.id === id)?.name ?? '—'
}

/** Rounds whose application window is open on `on` (notice date … application deadline). */
export function openRounds(list: Round[], on: string): Round[] {
  return list.filter((r) => r.notice_date <= on && on <= r.application_deadline)
}

export const LEVEL_OPTIONS = ['full_senior', 'deputy_senior', 'intermediate', 'assistant', 'junior'].map((v) => ({ value: v, label: levelName(v) }))
export const PROMOTION_NAMES: Record<string, string> = { normal: '正常晋升', exceptional: '破格', transfer: '转系列' }

/** "8 年 3 个月" from months. */
export function yearsMonths(m: number | null | undefined): string {
  if (m === null || m === undefined) return '—'
  const y = Math.floor(m / 12)
  const r = m % 12
  return y && r ? `${y} 年 ${r} 个月` : y ? `${y} 年` : `${r} 个月`
}
