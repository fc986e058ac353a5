// 评审 (§三, §四): defense groups and scores, training, the meeting (attendance, quorum),
// basis per applicant, remarks, minutes, secret ballots (open, paper tally, close, board).
import { get, post, put, type Violation } from './http'

const r = (id: string) => `/rounds/${encodeURIComponent(id)}`

// ---- defense (R-DEF-GROUP, R-DEF-SCORE, R-DEF-VIDEO, R-RECUSAL) ----
export interface NewDefenseGroup {
  experts: string[]
  application_ids: string[]
  /** Absent: the committee's default (senior by video, intermediate in person). */
  video?: boolean
  non_video_reason?: string
  observers?: string[]
  supervisors?: { name: string; role?: string }[]
  conflicts?: { expert_id: string; application_id: string; reason?: string }[]
}
export interface DefenseGroup {
  id: string
  round_id: string
  experts: string[]
  application_ids: string[]
  recusals: { expert_id: string; application_id: string; reason: string }[]
  video: boolean
  mode?: 'video' | 'in_person' | string
  /** A senior video defense needs its recording before the vote (R-DEF-VIDEO). */
  recording_required?: boolean
  recording_ref: string
  recording_sm3?: string
  recording_at?: string | null
  recording_by?: string | null
  non_video_reason: string
  observers: string[]
  supervisors: { name: string; role: string }[]
  warnings?: Violation[]
}
export interface DefenseResult {
  application_id: string
  scores: { score: number; expert_id?: string }[]
  below_60: number
  group_size: number
  scored?: number
  result: 'pass' | 'fail' | 'pending'
  group_id: string | null
}
export const createDefenseGroup = (roundId: string, g: NewDefenseGroup) => post<DefenseGroup>(`${r(roundId)}/defense-groups`, g)
/** After a video defense: where the recording is kept and its SM3 digest (64 hex). */
export const attachRecording = (groupId: string, reference: string, sm3: string) =>
  put<DefenseGroup>(`/defense-groups/${encodeURIComponent(groupId)}/recording`, { reference, sm3 })
export const getDefenseGroup = (id: string) => get<DefenseGroup>(`/defense-groups/${encodeURIComponent(id)}`)
export const recordScore = (groupId: string, s: { application_id: string; expert_id: string; score: number }) =>
  post<{ result: string; scored: number; group_size: number }>(`/defense-groups/${encodeURIComponent(groupId)}/scores`, s)
export const applicationDefense = (applicationId: string) =>
  get<DefenseResult>(`/applications/${encodeURIComponent(applicationId)}/defense`)

export const DEFENSE_RESULT: Record<string, { label: string; status: string }> = {
  pass: { label: '答辩通过', status: 'passed' },
  fail: { label: '答辩未通过', status: 'failed' },
  pending: { label: '评分中', status: 'pending' },
}

// ---- training, meeting, basis, remarks, minutes (R-MEET-*) ----
export interface Training {
  id: string
  round_id: string
  date: string
  content: string
  attendees: string[]
}
export const recordTraining = (roundId: string, t: { date: string; content: string; attendees: string[] }) =>
  post<Training>(`${r(roundId)}/training`, t)

export interface NewMeeting {
  date: string
  present: string[]
  chair_id: string
  recorder: string
  supervisors?: { name: string; role?: string }[]
}
export interface Meeting extends NewMeeting {
  round_id: string
  quorum: number
  warnings: Violation[]
}
export const recordMeeting = (roundId: string, m: NewMeeting) => post<Meeting>(`${r(roundId)}/meeting`, m)
export const recordBasis = (roundId: string, b: { application_id: string; material_review: string; group_opinion: string }) =>
  post<{ application_id: string }>(`${r(roundId)}/basis`, b)
export const recordRemarks = (roundId: string, summary: string) => post<{ id: string }>(`${r(roundId)}/remarks`, { summary })

export interface VoteResult {
  application_id: string
  present: number
  yes: number
  no: number
  abstain: number
  passed: boolean
}
export interface Minutes {
  round_id: string
  date: string
  vote_date: string
  attending_members: { person_id: string; name: string }[]
  applicants_reviewed: { application_id: string; name: string; series: string; specialty: string; level: string }[]
  defense_summaries: { application_id: string; result: string; below_60: number; group_size: number; scored: number }[]
  basis: { application_id: string; material_review: string; group_opinion: string }[]
  remarks_summary: string[]
  vote_results: VoteResult[]
  supervisors: { name: string; role: string }[]
  chair: { person_id: string; name: string }
  recorder: { name: string }
  complete: boolean
  missing: Violation[]
}
/** 404 until the meeting is recorded. */
export const getMinutes = (roundId: string) => get<Minutes>(`${r(roundId)}/minutes`)
export const minutesPdfPath = (roundId: string) => `${r(roundId)}/minutes.pdf`

// ---- secret ballot (R-VOTE-*) ----
export interface Vote {
  id: string
  round_id: string
  application_ids: string[]
  present: number
  status: 'open' | 'closed'
  mode?: 'electronic' | 'paper' | string
  vote_date: string
  /** Electronic ballots cast so far: the only thing readable while the vote is open. */
  ballots_cast?: number
  /** Only after the close, and only to those who may see the outcomes. */
  results?: VoteResult[]
  /**
   * The chair's recorded reason for closing before every present member voted (finding 15.4;
   * R-VOTE-ATTEND); shown to the supervisor, the title office and the round's office.
   */
  early_close?: { reason: string; chair_id: string; at: string } | null
}
const v = (id: string) => `/votes/${encodeURIComponent(id)}`
export const openVote = (roundId: string, applicationIds: string[]) =>
  post<Vote>(`${r(roundId)}/votes`, { application_ids: applicationIds })
export const getVote = (id: string) => get<Vote>(v(id))
export const paperTally = (id: string, results: { application_id: string; yes: number; no: number; abstain: number }[]) =>
  post<{ id: string; mode: string; results: unknown[] }>(`${v(id)}/paper-tally`, { results })
export const closeVote = (id: string) =>
  post<{ id: string; status: 'closed'; vote_date: string; results: VoteResult[]; checkpoint?: unknown }>(`${v(id)}/close`)
