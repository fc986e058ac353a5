import { describe, expect, it } from 'vitest'
import type { ExpertDefenseGroup, MyDefenseGroup } from '@/api/expert'
import { leftToScore, sheetRows } from './sheet'
import { scoreTodoItems } from './todo'

const group = (over: Partial<ExpertDefenseGroup> = {}): ExpertDefenseGroup => ({
  id: 'g1',
  round_id: 'r1',
  experts: ['e1', 'e2', 'e3'],
  application_ids: ['a1', 'a2', 'a3'],
  applicants: [
    { application_id: 'a1', name: '张三', unit_name: '市人民医院', series: '卫生', specialty: '内科', target_level: 'deputy_senior' },
    { application_id: 'a2', name: '李四', unit_name: '县医院', series: '卫生', specialty: '外科', target_level: 'full_senior' },
    { application_id: 'a3', name: '王五', unit_name: '市中医院', series: '卫生', specialty: '针灸', target_level: 'deputy_senior' },
  ],
  my_scores: [{ application_id: 'a2', score: 58.5 }],
  recusals: [
    { expert_id: 'e1', application_id: 'a3', reason: '同一单位' },
    { expert_id: 'e2', application_id: 'a1', reason: '' },
  ],
  video: true,
  recording_ref: '',
  non_video_reason: '',
  observers: [],
  supervisors: [],
  ...over,
})

describe('the scoring sheet', () => {
  it('names each applicant, with the level in Chinese, the own recusal and the own score', () => {
    const rows = sheetRows(group(), 'e1')
    expect(rows.map((r) => [r.application_id, r.name, r.unit_name, r.specialty, r.level])).toEqual([
      ['a1', '张三', '市人民医院', '内科', '副高级'],
      ['a2', '李四', '县医院', '外科', '正高级'],
      ['a3', '王五', '市中医院', '针灸', '副高级'],
    ])
    expect(rows.map((r) => r.given)).toEqual([undefined, 58.5, undefined])
    expect(rows.map((r) => r.recused)).toEqual([undefined, undefined, '同一单位'])
  })
  it('another expert’s recusal is not this one’s; a recusal without reason reads 利害关系', () => {
    expect(sheetRows(group(), 'e3').every((r) => !r.recused)).toBe(true)
    expect(sheetRows(group(), 'e2')[0].recused).toBe('利害关系')
  })
  it('an answer without applicants still lists the application ids', () => {
    const rows = sheetRows(group({ applicants: undefined, my_scores: undefined }), 'e3')
    expect(rows.map((r) => [r.application_id, r.name, r.given])).toEqual([['a1', '', undefined], ['a2', '', undefined], ['a3', '', undefined]])
  })
})

const mine = (id: string, to_score: number, scored: number, round_id = 'r1'): MyDefenseGroup => ({
  id, round_id, committee_name: '卫生高评会', year: 2026, video: true, applications: to_score + 1, to_score, scored,
})

describe('待办: groups with scores still to give', () => {
  it('left to score never goes below zero', () => {
    expect(leftToScore({ to_score: 3, scored: 1 })).toBe(2)
    expect(leftToScore({ to_score: 1, scored: 2 })).toBe(0)
  })
  it('lists only groups where scored < to_score, with the round’s defense day as deadline', () => {
    const items = scoreTodoItems([mine('g1', 3, 1), mine('g2', 2, 2), mine('g3', 0, 0), mine('g4', 1, 0, 'r9')], [
      { id: 'r1', defense_date: '2026-12-10' },
    ])
    expect(items.map((i) => [i.key, i.title, i.deadline])).toEqual([
      ['g1', '答辩小组 g1：2 位申报人待评分', '2026-12-10'],
      ['g4', '答辩小组 g4：1 位申报人待评分', undefined],
    ])
    expect(items[0].detail).toContain('卫生高评会 2026 年度')
    expect(items[0].to).toEqual({ name: 'expert-groups', query: { group: 'g1' } })
  })
})
