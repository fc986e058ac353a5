import { describe, expect, it } from 'vitest'
import { actionLabel, deriveSteps, isEvaluationAction, type Step } from './progress'
import type { HistoryEntry } from '@/api/applications'

// A whole year as the server writes it (the demo's closed round, 杨红霞).
const at = (d: string) => `${d}T09:00:00+08:00`
const FULL: HistoryEntry[] = [
  { at: at('2026-09-02'), by: 'yanghongxia', action: 'create' },
  { at: at('2026-09-02'), by: 'yanghongxia', action: 'pledge' },
  { at: at('2026-09-02'), by: 'yanghongxia', action: 'submit' },
  { at: at('2026-09-03'), by: 'linxiazhong_hr', action: 'publicity.unit', detail: '2026-09-03 至 2026-09-09' },
  { at: at('2026-09-10'), by: 'linxiazhong_hr', action: 'recommend' },
  { at: at('2026-09-11'), by: 'jiaoyuju', action: 'review.dept.pass', detail: '材料齐全' },
  { at: at('2026-09-14'), by: 'zhigaiban', action: 'review.joint.pass', detail: '联审通过' },
  { at: at('2026-11-05'), by: 'jszhongping', action: 'defense.group', detail: 'g1' },
  { at: at('2026-11-05'), by: 'jszj16', action: 'defense.pass', detail: '0/3 低于 60 分' },
  { at: at('2026-11-06'), by: 'jszhongping', action: 'vote.passed' },
  { at: at('2026-11-09'), by: 'jszhongping', action: 'publicity.committee', detail: '2026-11-09 至 2026-11-13' },
  { at: at('2026-11-16'), by: 'zhigaiban', action: 'document.issued', detail: '临州人社发〔2026〕1号' },
]
const upTo = (action: string) => FULL.slice(0, FULL.findIndex((e) => e.action === action) + 1)
const statuses = (s: Step[]) => Object.fromEntries(s.map((x) => [x.key, x.status]))

