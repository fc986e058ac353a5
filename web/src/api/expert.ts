// 评审专家 (§四(二), §四(四)): the expert's own side of the defense and the secret ballot —
// a defense group and its scoring sheet, casting one's ballot (the receipt is answered once),
// and checking a receipt after the close. Types of the shared evaluation module are reused.
import { get, post } from './http'
import type { DefenseGroup } from './evaluation'

export type { DefenseGroup }

/** GET /my/defense-groups: the groups the signed-in expert sits in, with what is left to score. */
export interface MyDefenseGroup {
  id: string
  round_id: string
  committee_name: string
  year: number
  video: boolean
  /** Applicants heard by the group. */
  applications: number
  /** Applicants this expert scores: the group's less those it is recused from (R-RECUSAL). */
  to_score: number
  /** Scores of this expert the server holds for the group. */
  scored: number
}
export const listMyDefenseGroups = () => get<{ items: MyDefenseGroup[] }>('/my/defense-groups').then((r) => r.items)

/** Who defends before the group (the experts read the dossiers anyway). */
export interface DefenseApplicant {
  application_id: string
  name: string
  unit_name: string
  series: string
  specialty: string
  target_level: string
}
/** GET /defense-groups/{id} as an expert of the group reads it: the applicants and only its own scores. */
export interface ExpertDefenseGroup extends DefenseGroup {
  applicants?: DefenseApplicant[]
  my_scores?: { application_id: string; score: number }[]
}
export const getExpertDefenseGroup = (id: string) => get<ExpertDefenseGroup>(`/defense-groups/${encodeURIComponent(id)}`)

/** POST /defense-groups/{id}/scores by the expert himself (expert_id = own person id). */
export interface ScoreAnswer {
  application_id: string
  expert_id: string
  score: number
  /** R-DEF-SCORE outcome for the applicant: 'pending' until every scoring expert has scored. */
  result: 'pass' | 'fail' | 'pending'
  scored: number
  group_size: number
}
export const submitScore = (groupId: string, s: { application_id: string; expert_id: string; score: number }) =>
  post<ScoreAnswer>(`/defense-groups/${encodeURIComponent(groupId)}/scores`, s)

export type Choice = 'yes' | 'no' | 'abstain'
export const CHOICE_NAMES: Record<Choice, string> = { yes: '同意', no: '不同意', abstain: '弃权' }

/**
 * GET /votes/{id} as an expert sees it. Until the close (and, for results, until the committee
 * publicity) the server may refuse or leave out the results: every field but id is optional.
 */
export interface ExpertVote {
  id: string
  round_id?: string
  application_ids?: string[]
  present?: number
  status?: 'open' | 'closed' | string
  vote_date?: string
  ballots_cast?: number
}
export const getVoteForExpert = (id: string) => get<ExpertVote>(`/votes/${encodeURIComponent(id)}`)

/** The receipt: a random value whose SM3 is on the board after the close. Shown once. */
export const castBallot = (voteId: string, choices: Record<string, Choice>) =>
  post<{ receipt: string }>(`/votes/${encodeURIComponent(voteId)}/ballots`, { choices })

/** Closing before every present member voted needs this, recorded by the meeting's chair (R-VOTE-ATTEND). */
export interface EarlyClose {
  reason: string
  chair_id: string
  at: string
}
export const recordEarlyClose = (voteId: string, reason: string) =>
  post<{ id: string; early_close: EarlyClose }>(`/votes/${encodeURIComponent(voteId)}/early-close`, { reason })

export interface ReceiptCheck {
  vote_id: string
  counted: boolean
}
export const checkReceipt = (voteId: string, receipt: string) =>
  get<ReceiptCheck>(`/votes/${encodeURIComponent(voteId)}/receipts/${encodeURIComponent(receipt)}`)
