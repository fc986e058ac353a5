import { get } from './http'

export interface Objection {
  id: string
  publicity_id: string
  application_id: string
  name: string
  content: string
  status: string
  received_on: string
  resolved: boolean
  finding?: string
  reply?: string
  upheld?: boolean
}

/** Objections the caller may see (title office, supervisor, sysadmin; unit HR: its unit). */
export const listObjections = (q: { application_id?: string; publicity_id?: string } = {}) =>
  get<Objection[]>('/objections', q)

// ---- part 2: the unit (or the title office) answers an objection (R-OBJ-HANDLE).
import { post, type Violation } from './http'

export interface Resolution {
  finding: string
  reply: string
  upheld: boolean
}
export const resolveObjection = (id: string, r: Resolution) =>
  post<{ id: string; status: string; resolved: boolean; upheld: boolean; warnings: Violation[] }>(
    `/objections/${encodeURIComponent(id)}/resolve`,
    r,
  )
