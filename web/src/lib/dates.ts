// Dates as the API writes them (YYYY-MM-DD) and working days left, counted by the
// server's official calendar (GET /calendar/between, inclusive of both ends).
import { ref } from 'vue'
import { get } from '@/api/http'

function iso(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`
}

/** Today's date: the server's when an answer told us (dev clock), else the browser's. */
export const today = ref(iso(new Date()))
export function setServerToday(d: string | undefined | null): void {
  if (d && /^\d{4}-\d{2}-\d{2}/.test(d)) today.value = d.slice(0, 10)
}

/** Asks the server for its date once (GET /public/calendar answers `today`). */
export async function syncServerToday(): Promise<void> {
  try {
    setServerToday((await get<{ today?: string }>('/public/calendar')).today)
  } catch {
    /* keep the browser's date */
  }
}

export function isIsoDate(s: unknown): s is string {
  return typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s)
}

const cache = new Map<string, Promise<number | null>>()

/**
 * Working days from `from` to `to` inclusive by the official calendar; null when the
 * calendar of that year is not entered (R-CAL-DATA) or `to` is before `from`.
 */
export function workingDaysBetween(from: string, to: string): Promise<number | null> {
  if (to < from) return Promise.resolve(null)
  const key = `${from}|${to}`
  let p = cache.get(key)
  if (!p) {
    p = get<{ working_days: number }>('/calendar/between', { from, to })
      .then((r) => r.working_days)
      .catch(() => null)
    cache.set(key, p)
  }
  return p
}

/** Deadline state for a date: past, today, or N working days left (null = unknown). */
export async function deadlineState(date: string): Promise<{ past: boolean; left: number | null }> {
  const t = today.value
  if (date < t) return { past: true, left: 0 }
  return { past: false, left: await workingDaysBetween(t, date) }
}

/** Chinese text "还剩 N 个工作日" / "已截止" / "今天截止". */
export function leftText(s: { past: boolean; left: number | null }, isToday = false): string {
  if (s.past) return '已截止'
  if (isToday) return '今天截止'
  if (s.left === null) return ''
  return `还剩 ${s.left} 个工作日`
}
