// 监督 (§八): the dishonesty blacklist, the audit chain's signed head and checkpoints.
import { get, post } from './http'

export interface BlacklistEntry {
  id: string
  person_id: string
  name: string
  reason: string
  from: string
  until: string | null
  created_by?: string
}
export const listBlacklist = () => get<BlacklistEntry[]>('/blacklist')
export const addToBlacklist = (b: { person_id: string; reason: string; until?: string }) => post<BlacklistEntry>('/blacklist', b)

export interface AuditHead {
  seq: number
  digest: string
  /** base64 DER SM2 signature of audit_head_statement(seq, digest). */
  signature: string
  public_key: string
}
export interface Checkpoint {
  seq: number
  digest: string
  signature: string
  reason: string
  at: string
}
export const auditHead = () => get<AuditHead>('/audit/head')
export const auditCheckpoints = () => get<Checkpoint[]>('/audit/checkpoints')

/** What the head and each checkpoint sign (src/app/audit.cc audit_head_statement). */
export const auditHeadStatement = (seq: number, digest: string) => `zhiping-audit-head-v1|${seq}|${digest}`
