// Public routes (no login): openapi.json paths under /api/v1/public/ plus the public
// committee list. Shapes follow src/app/*.cc of the server.
import { get, post } from './http'
import type { Violation } from './http'

// ---- publicity (公示) and objections (异议) ----
export interface PublicitySummary {
  id: string
  stage: 'unit' | 'committee' | string
  round_id: string
  unit_id: string
  unit: string
  start_date: string
  end_date: string
  posts: unknown
  count: number
  /** As of the server's today (docs/web.md). */
  state?: 'upcoming' | 'running' | 'ended'
  /** Last day objections are received in time (R-OBJ-FORM). */
  objection_deadline?: string
  committee_name?: string
  committee_level?: string
  series?: string
}

export interface PublicityPerson {
  application_id: string
  name: string
  unit: string
  birth_month?: string
  education?: string
  work_years?: string
  current_title?: string
  qualification_date?: string
  appointment_date?: string
  applying_for?: string
  continuing_education?: string
  workload?: string
  assessments?: { year: number; result: string }[]
  achievements?: { kind: string; title: string; date: string; level?: string; grade?: string }[]
  work_history?: { month: string; event: string }[]
  [k: string]: unknown
}

export interface PublicityDetail extends PublicitySummary {
  persons: PublicityPerson[]
}

export const listPublicities = (q: { round_id?: string; state?: 'upcoming' | 'running' | 'ended' } = {}) =>
  get<PublicitySummary[]>('/public/publicities', q)
export const getPublicity = (id: string) => get<PublicityDetail>(`/public/publicities/${encodeURIComponent(id)}`)
export const publicityXlsxPath = (id: string) => `/public/publicities/${encodeURIComponent(id)}.xlsx`

export interface ObjectionInput {
  application_id: string
  name: string
  contact: string
  content: string
}
export interface ObjectionAnswer {
  id: string
  status: 'registered' | 'anonymous' | 'late' | string
  warnings: Violation[]
}
export const submitObjection = (publicityId: string, o: ObjectionInput) =>
  post<ObjectionAnswer>(`/public/publicities/${encodeURIComponent(publicityId)}/objections`, o)

// ---- qualification lookup (资格查询) ----
export interface PublicQualification {
  id: string
  name: string
  unit: string
  series: string
  specialty: string
  level: string
  effective_date: string
  doc_no: string
  scope: string
  how: string
  promotion_type: string
  status: string
}
export const queryQualifications = (name: string, idLast6: string) =>
  get<PublicQualification[]>('/public/qualifications', { name, id_last6: idLast6 })

// ---- certificates (证书查验) ----
export interface PublicCertificate {
  serial: string
  valid: boolean
  status: 'valid' | 'void' | 'revoked' | string
  name: string
  level: string
  series: string
  specialty: string
  effective_date: string
  doc_no: string
  statement: string
  signature: string
  signature_valid: boolean
  replaced_by?: string
  voided_on?: string
}
export const checkCertificate = (serial: string) =>
  get<PublicCertificate>(`/public/certificates/${encodeURIComponent(serial)}`)

export interface PublicKeys {
  /** Bureau SM2 public key, uncompressed hex "04…". */
  sm2: string
  [k: string]: unknown
}

/** The bureau's SM2 public key as hex "04…", whatever the answer's field is called. */
export async function bureauPublicKey(): Promise<string> {
  const k = await get<Record<string, unknown>>('/public/keys')
  return findHexKey(k) ?? ''
}

export function findHexKey(v: unknown): string | null {
  if (typeof v === 'string') return /^04[0-9a-fA-F]{128}$/.test(v) ? v : null
  if (v && typeof v === 'object') {
    for (const x of Object.values(v as Record<string, unknown>)) {
      const f = findHexKey(x)
      if (f) return f
    }
  }
  return null
}

// ---- void declarations (作废声明) ----
export interface VoidDeclaration {
  serial: string
  name: string
  unit: string
  series: string
  level: string
  level_name: string
  replaced_by: string | null
  declared_on: string
}
export const listVoidDeclarations = () => get<VoidDeclaration[]>('/public/void-declarations')
export const VOID_DECLARATIONS_PDF = '/public/void-declarations.pdf'

// ---- qualification documents (资格文件公开) ----
export interface PublicDocumentEntry {
  name: string
  unit: string
  qualification_name?: string
  series: string
  specialty: string
  level: string
  scope_name?: string
  promotion_type_name?: string
  effective_date: string
}
export interface PublicDocument {
  id: string
  round_id: string
  doc_no: string
  issuer: string
  issued_on: string
  effective_date: string
  entries: PublicDocumentEntry[]
}
export const listPublicDocuments = () => get<PublicDocument[]>('/public/documents')

// ---- calendar of milestones (this year's rounds) ----
export interface Milestone {
  key: string
  name: string
  date: string
  /** Last day, for a window. */
  end_date?: string
}
export interface CalendarRound {
  round_id: string
  committee_id: string
  committee_name: string
  committee_level: string
  series: string
  notice_date: string
  application_deadline: string
  joint_review_deadline: string
  defense_date: string | null
  meeting_date: string
  certificate_deadline: string | null
  publicities: { id: string; stage: string; unit: string | null; start_date: string; end_date: string; state: string }[]
  milestones: Milestone[]
}
export interface PublicCalendar {
  year: number
  /** The server's today (dev clock included). */
  today: string
  rounds: CalendarRound[]
}
export const publicCalendar = (year: number) => get<PublicCalendar>('/public/calendar', { year })
