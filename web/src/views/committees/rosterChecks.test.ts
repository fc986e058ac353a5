import { describe, expect, it } from 'vitest'
import type { Person } from '@/api/persons'
import { ageRange, compositionChecks, memberView, relevantQualification, yearsBetween, type CommitteeFacts, type MemberView } from './rosterChecks'

const senior: CommitteeFacts = { level: 'senior', series: '卫生', specialties: ['临床医学', '护理'], evaluates: ['deputy_senior'] }
const inter: CommitteeFacts = { level: 'intermediate', series: '卫生', specialties: [], evaluates: ['intermediate'] }

function member(i: number, o: Partial<MemberView> & { level?: string } = {}): MemberView {
  return {
    person_id: `p${i}`,
    role: o.role ?? 'member',
    professional: o.professional ?? true,
    qualification: o.qualification ?? { series: '卫生', specialty: '临床医学', level: o.level ?? 'deputy_senior', obtained_on: '2015-01-01', scope: 'province', how: 'review' },
    born: o.born ?? '1965-06-01',
    level_since: 'level_since' in o ? (o.level_since ?? null) : '2016-01-01',
  }
}
function roster(n: number, f: (i: number) => Partial<MemberView> & { level?: string } = () => ({})): MemberView[] {
  return Array.from({ length: n }, (_, i) => member(i, { role: i === 0 ? 'chair' : i === 1 ? 'vice_chair' : 'member', ...f(i) }))
}
const byKey = (checks: ReturnType<typeof compositionChecks>) => Object.fromEntries(checks.map((c) => [c.key, c]))
const on = '2026-11-20'

describe('compositionChecks', () => {
  it('a senior roster of 19 with chair, vice-chair and senior titles passes size, officers and titles', () => {
    const c = byKey(compositionChecks(senior, roster(19), { on, previous: null }))
    expect(c.size.state).toBe('ok')
    expect(c.size.text).toContain('19 人（高评会 19–25 人）')
    expect(c.officers.state).toBe('ok')
    expect(c.title.state).toBe('ok')
    expect(c.tenure.state).toBe('ok')
    expect(c.rotation.state).toBe('info')
  })

  it('sizes at the bounds (以上含本数): 18 and 26 fail for a senior committee, 15 and 21 pass for an intermediate one', () => {
    expect(byKey(compositionChecks(senior, roster(18), { on, previous: null })).size.state).toBe('fail')
    expect(byKey(compositionChecks(senior, roster(26), { on, previous: null })).size.state).toBe('fail')
    expect(byKey(compositionChecks(inter, roster(15), { on, previous: null })).size.state).toBe('ok')
    expect(byKey(compositionChecks(inter, roster(21), { on, previous: null })).size.state).toBe('ok')
    expect(byKey(compositionChecks(inter, roster(14), { on, previous: null })).size.state).toBe('fail')
  })

  it('officers: an intermediate committee has exactly one vice-chair; one officer must be professional', () => {
    const twoVices = roster(15, (i) => (i === 2 ? { role: 'vice_chair' } : {}))
    expect(byKey(compositionChecks(inter, twoVices, { on, previous: null })).officers.state).toBe('fail')
    expect(byKey(compositionChecks(senior, roster(19, (i) => (i === 2 ? { role: 'vice_chair' } : {})), { on, previous: null })).officers.state).toBe('ok')
    const lay = roster(19, (i) => (i < 2 ? { professional: false } : {}))
    const o = byKey(compositionChecks(senior, lay, { on, previous: null })).officers
    expect(o.state).toBe('fail')
    expect(o.text).toContain('专业技术人员')
  })

  it('titles: a senior member without a senior title in the specialties fails; intermediate needs half senior', () => {
    const one = roster(19, (i) => (i === 5 ? { level: 'intermediate' } : {}))
    expect(byKey(compositionChecks(senior, one, { on, previous: null })).title.text).toBe('1 人不具有本评委会专业的高级职称')
    const other = roster(19, (i) => (i === 6 ? { qualification: { series: '卫生', specialty: '药学', level: 'deputy_senior', obtained_on: '2015-01-01', scope: 'province', how: 'review' } } : {}))
    expect(byKey(compositionChecks(senior, other, { on, previous: null })).title.state).toBe('fail')
    // 15 members, 7 senior → 7/15 < 1/2 fails; 8 senior passes.
    const seven = roster(15, (i) => ({ level: i < 7 ? 'deputy_senior' : 'intermediate' }))
    const eight = roster(15, (i) => ({ level: i < 8 ? 'deputy_senior' : 'intermediate' }))
    expect(byKey(compositionChecks(inter, seven, { on, previous: null })).title.state).toBe('fail')
    expect(byKey(compositionChecks(inter, eight, { on, previous: null })).title.state).toBe('ok')
  })

  it('young share (senior, advisory): ≤ 55 on the date, at least one third, else a warning', () => {
    // 19 members: 7 young (7·3 = 21 ≥ 19) ok; 6 young (18 < 19) warn.
    const young = (k: number) => roster(19, (i) => ({ born: i < k ? '1975-01-01' : '1960-01-01' }))
    expect(byKey(compositionChecks(senior, young(7), { on, previous: null })).young.state).toBe('ok')
    expect(byKey(compositionChecks(senior, young(6), { on, previous: null })).young.state).toBe('warn')
    expect(byKey(compositionChecks(inter, young(0).slice(0, 15), { on, previous: null })).young).toBeUndefined()
  })

  it('young share on the birth month (roles not shown the day): the birth month itself is undecided', () => {
    // on 2026-11-20: born 1970-11 is 55 or 56; 1970-12 is 55; 1970-10 is 56.
    const months = (young: number, unsure: number) =>
      roster(19, (i) => ({ born: i < young ? '1970-12' : i < young + unsure ? '1970-11' : '1970-10' }))
    const ok = byKey(compositionChecks(senior, months(7, 0), { on, previous: null })).young
    expect(ok.state).toBe('ok')
    expect(ok.text).toContain('55 周岁以下 7 人')
    // 6 certain + 1 undecided: the share hangs on the day → no verdict here, the server's counts.
    const open = byKey(compositionChecks(senior, months(6, 1), { on, previous: null })).young
    expect(open.state).toBe('info')
    expect(open.text).toContain('另 1 人本月满 56 周岁')
    expect(open.text).toContain('以保存时服务器的判定为准')
    // 5 certain + 1 undecided: short even if the undecided one is 55.
    expect(byKey(compositionChecks(senior, months(5, 1), { on, previous: null })).young.state).toBe('warn')
    // 7 certain + undecided ones: enough whatever their day.
    expect(byKey(compositionChecks(senior, months(7, 3), { on, previous: null })).young.state).toBe('ok')
  })

  it('rotation: new members between 30% and 60% of the new roster (19 → 6 to 11)', () => {
    const r = roster(19)
    const prevWith = (fresh: number) => r.slice(fresh).map((m) => m.person_id)
    const st = (fresh: number) => byKey(compositionChecks(senior, r, { on, previous: prevWith(fresh) })).rotation
    expect(st(5).state).toBe('fail')
    expect(st(6).state).toBe('ok')
    expect(st(11).state).toBe('ok')
    expect(st(12).state).toBe('fail')
    expect(st(6).text).toContain('新任 6 人')
    expect(st(6).text).toContain('6–11 人')
  })

  it('tenure: level held at least 2 full years on the date, by appointment', () => {
    const r = roster(19, (i) => (i === 3 ? { level_since: '2024-11-21' } : i === 4 ? { level_since: null } : {}))
    const t = byKey(compositionChecks(senior, r, { on, previous: null })).tenure
    expect(t.state).toBe('fail')
    expect(t.text).toContain('2 人')
    expect(byKey(compositionChecks(senior, roster(19, () => ({ level_since: '2024-11-20' })), { on, previous: null })).tenure.state).toBe('ok')
  })
})

