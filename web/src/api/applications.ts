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
