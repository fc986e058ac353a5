// The unit's own business besides applications: the stage-1 unit publicity (§五), the
// hand-over of certificates (§七(一)) and the 考核定职 / 以考代评 rosters (§七(二)).
import { post, type Violation } from './http'

export interface PostCounts {
  senior_total: number
  senior_vacant: number
  intermediate_total: number
  intermediate_vacant: number
}
export interface NewUnitPublicity {
  round_id: string
  unit_id: string
  application_ids: string[]
  start_date: string
  posts: PostCounts
}
export const createUnitPublicity = (p: NewUnitPublicity) =>
  post<{ id: string; stage: string; start_date: string; end_date: string; warnings: Violation[] }>('/publicities', {
    stage: 'unit',
    ...p,
  })

export const handoverCertificate = (serial: string, to: 'unit' | 'person', date: string) =>
  post<{ serial: string; to: string; date: string }>(`/certificates/${encodeURIComponent(serial)}/handover`, { to, date })

export interface RosterPerson {
  person_id: string
  series: string
  specialty: string
  level: string
}
export interface NewCertificateRoster {
  kind: 'assessment' | 'exam'
  unit_id: string
  grassroots: boolean
  persons: RosterPerson[]
  roster_copies: number
  approval_form_copies: number
}
export interface CertificateRoster {
  id: string
  kind: string
  certificates: { serial: string; person_id?: string; name?: string }[]
  warnings?: Violation[]
  [k: string]: unknown
}
export const createCertificateRoster = (r: NewCertificateRoster) => post<CertificateRoster>('/certificate-rosters', r)
export const rosterXlsxPath = (id: string) => `/certificate-rosters/${encodeURIComponent(id)}/roster.xlsx`

/** 遗失补发 on the replacement form alone (R-CERT-LOST §七(三)): a new serial, the old one void. */
export const replaceCertificate = (serial: string, reason: string) =>
  post<{ serial: string; replaces: string; void: string }>(`/certificates/${encodeURIComponent(serial)}/replacement`, { reason })
