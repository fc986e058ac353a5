import { describe, expect, it } from 'vitest'
import type { Org } from '@/api/orgs'
import { mayReview, nextStage, orgOversees, placementOf, queueState, stagesDone } from './stages'

// The demo's organisations (src/app/demo_world): a prefecture department with a unit, a county.
const ORGS: Org[] = [
  { id: 'bureau', name: '州人社局', kind: 'bureau', parent_id: null, region: '州直' },
  { id: 'weijian', name: '州卫健委', kind: 'department', parent_id: 'bureau', region: '州直' },
  { id: 'jiaoyu', name: '州教育局', kind: 'department', parent_id: 'bureau', region: '州直' },
  { id: 'linxia', name: '临夏县人社局', kind: 'county_office', parent_id: 'bureau', region: '临夏县' },
  { id: 'renmin', name: '州人民医院', kind: 'unit', parent_id: 'weijian', region: '州直' },
  { id: 'lxx', name: '临夏县人民医院', kind: 'unit', parent_id: 'linxia', region: '临夏县' },
  { id: 'lxx2', name: '临夏县某中学（挂在州教育局下）', kind: 'unit', parent_id: 'jiaoyu', region: '临夏县' },
]
const pass = (stage: string) => ({ stage, decision: 'pass' })
const ret = (stage: string) => ({ stage, decision: 'return' })

describe('review route', () => {
  it('州直 goes dept → joint, county goes county → joint', () => {
    expect(placementOf('renmin', ORGS)).toBe('prefecture')
    expect(placementOf('lxx', ORGS)).toBe('county')
    expect(nextStage('prefecture', [])).toBe('dept')
    expect(nextStage('prefecture', [pass('dept')])).toBe('joint')
    expect(nextStage('prefecture', [pass('dept'), pass('joint')])).toBeNull()
    expect(nextStage('county', [])).toBe('county')
    expect(nextStage('county', [pass('county')])).toBe('joint')
  })
  it('a return starts the cycle again', () => {
    expect(stagesDone([pass('dept'), ret('joint')])).toEqual([])
    expect(nextStage('prefecture', [pass('dept'), ret('joint')])).toBe('dept')
    expect(nextStage('prefecture', [pass('dept'), ret('joint'), pass('dept')])).toBe('joint')
  })
})

describe('who may review', () => {
  const weijian = { roles: ['dept_reviewer'], org_id: 'weijian' }
  const linxia = { roles: ['dept_reviewer'], org_id: 'linxia' }
  it('the competent department oversees its units, the county office its region', () => {
    expect(orgOversees('weijian', 'renmin', ORGS)).toBe(true)
    expect(orgOversees('weijian', 'lxx', ORGS)).toBe(false)
    expect(orgOversees('linxia', 'lxx', ORGS)).toBe(true)
    expect(orgOversees('linxia', 'lxx2', ORGS)).toBe(true) // same region
    expect(orgOversees('jiaoyu', 'lxx2', ORGS)).toBe(true) // ancestor
    expect(orgOversees(null, 'lxx', ORGS)).toBe(false)
  })
  it('the joint review belongs to the committee\'s host department', () => {
    expect(mayReview(weijian, 'joint', 'lxx', 'weijian', ORGS)).toBe(true)
    expect(mayReview(linxia, 'joint', 'lxx', 'weijian', ORGS)).toBe(false)
    expect(mayReview({ roles: ['title_office'] }, 'joint', 'lxx', 'weijian', ORGS)).toBe(true)
    expect(mayReview({ roles: ['unit_hr'], org_id: 'renmin' }, 'dept', 'renmin', 'weijian', ORGS)).toBe(false)
  })
  it('the queue tells mine / waiting / done', () => {
    const a = (unit_id: string, reviews: { stage: string; decision: string }[], status = 'recommended') => ({ status, unit_id, reviews })
    expect(queueState(a('renmin', []), weijian, 'weijian', ORGS)).toEqual({ kind: 'mine', stage: 'dept' })
    expect(queueState(a('lxx', []), weijian, 'weijian', ORGS)).toEqual({ kind: 'waiting', stage: 'county' })
    expect(queueState(a('lxx', [pass('county')]), weijian, 'weijian', ORGS)).toEqual({ kind: 'mine', stage: 'joint' })
    expect(queueState(a('lxx', [pass('county')]), linxia, 'weijian', ORGS)).toEqual({ kind: 'waiting', stage: 'joint' })
    expect(queueState(a('renmin', [pass('dept'), pass('joint')], 'reviewed'), weijian, 'weijian', ORGS)).toEqual({ kind: 'done' })
    expect(queueState(a('renmin', [], 'returned'), weijian, 'weijian', ORGS)).toEqual({ kind: 'not_ready', status: 'returned' })
  })
})
