// The expert's scoring sheet and 待办, from the server's answers: one row per applicant of the
// group (name, unit, series, specialty, level), the expert's own recusal, and the score the
// server already holds from this expert (read-only: a score is recorded once, R-DEF-SCORE).
import type { ExpertDefenseGroup, MyDefenseGroup } from '@/api/expert'
import { levelName } from '@/lib/labels'

export interface SheetRow {
  application_id: string
  name: string
  unit_name: string
  series: string
  specialty: string
  level: string
  /** This expert is recused from the applicant (R-RECUSAL): the reason, else undefined. */
  recused?: string
  /** The score this expert gave, as the server holds it. */
  given?: number
}

export function sheetRows(g: ExpertDefenseGroup, me: string): SheetRow[] {
  const byId = new Map((g.applicants ?? []).map((a) => [a.application_id, a]))
  const given = new Map((g.my_scores ?? []).map((s) => [s.application_id, s.score]))
  const ids = g.applicants?.length ? g.applicants.map((a) => a.application_id) : g.application_ids
  return ids.map((id) => {
    const a = byId.get(id)
    const r = g.recusals.find((x) => x.expert_id === me && x.application_id === id)
    return {
      application_id: id,
      name: a?.name ?? '',
      unit_name: a?.unit_name ?? '',
      series: a?.series ?? '',
      specialty: a?.specialty ?? '',
      level: levelName(a?.target_level),
      recused: r ? r.reason || '利害关系' : undefined,
      given: given.get(id),
    }
  })
}

/** Applicants this expert still has to score in a group (never below zero). */
export const leftToScore = (g: Pick<MyDefenseGroup, 'to_score' | 'scored'>) => Math.max(0, g.to_score - g.scored)
