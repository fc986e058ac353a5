import type { Violation } from '@/api/http'

/** "R-APP-WINDOW §六(三)：申报截止日为…" — the shape UI.md asks for. */
export function formatViolation(v: Violation): string {
  const head = [v.rule, v.section].filter(Boolean).join(' ')
  return head ? `${head}：${v.message}` : v.message
}
