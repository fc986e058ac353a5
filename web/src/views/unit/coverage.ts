// The unit's stage-1 publicities (§五) and which applications each lists: the public list
// (GET /public/publicities) filtered to the unit, and each one's persons.
import { getPublicity, listPublicities, type PublicitySummary } from '@/api/public'

export interface UnitCoverage {
  publicities: PublicitySummary[]
  /** application id → the unit publicities that list it. */
  byApplication: Map<string, PublicitySummary[]>
}

export async function unitCoverage(unitId: string): Promise<UnitCoverage> {
  const publicities = (await listPublicities()).filter((p) => p.stage === 'unit' && p.unit_id === unitId)
  const byApplication = new Map<string, PublicitySummary[]>()
  const details = await Promise.all(publicities.map((p) => getPublicity(p.id)))
  details.forEach((d, i) => {
    for (const person of d.persons) byApplication.set(person.application_id, [...(byApplication.get(person.application_id) ?? []), publicities[i]])
  })
  return { publicities, byApplication }
}

/** The state of a publicity on `today` (the server's answer when it gives one). */
export function publicityState(p: PublicitySummary, today: string): 'upcoming' | 'running' | 'ended' {
  return p.state ?? (p.end_date < today ? 'ended' : p.start_date > today ? 'upcoming' : 'running')
}
