// 公示 by the offices (§五): the committee's stage-2 publicity of the passed applicants.
import { post, type Violation } from './http'

export interface NewCommitteePublicity {
  stage: 'committee'
  round_id: string
  start_date: string
}
export const createCommitteePublicity = (roundId: string, startDate: string) =>
  post<{ id: string; stage: string; start_date: string; end_date: string; count: number; warnings: Violation[] }>(
    '/publicities',
    { stage: 'committee', round_id: roundId, start_date: startDate } satisfies NewCommitteePublicity,
  )
