// 申报条件自测: the server's answer (POST /self-check) as one row per rule it checks, so a
// person sees what is fine as well as what is not. The rules are those of the server's
// evaluate_application (src/app/applications_eval.cc); a violation or warning of any other
// rule the server may add is shown too, never dropped. Pure (tested in selfCheck.test.ts).
import type { SelfCheckAnswer } from '@/api/applications'
import type { Violation } from '@/api/http'

export interface CheckedRule {
  rule: string
  section: string
  title: string
  /** Shown when the rule has nothing to say ("符合"). */
  ok: string
  /** Only checked when a round is chosen. */
  needsRound?: boolean
}

export const CHECKED_RULES: CheckedRule[] = [
  { rule: 'R-APP-BLACKLIST', section: '§六(四), §八(二)', title: '失信黑名单', ok: '不在失信黑名单内' },
  { rule: 'R-APP-RETIRE', section: '§六(六)', title: '法定退休年龄', ok: '申报年度 12 月 31 日前未达到法定退休年龄' },
  { rule: 'R-APP-WINDOW', section: '§六(三)', title: '申报期限', ok: '在申报期限内', needsRound: true },
  { rule: 'R-APP-LEVEL-ORDER', section: '§六', title: '申报层级', ok: '按现有资格逐级申报' },
  { rule: 'R-APP-CUTOFF-YEARS', section: '§六(六)', title: '任职年限（计算至申报年度 12 月 31 日）', ok: '年限已计算' },
  { rule: 'R-APP-CUTOFF-ACHIEVE', section: '§六(六)', title: '业绩截止（申报年度 9 月 30 日）', ok: '所填业绩均在截止日前' },
]

export type RowState = 'ok' | 'fail' | 'warn' | 'skipped'
export interface CheckRow {
  rule: string
  section: string
  title: string
  state: RowState
  messages: string[]
}

export function checkRows(a: Pick<SelfCheckAnswer, 'violations' | 'warnings'>, withRound: boolean): CheckRow[] {
  const of = (list: Violation[], rule: string) => list.filter((v) => v.rule === rule)
  const rows: CheckRow[] = CHECKED_RULES.map((r) => {
    const fails = of(a.violations, r.rule)
    const warns = of(a.warnings, r.rule)
    if (fails.length) return { rule: r.rule, section: fails[0].section || r.section, title: r.title, state: 'fail', messages: [...fails, ...warns].map((v) => v.message) }
    if (warns.length) return { rule: r.rule, section: warns[0].section || r.section, title: r.title, state: 'warn', messages: warns.map((v) => v.message) }
    if (r.needsRound && !withRound) return { rule: r.rule, section: r.section, title: r.title, state: 'skipped', messages: ['未选择评审批次，未检查'] }
    return { rule: r.rule, section: r.section, title: r.title, state: 'ok', messages: [r.ok] }
  })
  const known = new Set(CHECKED_RULES.map((r) => r.rule))
  const others = new Map<string, CheckRow>()
  for (const [list, state] of [[a.violations, 'fail'], [a.warnings, 'warn']] as const) {
    for (const v of list) {
      if (known.has(v.rule)) continue
      const row = others.get(v.rule) ?? { rule: v.rule, section: v.section, title: v.rule, state, messages: [] }
      if (state === 'fail') row.state = 'fail'
      row.messages.push(v.message)
      others.set(v.rule, row)
    }
  }
  return [...rows, ...others.values()]
}

export const ROW_TEXT: Record<RowState, string> = { ok: '符合', fail: '不符合', warn: '提醒', skipped: '未检查' }
