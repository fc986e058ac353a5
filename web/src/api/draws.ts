// 随机抽取 (§二(三), §四(四); docs/draw.md): commitment, supervisor contribution, the draw,
// its verification and export. Confidential (R-COM-CONFIDENTIAL).
import { get, post, type Violation } from './http'

export interface Commitment {
  round_id: string
  commitment: string
  secret_supplied: boolean
}
export interface Recusal {
  person_id: string
  same_unit_applications?: string[]
  declared?: string | true
}
export interface Draw {
  id: string
  round_id: string
  committee_id: string
  year: number
  purpose: 'meeting' | 'discipline_group'
  size: number
  specialties: string[] | null
  fixed: { person_id: string; role: 'chair' | 'vice_chair' }[] | null
  members: string[]
  new_members: number
  commitment: string
  seed: string
  pool_digest: string
  pool_size: number
  algorithm: string
  digest: string
  drawn_on: string
  created_at: string
  recusals: Recusal[]
  warnings?: Violation[]
}
export interface NewDraw {
  purpose: 'meeting' | 'discipline_group'
  size: number
  specialties?: string[]
  fixed?: { person_id: string; role: 'chair' | 'vice_chair' }[]
  recused?: (string | { person_id: string; reason?: string })[]
  max_per_unit?: number
}
export interface DrawVerification {
  id: string
  reproduced: boolean
  checks: { commitment_opens: boolean; pool_digest: boolean; seed: boolean; members: boolean; digest: boolean; algorithm: boolean }
}
/** GET /draws/{id}/export: every input of the draw (for `zhiping draw verify` offline). */
export interface DrawExport extends Omit<Draw, 'pool_size'> {
  revealed_secret: string
  supervisor_contribution: string
  pool_snapshot: unknown[]
  constraints: Record<string, unknown>
}

const r = (id: string) => `/rounds/${encodeURIComponent(id)}`
const d = (id: string) => `/draws/${encodeURIComponent(id)}`
/** Without a secret the server picks a random one and keeps it sealed until the draw. */
export const commitDraw = (roundId: string, secret?: string) =>
  post<Commitment>(`${r(roundId)}/draw-commitments`, secret ? { secret } : {})
export const contributeToDraw = (roundId: string, contribution: string) =>
  post<{ round_id: string; contribution: string }>(`${r(roundId)}/draw-contributions`, { contribution })
export const makeDraw = (roundId: string, body: NewDraw) => post<Draw>(`${r(roundId)}/draws`, body)
export const listDraws = (roundId: string) => get<Draw[]>(`${r(roundId)}/draws`)
export const getDraw = (id: string) => get<Draw>(d(id))
export const verifyDraw = (id: string) => get<DrawVerification>(`${d(id)}/verify`)
export const exportDraw = (id: string) => get<DrawExport>(`${d(id)}/export`)

export const PURPOSE_NAMES: Record<string, string> = {
  meeting: '评审会议委员（执行委员）',
  discipline_group: '学科组专家',
}
