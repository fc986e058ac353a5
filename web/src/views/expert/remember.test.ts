import { beforeEach, describe, expect, it } from 'vitest'
import { remember, remembered, rememberScored, scoredIn } from './remember'

beforeEach(() => localStorage.clear())

describe('what an expert opened in this browser', () => {
  it('keeps ids per user, newest first, without duplicates', () => {
    remember('wszj01', 'groups', 'g1')
    remember('wszj01', 'groups', 'g2')
    remember('wszj01', 'groups', 'g1')
    remember('wszj02', 'groups', 'g9')
    expect(remembered('wszj01', 'groups')).toEqual(['g1', 'g2'])
    expect(remembered('wszj02', 'groups')).toEqual(['g9'])
    expect(remembered('wszj01', 'votes')).toEqual([])
    expect(remembered(undefined, 'groups')).toEqual([])
  })
  it('keeps at most 20', () => {
    for (let i = 0; i < 25; i++) remember('u', 'votes', `v${i}`)
    expect(remembered('u', 'votes')).toHaveLength(20)
    expect(remembered('u', 'votes')[0]).toBe('v24')
  })
  it('scored applications per group, for 待办', () => {
    rememberScored('u', 'g1', 'a1')
    rememberScored('u', 'g1', 'a1')
    rememberScored('u', 'g1', 'a2')
    expect([...scoredIn('u', 'g1')]).toEqual(['a1', 'a2'])
    expect(scoredIn('u', 'g2').size).toBe(0)
    expect(scoredIn('other', 'g1').size).toBe(0)
  })
  it('survives what another tab wrote badly', () => {
    localStorage.setItem('zhiping.expert.groups.u', '{not json')
    expect(remembered('u', 'groups')).toEqual([])
    remember('u', 'groups', 'g1')
    expect(remembered('u', 'groups')).toEqual(['g1'])
  })
})
