import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import RuleErrors from './RuleErrors.vue'
import { ApiError } from '@/api/http'

describe('RuleErrors', () => {
  it('shows the message and one line per violated rule with its section', () => {
    const err = new ApiError(422, {
      code: 'rule_violation',
      message: '申报不符合规定',
      violations: [
        { rule: 'R-APP-WINDOW', section: '§六(三)', message: '申报截止日为 2026-09-29，已逾期' },
        { rule: 'R-APP-PLEDGE', section: '§六(一)', message: '须先签订诚信承诺书' },
      ],
    })
    const w = mount(RuleErrors, { props: { error: err } })
    expect(w.get('[data-testid=rule-errors] .title').text()).toBe('申报不符合规定')
    expect(w.findAll('[data-testid=rule-errors] li').map((l) => l.text())).toEqual([
      'R-APP-WINDOW §六(三)：申报截止日为 2026-09-29，已逾期',
      'R-APP-PLEDGE §六(一)：须先签订诚信承诺书',
    ])
    expect(w.find('[data-testid=rule-warnings]').exists()).toBe(false)
  })
  it('shows warnings of a successful answer in amber, and nothing when there is nothing', () => {
    const w = mount(RuleErrors, { props: { warnings: [{ rule: 'R-OBJ-FORM', section: '§八(四)', message: '逾期' }] } })
    expect(w.find('[data-testid=rule-errors]').exists()).toBe(false)
    expect(w.get('[data-testid=rule-warnings] li').text()).toBe('R-OBJ-FORM §八(四)：逾期')
    expect(mount(RuleErrors, { props: {} }).html()).not.toContain('rule-errors')
  })
  it('turns any thrown thing into a message (never a bare 操作失败)', () => {
    const w = mount(RuleErrors, { props: { error: new Error('无法连接服务器') } })
    expect(w.get('.title').text()).toBe('无法连接服务器')
  })
})
