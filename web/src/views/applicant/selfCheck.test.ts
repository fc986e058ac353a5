import { describe, expect, it } from 'vitest'
import { checkRows, CHECKED_RULES } from './selfCheck'

const v = (rule: string, message: string, section = '§六') => ({ rule, section, message })

describe('checkRows', () => {
  it('every checked rule gets a row; nothing said means 符合', () => {
    const rows = checkRows({ violations: [], warnings: [] }, true)
    expect(rows.map((r) => r.rule)).toEqual(CHECKED_RULES.map((r) => r.rule))
    expect(rows.every((r) => r.state === 'ok')).toBe(true)
  })
  it('a violation makes its rule 不符合 with the server\'s words; warnings stay amber', () => {
    const rows = checkRows(
      {
        violations: [v('R-APP-LEVEL-ORDER', '现有中级，只能申报副高级', '§六'), v('R-APP-RETIRE', '2026 年 12 月已达法定退休年龄', '§六(六)')],
        warnings: [v('R-APP-CUTOFF-YEARS', '任现职年限不足 5 年（按 12 月 31 日计算）', '§六(六)')],
      },
      true,
    )
    const by = Object.fromEntries(rows.map((r) => [r.rule, r]))
    expect(by['R-APP-LEVEL-ORDER'].state).toBe('fail')
    expect(by['R-APP-LEVEL-ORDER'].messages).toEqual(['现有中级，只能申报副高级'])
    expect(by['R-APP-RETIRE'].state).toBe('fail')
    expect(by['R-APP-CUTOFF-YEARS'].state).toBe('warn')
    expect(by['R-APP-BLACKLIST'].state).toBe('ok')
  })
  it('the window is not checked without a round, unless the server said something', () => {
    expect(checkRows({ violations: [], warnings: [] }, false).find((r) => r.rule === 'R-APP-WINDOW')!.state).toBe('skipped')
    expect(checkRows({ violations: [v('R-APP-WINDOW', '已逾期')], warnings: [] }, false).find((r) => r.rule === 'R-APP-WINDOW')!.state).toBe('fail')
  })
  it('a rule the page does not know is still shown', () => {
    const rows = checkRows({ violations: [v('R-NEW', '新规则')], warnings: [v('R-NEW', '附带提醒'), v('R-OTHER', '另一个')] }, true)
    const extra = rows.slice(CHECKED_RULES.length)
    expect(extra).toEqual([
      { rule: 'R-NEW', section: '§六', title: 'R-NEW', state: 'fail', messages: ['新规则', '附带提醒'] },
      { rule: 'R-OTHER', section: '§六', title: 'R-OTHER', state: 'warn', messages: ['另一个'] },
    ])
  })
})
