// 批量导入 (persons or experts) through POST /imports: the file goes as base64 in JSON
// (the server takes at most 1 MiB per request); the job is then polled for its percent
// and its row/column error report (all rows right, or nothing is written).
import { get, post } from './http'

export interface ImportError {
  row: number
  column: string
  column_index: number
  message: string
}
export interface ImportJob {
  id: string
  kind: 'persons' | 'experts'
  format: 'csv' | 'xlsx'
  status: 'running' | 'done' | 'failed' | string
  percent: number
  rows: number
  written: number
  error_count: number
  errors: ImportError[]
  message: string
  created_at: string
  finished_at: string | null
}
export interface ImportRequest {
  kind: 'persons' | 'experts'
  format: 'csv' | 'xlsx'
  content_base64: string
  unit_id?: string
  committee_id?: string
}
export const startImport = (r: ImportRequest) => post<ImportJob>('/imports', r)
export const getImport = (id: string) => get<ImportJob>(`/imports/${encodeURIComponent(id)}`)

/** The request body limit of the server (1 MiB) less the JSON and base64 overhead. */
export const MAX_IMPORT_BYTES = 760 * 1024

/** Columns of a persons import, in the server's order (src/app/imports.cc specs_for). */
export const PERSON_IMPORT_COLUMNS = [
  '姓名', '公民身份号码', '性别', '出生日期', '退休基准', '单位', '是否岗位管理', '手机',
  '系列', '专业', '职称级别', '取得资格时间', '有效范围', '取得方式', '批准文号',
] as const
