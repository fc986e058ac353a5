// The official calendar as CSV (resources/cn-workday-calendar.csv):
//   # comment lines
//   date,kind,note
//   2026-01-01,holiday,元旦 国务院办公厅关于2026年部分节假日安排的通知(2025-11-04)
// parsed for PUT /calendar/{year} (one request per year). Every problem names its line.
import type { CalendarDay } from '@/api/platform'

export interface ParsedCalendar {
  years: Map<number, CalendarDay[]>
  errors: string[]
}

function splitCsvLine(line: string): string[] {
  const out: string[] = []
  let cur = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"'
        i++
      } else if (ch === '"') quoted = false
      else cur += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      out.push(cur)
      cur = ''
    } else cur += ch
  }
  out.push(cur)
  return out.map((s) => s.trim())
}

function validDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false
  const [y, m, d] = s.split('-').map(Number)
  const dt = new Date(Date.UTC(y, m - 1, d))
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d
}

export function parseCalendarCsv(text: string): ParsedCalendar {
  const years = new Map<number, CalendarDay[]>()
  const errors: string[] = []
  const seen = new Set<string>()
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/)
  lines.forEach((raw, i) => {
    const line = raw.trim()
    const no = i + 1
    if (!line || line.startsWith('#')) return
    const [date, kind, ...rest] = splitCsvLine(line)
    if (date === 'date' && kind === 'kind') return // header
    if (!validDate(date)) {
      errors.push(`第 ${no} 行：日期「${date}」不是有效的 YYYY-MM-DD`)
      return
    }
    if (kind !== 'holiday' && kind !== 'workday') {
      errors.push(`第 ${no} 行：类别「${kind ?? ''}」须为 holiday（放假）或 workday（调休上班）`)
      return
    }
    if (seen.has(date)) {
      errors.push(`第 ${no} 行：日期 ${date} 重复`)
      return
    }
    seen.add(date)
    const year = Number(date.slice(0, 4))
    const list = years.get(year) ?? []
    list.push({ date, kind, note: rest.join(',') })
    years.set(year, list)
  })
  for (const list of years.values()) list.sort((a, b) => (a.date < b.date ? -1 : 1))
  return { years, errors }
}

/** The weekday of a YYYY-MM-DD date in Chinese (周一…周日). */
export function weekday(date: string): string {
  const [y, m, d] = date.split('-').map(Number)
  return ['周日', '周一', '周二', '周三', '周四', '周五', '周六'][new Date(Date.UTC(y, m - 1, d)).getUTCDay()]
}
