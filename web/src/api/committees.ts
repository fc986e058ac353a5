import { get } from './http'

export interface Committee {
  id: string
  name: string
  level: 'senior' | 'intermediate'
  series: string
  specialties: string[]
  evaluates: string[]
  approving_authority: string
  host_org_id: string
  host_org_name: string
  personnel_scope: string
  contact_phone: string
  filed_on: string | null
  filing_doc_no: string | null
  status: string
}

/** Public (no login): the committee list with contacts, never its members. */
export const listCommittees = () => get<Committee[]>('/committees')
export const getCommittee = (id: string) => get<Committee>(`/committees/${encodeURIComponent(id)}`)

// ---- office side (州职改办, 评委会工作机构): setup applications, registry, filing, rosters ----
import { post, put } from './http'
import type { Violation } from './http'

export interface NewCommittee {
  name: string
  level: 'senior' | 'intermediate'
  series: string
  specialties: string[]
  evaluates: string[]
  approving_authority: string
  host_org_id: string
  personnel_scope: string
  contact_phone: string
}
/** R-COM-SETUP: what an application to set up a committee records. */
export interface NewCommitteeApplication extends NewCommittee {
  workforce_status: string
  workforce: number
  reason: string
  specialty_scope: string
  evaluates_lower: boolean
  specialty_based?: boolean
  rule_documents: string[]
}
export interface CommitteeApplication extends Omit<NewCommitteeApplication, 'evaluates_lower'> {
  id: string
  evaluates_lower: boolean | null
  status: 'submitted' | 'approved' | string
  created_at: string
  committee_id: string | null
  warnings: Violation[]
}
export const createCommitteeApplication = (a: NewCommitteeApplication) =>
  post<CommitteeApplication>('/committee-applications', a)
export const getCommitteeApplication = (id: string) =>
  get<CommitteeApplication>(`/committee-applications/${encodeURIComponent(id)}`)
export const approveCommitteeApplication = (id: string) =>
  post<Committee & { warnings?: Violation[] }>(`/committee-applications/${encodeURIComponent(id)}/approve`)
export const createCommittee = (c: NewCommittee) => post<Committee & { warnings?: Violation[] }>('/committees', c)
export const fileCommittee = (id: string, filedOn: string, docNo: string) =>
  post<Committee>(`/committees/${encodeURIComponent(id)}/filing`, { filed_on: filedOn, doc_no: docNo || undefined })

/** The rule documents a setup application lists (§一(二)). */
export const RULE_DOCUMENTS = [
  '评审规则',
  '评审标准',
  '品德评价办法',
  '答辩办法及工作规则',
  '公示办法',
  '诚信责任承诺办法',
  '工作机构运行规则',
  '回避制度',
  '保密制度',
  '评审监督制度',
  '投诉举报受理制度',
]

export type RosterRole = 'chair' | 'vice_chair' | 'member'
export interface RosterMember {
  person_id: string
  name?: string
  role: RosterRole
  professional: boolean
}
export interface Roster {
  committee_id: string
  year: number
  /** "manual", or "draw:<draw id>" when the meeting draw made it. */
  source: string
  updated_at: string
  members: RosterMember[]
  rotation_report?: { submitted_on: string; new_members: number; size: number }
}
const roster = (id: string, year: number) => `/committees/${encodeURIComponent(id)}/roster/${year}`
export const getRoster = (id: string, year: number) => get<Roster>(roster(id, year))
export const putRoster = (id: string, year: number, members: RosterMember[]) =>
  put<{ committee_id: string; year: number; size: number; warnings: Violation[] }>(roster(id, year), {
    members: members.map((m) => ({ person_id: m.person_id, role: m.role, professional: m.professional })),
  })
export const reportRotation = (id: string, year: number, submittedOn: string) =>
  post<{ submitted_on: string; new_members: number; size: number; meeting_date: string }>(
    `${roster(id, year)}/rotation-report`,
    { submitted_on: submittedOn },
  )

export const ROSTER_ROLE_NAMES: Record<RosterRole, string> = {
  chair: '主任委员',
  vice_chair: '副主任委员',
  member: '委员',
}
