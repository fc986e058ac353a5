// 纪检监督 (§八, §四(四)): the audit log (paged by seq), the ballot board after the close,
// and the discovery of draws, votes and meetings from the audit log (the API has no list of
// votes or draws per round; the chain records each draw.make, vote.open and meeting.create).
import { get } from './http'

export interface AuditEntry {
  seq: number
  at: string
  actor: string
  action: string
  target: string
  digest: string
  prev_digest: string
  /** The exact JSON text the digest covers: SM3(prev_digest + record). */
  record: string
  data: Record<string, unknown>
}
/** One page: entries with seq > after, at most limit (1–1000). */
export const auditPage = (after = 0, limit = 1000) => get<AuditEntry[]>('/audit', { after_seq: after, limit })

/** The whole chain, page by page (onPage reports progress). */
export async function auditAll(onPage?: (n: number) => void): Promise<AuditEntry[]> {
  const all: AuditEntry[] = []
  let after = 0
  for (;;) {
    const page = await auditPage(after, 1000)
    all.push(...page)
    onPage?.(all.length)
    if (page.length < 1000) return all
    after = page[page.length - 1].seq
  }
}

export type BallotChoice = 'yes' | 'no' | 'abstain'
export interface BoardBallot {
  receipt_hash: string
  choices: Record<string, BallotChoice>
}
export interface TallyRow {
  application_id: string
  present: number
  yes: number
  no: number
  abstain: number
  passed: boolean
}
/**
 * While the vote is open the board gives the turnout only (ballots_cast): ballots, results and
 * the recount are null until the close (nothing about choices readable before it).
 */
export interface Board {
  id: string
  status: string
  mode: string
  present: number
  ballots_cast?: number
  ballots: BoardBallot[] | null
  recomputed: TallyRow[] | null
  results: TallyRow[] | null
  matches: boolean | null
  /** SM3 over the ballots as sealed; the audit entry vote.close carries the same value. */
  ballots_sm3?: string | null
  early_close?: { reason: string; chair_id: string; at: string } | null
}
/** 403 R-MEET-SECRECY for other roles. */
export const voteBoard = (voteId: string) => get<Board>(`/votes/${encodeURIComponent(voteId)}/board`)
