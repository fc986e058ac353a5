// Normalises GET /public/calendar?year= into sorted milestones for the home page.
// The answer (docs/web.md): {year, today, rounds:[{round_id, committee_name, …,
// milestones:[{key, name, date, end_date?}]}]}. Also accepted: {milestones:[…]} or a bare
// array of items with a date (date|from|start), an optional end (end_date|end|to), a title
// (name|title|label|kind) and a committee (committee_name|committee).
import { isIsoDate } from './dates'

export interface CalendarItem {
  /** The server's milestone key (notice, application_deadline, unit_publicity, …), '' if none. */
  key: string
  date: string
  end: string | null
  title: string
  committee: string
  roundId: string | null
}

function pick(o: Record<string, unknown>, keys: string[]): string {
  for (const k of keys) {
    const v = o[k]
    if (typeof v === 'string' && v) return v
  }
  return ''
}

export function normaliseCalendar(answer: unknown): CalendarItem[] {
  const rounds = answer && typeof answer === 'object' ? (answer as Record<string, unknown>).rounds : undefined
  if (Array.isArray(rounds)) {
    const flat: unknown[] = []
    for (const r of rounds) {
      if (!r || typeof r !== 'object') continue
      const ro = r as Record<string, unknown>
      for (const m of Array.isArray(ro.milestones) ? ro.milestones : [])
        if (m && typeof m === 'object') flat.push({ committee_name: ro.committee_name, round_id: ro.round_id, ...(m as object) })
    }
    return normaliseCalendar(flat)
  }
  const list = Array.isArray(answer)
    ? answer
    : answer && typeof answer === 'object'
      ? ((answer as Record<string, unknown>).milestones ?? (answer as Record<string, unknown>).items ?? [])
      : []
  const out: CalendarItem[] = []
  for (const x of Array.isArray(list) ? list : []) {
    if (!x || typeof x !== 'object') continue
    const o = x as Record<string, unknown>
    const date = pick(o, ['date', 'from', 'start'])
    if (!isIsoDate(date)) continue
    const end = pick(o, ['end_date', 'end', 'to', 'until'])
    out.push({
      key: pick(o, ['key']),
      date,
      end: isIsoDate(end) && end !== date ? end : null,
      title: pick(o, ['name', 'title', 'label', 'kind']) || '事项',
      committee: pick(o, ['committee_name', 'committee', 'round_name']),
      roundId: pick(o, ['round_id']) || null,
    })
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.title.localeCompare(b.title, 'zh-CN')))
}

/** Upcoming (not yet ended) first-class state for one item relative to today. */
export function phase(item: CalendarItem, today: string): 'past' | 'now' | 'future' {
  const last = item.end ?? item.date
  if (last < today) return 'past'
  if (item.date <= today) return 'now'
  return 'future'
}
