// 资格文件 (§四(五)): issue a round's document (title office), read it, its PDF, archive records.
import { get, post, type Violation } from './http'

export interface DocumentEntry {
  qualification_id: string
  application_id: string
  name: string
  unit: string
  qualification_name: string
  series: string
  specialty: string
  level: string
  scope: string
  scope_name: string
  promotion_type: string
  promotion_type_name: string
  effective_date: string
}
export interface QualificationDocument {
  id: string
  round_id: string
  doc_no: string
  issuer: string
  prior_check: string
  filed_with: string
  issued_on: string
  effective_date?: string
  entries: DocumentEntry[]
  archive?: { application_id: string; review_form_archived: boolean; personal_file_copy: boolean; materials_returned_to: string }[]
  warnings?: Violation[]
}
export const issueDocument = (roundId: string) => post<QualificationDocument>(`/rounds/${encodeURIComponent(roundId)}/documents`, {})
export const getDocument = (id: string) => get<QualificationDocument>(`/documents/${encodeURIComponent(id)}`)
export const documentPdfPath = (id: string) => `/documents/${encodeURIComponent(id)}.pdf`
export const archiveDocument = (
  id: string,
  a: { application_id: string; review_form_archived: boolean; personal_file_copy: boolean; materials_returned_to: 'applicant' | 'unit' },
) => post<unknown>(`/documents/${encodeURIComponent(id)}/archive`, a)
