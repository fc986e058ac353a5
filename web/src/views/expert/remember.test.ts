import { beforeEach, describe, expect, it } from 'vitest'
import { forgetGroupMemory, remember, remembered } from './remember'

beforeEach(() => localStorage.clear())

describe('the votes an expert opened in this browser', () => {
  it('keeps ids per user, newest first, without duplicates', () => {
    remember('wszj01', 'votes', 'v1')
    remember('wszj01', 'votes', 'v2')
    remember('wszj01', 'votes', 'v1')
    remember('wszj02', 'votes', 'v9')
    expect(remembered('wszj01', 'votes')).toEqual(['v1', 'v2'])
    expect(remembered('wszj02', 'votes')).toEqual(['v9'])
    expect(remembered(undefined, 'votes')).toEqual([])
  })
  it('keeps at most 20', () => {
    for (let i = 0; i < 25; i++) remember('u', 'votes', `v${i}`)
    expect(remembered('u', 'votes')).toHaveLength(20)
    expect(remembered('u', 'votes')[0]).toBe('v24')
  })
  it('survives what another tab wrote badly', () => {
    localStorage.setItem('zhiping.expert.votes.u', '{not json')
    expect(remembered('u', 'votes')).toEqual([])
    remember('u', 'votes', 'v1')
    expect(remembered('u', 'votes')).toEqual(['v1'])
  })
  it('removes the group ids and scored applications earlier builds kept, for that user only', () => {
    localStorage.setItem('zhiping.expert.groups.u', '["g1"]')
    localStorage.setItem('zhiping.expert.scored.u', '{"g1":["a1"]}')
    localStorage.setItem('zhiping.expert.groups.other', '["g2"]')
    remember('u', 'votes', 'v1')
    forgetGroupMemory('u')
    expect(localStorage.getItem('zhiping.expert.groups.u')).toBeNull()
    expect(localStorage.getItem('zhiping.expert.scored.u')).toBeNull()
    expect(localStorage.getItem('zhiping.expert.groups.other')).toBe('["g2"]')
    expect(remembered('u', 'votes')).toEqual(['v1'])
  })
})