describe('memberView and relevantQualification', () => {
  const p = {
    id: 'x',
    birth_date: '1970-03-04',
    qualifications: [
      { series: '工程', specialty: '土木', level: 'full_senior', obtained_on: '2010-01-01', scope: 'province', how: 'review' },
      { series: '卫生', specialty: '护理', level: 'intermediate', obtained_on: '2012-01-01', scope: 'province', how: 'review' },
      { series: '卫生', specialty: '药学', level: 'deputy_senior', obtained_on: '2018-01-01', scope: 'province', how: 'review' },
    ],
    appointments: [
      { level: 'deputy_senior', appointed_on: '2019-05-01' },
      { level: 'deputy_senior', appointed_on: '2018-07-01' },
    ],
  } as unknown as Person
  it('prefers the committee’s series and specialty over a higher title elsewhere, as the server does', () => {
    expect(relevantQualification(p, senior)?.specialty).toBe('护理')
    expect(relevantQualification(p, { ...senior, specialties: [] })?.specialty).toBe('药学')
  })
  it('takes the first appointment to that level', () => {
    expect(memberView(p, { ...senior, specialties: [] }, 'member', true).level_since).toBe('2018-07-01')
  })
  it('takes the birth month when the role is not shown the date', () => {
    const masked = { ...p, birth_date: undefined, birth_month: '1970-03' } as unknown as Person
    expect(memberView(masked, senior, 'member', true).born).toBe('1970-03')
    expect(memberView(p, senior, 'member', true).born).toBe('1970-03-04')
  })
  it('ages from a year-month: one age outside the birth month, two within it', () => {
    expect(ageRange('1970-11', '2026-10-31')).toEqual([55, 55])
    expect(ageRange('1970-11', '2026-11-20')).toEqual([55, 56])
    expect(ageRange('1970-11', '2026-12-01')).toEqual([56, 56])
    expect(ageRange('1970-11-21', '2026-11-20')).toEqual([55, 55])
  })
  it('counts full years', () => {
    expect(yearsBetween('1970-11-21', '2026-11-20')).toBe(55)
    expect(yearsBetween('1970-11-20', '2026-11-20')).toBe(56)
  })
})
