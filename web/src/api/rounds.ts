import { get } from './http'

export interface DateWindow {
  from: string
  to: string
}

export interface Round {
  id: string
  committee_id: string
  committee_name?: string
  committee_level: 'senior' | 'intermediate'
  series: string
  year: number
  notice_date: string
  application_deadline: string
  joint_review_deadline: string
  defense_date: string | null
  meeting_date: string
  draw_window: DateWindow
  rotation_report_window: DateWindow
  [k: string]: unknown
}

export const listRounds = (q: { year?: number; committee_id?: string } = {}) => get<Round[]>('/rounds', q)
export const getRound = (id: string) => get<Round>(`/rounds/${encodeURIComponent(id)}`)
export const roundApplicationsXlsxPath = (id: string) => `/rounds/${encodeURIComponent(id)}/applications.xlsx`

/** A round's dated steps in the notice's words (for calendars and 待办). */
export function roundMilestones(r: Round): { date: string; end?: string; title: string }[] {
  const out: { date: string; end?: string; title: string }[] = [
    { date: r.notice_date, title: '发布评审通知' },
    { date: r.application_deadline, title: '申报截止' },
    { date: r.joint_review_deadline, title: '联审截止' },
    { date: r.rotation_report_window.from, end: r.rotation_report_window.to, title: '报送评审专家调整情况' },
    { date: r.draw_window.from, end: r.draw_window.to, title: '随机抽取评审专家' },
  ]
  if (r.defense_date) out.push({ date: r.defense_date, title: '答辩' })
  out.push({ date: r.meeting_date, title: '评审会议' })
  return out.filter((m) => !!m.date)
}

// ---- office side: schedule a round (R-APP-WINDOW, R-DRAW-RANDOM, R-CAL-YEAR, R-CAL-MONTHS) ----
import { post } from './http'
import type { Violation } from './http'

export interface NewRound {
  committee_id: string
  year: number
  notice_date: string
  defense_date?: string
  meeting_date: string
}
export const createRound = (r: NewRound) => post<Round & { warnings?: Violation[] }>('/rounds', r)