describe('deriveSteps', () => {
  it('a qualified application has every step done up to the certificate', () => {
    const s = deriveSteps({ status: 'qualified', history: FULL }, { today: '2026-12-02' })
    expect(s.map((x) => x.key)).toEqual(['submit', 'unit', 'review', 'defense', 'vote', 'publicity', 'document', 'certificate'])
    expect(statuses(s)).toEqual({
      submit: 'finish', unit: 'finish', review: 'finish', defense: 'finish',
      vote: 'finish', publicity: 'finish', document: 'finish', certificate: 'process',
    })
    const by = Object.fromEntries(s.map((x) => [x.key, x]))
    expect(by.unit.description).toBe('单位公示 2026-09-03 至 2026-09-09；已推荐')
    expect(by.unit.date).toBe('2026-09-10')
    expect(by.review.description).toBe('主管部门复审通过；评委会所在部门联审通过')
    expect(by.defense.description).toBe('答辩通过（0/3 低于 60 分）')
    expect(by.document.description).toBe('临州人社发〔2026〕1号')
    expect(by.document.date).toBe('2026-11-16')
  })

  it('follows the status step by step', () => {
    expect(statuses(deriveSteps({ status: 'draft', history: upTo('pledge') })).submit).toBe('process')
    const sub = statuses(deriveSteps({ status: 'submitted', history: upTo('submit') }))
    expect([sub.submit, sub.unit, sub.review]).toEqual(['finish', 'process', 'wait'])
    const rec = statuses(deriveSteps({ status: 'recommended', history: upTo('review.dept.pass') }))
    expect([rec.unit, rec.review, rec.defense]).toEqual(['finish', 'process', 'wait'])
    const rev = statuses(deriveSteps({ status: 'reviewed', history: upTo('review.joint.pass') }))
    expect([rev.review, rev.defense, rev.vote]).toEqual(['finish', 'process', 'wait'])
    const dp = statuses(deriveSteps({ status: 'defense_passed', history: upTo('defense.pass') }))
    expect([dp.defense, dp.vote]).toEqual(['finish', 'process'])
  })

  it('the committee publicity is current while it runs, then the document', () => {
    const h = upTo('publicity.committee')
    expect(statuses(deriveSteps({ status: 'passed', history: h }, { today: '2026-11-13' })).publicity).toBe('process')
    const after = statuses(deriveSteps({ status: 'passed', history: h }, { today: '2026-11-14' }))
    expect([after.publicity, after.document]).toEqual(['finish', 'process'])
  })

  it('a return for correction is an error at the reviewing step with the opinion', () => {
    const h: HistoryEntry[] = [...upTo('recommend'), { at: at('2026-09-11'), by: 'weijian', action: 'review.dept.return', detail: '缺少继续教育证明' }]
    const s = deriveSteps({ status: 'returned', history: h })
    const review = s.find((x) => x.key === 'review')!
    expect(review.status).toBe('error')
    expect(review.description).toContain('退回补正：缺少继续教育证明')
    expect(s.find((x) => x.key === 'unit')!.status).toBe('finish')
  })

  it('an upheld objection returns the application to the unit step', () => {
    const h: HistoryEntry[] = [
      ...upTo('publicity.unit'),
      { at: at('2026-09-05'), by: 'public', action: 'objection.registered' },
      { at: at('2026-09-06'), by: 'hr', action: 'objection.upheld' },
      { at: at('2026-09-06'), by: 'hr', action: 'return', detail: '异议经核查属实：论文不实' },
    ]
    const s = deriveSteps({ status: 'returned', history: h })
    expect(s.find((x) => x.key === 'unit')!.status).toBe('error')
    expect(s.find((x) => x.key === 'unit')!.description).toContain('异议经核查属实：论文不实')
    expect(s.find((x) => x.key === 'review')!.status).toBe('wait')
  })

  it('after a resubmission only the new cycle counts for the review', () => {
    const h: HistoryEntry[] = [
      ...upTo('review.dept.pass'),
      { at: at('2026-09-12'), by: 'zhigaiban', action: 'review.joint.return', detail: '补充材料' },
      { at: at('2026-09-13'), by: 'hr', action: 'resubmit' },
      { at: at('2026-09-14'), by: 'hr', action: 'recommend' },
    ]
    const s = deriveSteps({ status: 'recommended', history: h })
    const review = s.find((x) => x.key === 'review')!
    expect(review.status).toBe('process')
    expect(review.description).toBe('')
    expect(s.find((x) => x.key === 'submit')!.description).toBe('补正后已重新提交')
  })

  it('failed defense, failed vote, rejection and withdrawal stop at their step', () => {
    expect(statuses(deriveSteps({ status: 'defense_failed', history: [] })).defense).toBe('error')
    expect(statuses(deriveSteps({ status: 'not_passed', history: [] })).vote).toBe('error')
    expect(statuses(deriveSteps({ status: 'rejected', history: [] })).review).toBe('error')
    const w = deriveSteps({ status: 'withdrawn', history: [] })
    expect(w[0].status).toBe('error')
    expect(w[0].description).toContain('申报已撤回')
  })

  it('leaves the defense step out when the round holds none', () => {
    const s = deriveSteps({ status: 'reviewed', history: upTo('review.joint.pass') }, { defense: false })
    expect(s.map((x) => x.key)).not.toContain('defense')
    expect(statuses(s).vote).toBe('process')
  })
})

describe('actionLabel', () => {
  it('names review stages and decisions in the notice\'s words', () => {
    expect(actionLabel('review.county.pass')).toBe('县(市)联合审核通过')
    expect(actionLabel('review.joint.return')).toBe('评委会所在部门联审退回补正')
    expect(actionLabel('objection.registered')).toBe('收到实名异议')
    expect(actionLabel('something.new')).toBe('something.new')
  })
  it('marks the experts\' steps', () => {
    expect(isEvaluationAction('defense.pass')).toBe(true)
    expect(isEvaluationAction('vote.passed')).toBe(true)
    expect(isEvaluationAction('review.dept.pass')).toBe(false)
  })
})
