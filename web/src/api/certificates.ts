// 证书 (§七) for the offices: a round's one-stop batch (R-CERT-ONESTOP), a certificate's
// record and PDF.
import { get, post, type Violation } from './http'

export interface CertificateBatch {
  id: string
  round_id: string
  certificates: { serial: string; person_id: string; name: string }[]
  warnings: Violation[]
}
export interface CertificateRecord {
  serial: string
  batch_id: string | null
  person_id: string
  unit_id: string
  name: string
  level: string
  series: string
  specialty: string
  scope: string
  effective_date: string
  doc_no: string
  status: string
  qr_payload?: string
  replaces?: string | null
  replaced_by?: string | null
  handover_unit_on?: string | null
  handover_person_on?: string | null
  [k: string]: unknown
}
export const createCertificateBatch = (roundId: string) => post<CertificateBatch>('/certificate-batches', { round_id: roundId })
export const getCertificate = (serial: string) => get<CertificateRecord>(`/certificates/${encodeURIComponent(serial)}`)
export const certificatePdfPath = (serial: string) => `/certificates/${encodeURIComponent(serial)}.pdf`
