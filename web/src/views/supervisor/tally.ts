// The supervisor's own count of a closed secret ballot (R-VOTE-PASS, §四(四)): every ballot
// on the board, counted here in the browser, compared with what the server recorded at the
// close. Nothing is taken from the server's "recomputed" field.
import type { BoardBallot, TallyRow } from '@/api/supervisor'

/** 「出席会议人员三分之二以上通过方能有效」 (以上含本数): yes ≥ ⌈2·present/3⌉. */
export function votePasses(yes: number, present: number): boolean {
  return present > 0 && yes * 3 >= 2 * present
}

/** Counts each application's choices on the board; a ballot without a choice for it counts nowhere. */
export function recomputeTally(applicationIds: string[], present: number, ballots: BoardBallot[]): TallyRow[] {
  return applicationIds.map((id) => {
    let yes = 0
    let no = 0
    let abstain = 0
    for (const b of ballots) {
      const c = b.choices[id]
      if (c === 'yes') yes++
      else if (c === 'no') no++
      else if (c === 'abstain') abstain++
    }
    return { application_id: id, present, yes, no, abstain, passed: votePasses(yes, present) }
  })
}

export interface TallyDiff {
  application_id: string
  fields: string[]
}

/** Where the browser's count differs from the recorded results (missing rows included). */
export function compareTally(mine: TallyRow[], recorded: TallyRow[]): TallyDiff[] {
  const diffs: TallyDiff[] = []
  const rec = new Map(recorded.map((r) => [r.application_id, r]))
  for (const m of mine) {
    const r = rec.get(m.application_id)
    if (!r) {
      diffs.push({ application_id: m.application_id, fields: ['记录中没有此人'] })
      continue
    }
    const f = (['present', 'yes', 'no', 'abstain', 'passed'] as const).filter((k) => m[k] !== r[k])
    if (f.length) diffs.push({ application_id: m.application_id, fields: [...f] })
    rec.delete(m.application_id)
  }
  for (const id of rec.keys()) diffs.push({ application_id: id, fields: ['公告板上没有此人的选票'] })
  return diffs
}

/** Problems of the board itself: more ballots than members present, duplicate receipts. */
export function boardProblems(present: number, ballots: BoardBallot[]): string[] {
  const p: string[] = []
  if (ballots.length > present) p.push(`选票 ${ballots.length} 张，多于出席人数 ${present}（R-VOTE-ATTEND）`)
  const seen = new Set<string>()
  for (const b of ballots) {
    if (seen.has(b.receipt_hash)) p.push(`回执摘要重复：${b.receipt_hash.slice(0, 16)}…`)
    seen.add(b.receipt_hash)
  }
  return p
}
