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
