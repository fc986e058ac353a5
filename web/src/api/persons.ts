// Persons as the signed-in role may see them (GET /persons is scoped and masked by role).
import { get } from './http'

export interface PersonSummary {
  id: string
  name: string
  unit_id: string
  gender: 'M' | 'F'
  /**
   * Full date of birth: sysadmin and title office only (docs/security.md, finding 1); absent
   * for every other role. Typed as present only because views/persons/personForm.ts (another
   * workspace) still reads it unguarded; make it optional once that form is fixed.
   */
  birth_date: string
  /** YYYY-MM, for every role. */
  birth_month: string
  /** Full for sysadmin and title office; every other role gets the prefix only (6229**************). */
  id_number: string
}
export interface Qualification {
  series: string
  specialty: string
  level: string
  obtained_on: string
  scope: string
  how: string
  doc_no?: string
}
export interface Person extends PersonSummary {
  phone: string | null
  retirement_base: number
  post_managed: boolean
  degrees: { degree: string; institution: string; kind: string; specialty: string; graduated_on: string }[]
  qualifications: Qualification[]
  appointments: { level: string; appointed_on: string }[]
  assessments: { year: number; result: string }[]
  flags: { conduct_issue?: boolean; under_investigation?: boolean; retired?: boolean }
  version: number
}

export const listPersons = () => get<PersonSummary[]>('/persons')
export const getPerson = (id: string) => get<Person>(`/persons/${encodeURIComponent(id)}`)

/** Loads persons by id with a small concurrency (details the list does not carry). */
export async function getPersons(ids: string[], concurrency = 6): Promise<Map<string, Person>> {
  const out = new Map<string, Person>()
  const queue = [...new Set(ids)]
  async function worker() {
    for (let id = queue.shift(); id; id = queue.shift()) out.set(id, await getPerson(id))
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, worker))
  return out
}
