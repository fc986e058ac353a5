// 专家库 (§二): a committee's pool entries and the intake steps (R-POOL-INTAKE).
// Confidential like the roster (R-COM-CONFIDENTIAL).
import { download, get, post, type Violation } from './http'

export type PoolStatus = 'applied' | 'unit_recommended' | 'dept_reviewed' | 'publicized' | 'filed' | 'admitted' | 'removed'

export interface PoolStep {
  step: PoolStatus
  at: string
  by: string
}
export interface PoolEntry {
  id: string
  committee_id: string
  person_id: string
  status: PoolStatus
  exception_reason: string | null
  grassroots: boolean
  outside_system: boolean
  removal_reason: string | null
  removed_at: string | null
  created_at: string
  steps: PoolStep[]
  warnings?: Violation[]
}
export interface PoolSummary {
  committee_id: string
  admitted: number
  grassroots: number
  outside_system: number
  warnings: Violation[]
}
export interface PoolApplication {
  person_id: string
  exception?: { reason: string; award?: string }
  grassroots?: boolean
  outside_system?: boolean
}

/**
 * A person the office may pick for the pool: a senior qualification of the committee's
 * series, not yet in its pool. Name, unit and qualification only (no ID number, birth date
 * or phone); `eligible` is the server's R-POOL-ELIGIBLE/EXCLUDE verdict as of today.
 */
export interface PoolCandidate {
  person_id: string
  name: string
  unit_id: string
  unit: string
  series: string
  specialty: string
  level: string
  eligible: boolean
}

const c = (id: string) => `/committees/${encodeURIComponent(id)}`
export const listPool = (committeeId: string) => get<PoolEntry[]>(`${c(committeeId)}/pool`)
export const listPoolCandidates = (committeeId: string) => get<PoolCandidate[]>(`${c(committeeId)}/pool/candidates`)
export const poolSummary = (committeeId: string) => get<PoolSummary>(`${c(committeeId)}/pool/summary`)
export const applyToPool = (committeeId: string, a: PoolApplication) => post<PoolEntry>(`${c(committeeId)}/pool`, a)
export const getPoolEntry = (id: string) => get<PoolEntry>(`/pool-entries/${encodeURIComponent(id)}`)
export const poolStep = (id: string, step: PoolStatus) => post<PoolEntry>(`/pool-entries/${encodeURIComponent(id)}/steps`, { step })
export const removeFromPool = (id: string, reason: string) =>
  post<PoolEntry>(`/pool-entries/${encodeURIComponent(id)}/remove`, { reason })
export const poolXlsxPath = (committeeId: string) => `${c(committeeId)}/pool.xlsx`
export const downloadPoolXlsx = (committeeId: string, name: string) => download(poolXlsxPath(committeeId), name)

/** The intake path in order (§二(二)): 个人申请 → 单位推荐 → 主管部门政审 → 系统内公示 → 州职改办备案 → 入库. */
export const INTAKE: { status: PoolStatus; label: string; action: string }[] = [
  { status: 'applied', label: '个人申请', action: '申请入库' },
  { status: 'unit_recommended', label: '单位推荐', action: '登记单位推荐' },
  { status: 'dept_reviewed', label: '主管部门政审', action: '登记主管部门政审' },
  { status: 'publicized', label: '系统内公示无异议', action: '登记公示无异议' },
  { status: 'filed', label: '州职改办备案', action: '登记州职改办备案' },
  { status: 'admitted', label: '入库', action: '入库' },
]

/** The next intake step after `status` (null when admitted or removed). */
export function nextStep(status: PoolStatus): (typeof INTAKE)[number] | null {
  const i = INTAKE.findIndex((s) => s.status === status)
  if (i < 0 || i === INTAKE.length - 1) return null
  return INTAKE[i + 1]
}

export function intakeLabel(status: PoolStatus | string): string {
  if (status === 'removed') return '已出库'
  return INTAKE.find((s) => s.status === status)?.label ?? status
}
