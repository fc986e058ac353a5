import { get } from './http'

export interface ApplicationSummary {
  id: string
  round_id: string
  person_id: string
  person_name: string
  unit_id: string
  status: string
  target_level: string
  series: string
  specialty: string
}

/** Applications in the caller's scope (the server filters by role). */
export const listApplications = (q: { round_id?: string; unit_id?: string } = {}) =>
  get<ApplicationSummary[]>('/applications', q)

// ---- part 2 (unit_hr, dept_reviewer, applicant): the application's record and its steps.
// Shapes follow src/app/applications.cc, applications_review.cc, records.cc, self_check.cc.
import { post, type Violation } from './http'

export type PromotionType = 'normal' | 'exceptional' | 'transfer'
export type ReviewStage = 'dept' | 'county' | 'joint'
export type ReviewDecision = 'pass' | 'return' | 'reject'

export interface Material {
  name: string
  original_required: boolean
  reason: string
}
export interface AchievementInput {
  kind: string
  title: string
  date: string
  level?: string
  grade?: string
}
export interface Achievement extends AchievementInput {
  supplement: boolean
}
export interface ReviewEntry {
  stage: ReviewStage | string
  decision: ReviewDecision | string
  opinion: string
  at: string
  by: string
}
export interface HistoryEntry {
  at: string
  by: string
  action: string
  detail?: string
}
export interface Application extends ApplicationSummary {
  promotion_type: PromotionType | string
  exceptional_basis: string
  continuing_education: string
  workload: string
  pledged: boolean
  months_total: number
  months_in_level: number
  materials: Material[]
  warnings: Violation[]
  version: number
  achievements: Achievement[]
  reviews: ReviewEntry[]
  history: HistoryEntry[]
}
export interface NewApplication {
  round_id: string
  person_id: string
  target_level: string
  series: string
  specialty: string
  promotion_type: PromotionType
  exceptional_basis?: string
  continuing_education?: string
  workload?: string
  achievements: AchievementInput[]
}
export interface CreatedApplication {
  id: string
  status: string
  months_total: number
  months_in_level: number
  materials: Material[]
  warnings: Violation[]
}
export interface StepAnswer {
  id: string
  status: string
  warnings?: Violation[]
}

const app = (id: string, tail = '') => `/applications/${encodeURIComponent(id)}${tail}`

export const getApplication = (id: string) => get<Application>(app(id))
export const createApplication = (a: NewApplication) => post<CreatedApplication>('/applications', a)
export const addAchievement = (id: string, a: AchievementInput) =>
  post<Achievement & { warnings: Violation[] }>(app(id, '/achievements'), a)
export const pledgeApplication = (id: string) => post<StepAnswer & { pledged: boolean }>(app(id, '/pledge'), { agree: true })
export const submitApplication = (id: string) => post<StepAnswer>(app(id, '/submit'))
export const withdrawApplication = (id: string, reason: string) => post<StepAnswer>(app(id, '/withdraw'), { reason })
export const recommendApplication = (id: string) => post<StepAnswer>(app(id, '/recommend'))
export const reviewApplication = (id: string, r: { stage: ReviewStage; decision: ReviewDecision; opinion: string }) =>
  post<StepAnswer & { stage: string; decision: string }>(app(id, '/reviews'), r)

/** 单位推荐过程全程记录 (R-RECORD-ALL); signatures are the signers' names. */
export interface RecommendationRecord {
  date: string
  attendees: string[]
  remarks_summary: string
  chosen: string[]
  publicity_meeting: string
  time: string
  place: string
  original_materials?: string
  objection_handling: string
  signed_by_head: string
  signed_by_recorder: string
}
export const putRecommendationRecord = (id: string, r: RecommendationRecord) =>
  post<RecommendationRecord & { application_id: string; warnings: Violation[] }>(app(id, '/recommendation-record'), r)

export type SocialKind = 'teacher' | 'doctor'
export interface SocialParty {
  party: string
  organiser: string
  person_in_charge: string
  time: string
  place: string
  participants: string
  summary: string
  result: string
}
export const addSocialEvaluation = (id: string, e: { kind: SocialKind; parties: SocialParty[]; publicity: string }) =>
  post<{ id: string; kind: string; parties: SocialParty[]; publicity: string; warnings: Violation[] }>(app(id, '/social-evaluations'), e)

/** 申报条件自测: the creation checks without creating anything. */
export interface SelfCheckRequest {
  person_id: string
  round_id?: string
  target_level: string
  series: string
  specialty: string
  promotion_type: PromotionType
  exceptional_basis?: string
  achievements?: AchievementInput[]
}
export interface SelfCheckAnswer {
  eligible: boolean
  application_year: number
  violations: Violation[]
  warnings: Violation[]
  months_total: number
  months_in_level: number
  materials: Material[]
}
export const selfCheck = (r: SelfCheckRequest) => post<SelfCheckAnswer>('/self-check', r)

/** 答辩结果 as the applicant's side sees it (scores without the experts). */
export interface DefenseResult {
  application_id: string
  scores: { score: number; expert_id?: string }[]
  below_60: number
  group_size: number
  scored?: number
  result: 'pass' | 'fail' | 'pending' | string
  group_id: string | null
}
export const getApplicationDefense = (id: string) => get<DefenseResult>(app(id, '/defense'))
