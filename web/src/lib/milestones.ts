// Normalises GET /public/calendar?year= into sorted milestones for the home page.
// Accepts {milestones:[…]} or a bare array; an item has a date (date|from|start) and an
// optional end (end|to) for a window, a title (title|name|label|kind) and its round's
// committee (committee_name|committee).
import { isIsoDate } from './dates'

export interface CalendarItem {
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
    const end = pick(o, ['end', 'to', 'until'])
    out.push({
      date,
      end: isIsoDate(end) && end !== date ? end : null,
      title: pick(o, ['title', 'name', 'label', 'kind']) || '事项',
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
