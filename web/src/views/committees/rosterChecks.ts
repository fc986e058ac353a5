// The composition of a committee's roster while the office edits it (§一(三)(四)): size and
// officers, titles, the share of middle-aged and young experts, tenure, and rotation
// against last year's roster. This is a live view of the numbers for the editor; the
// server checks the same rules when the roster is saved and its answer (violations,
// warnings) is what counts — shown beside the save button.
import type { Person, Qualification } from '@/api/persons'
import type { RosterRole } from '@/api/committees'

export const LEVEL_RANK: Record<string, number> = { junior: 1, assistant: 2, intermediate: 3, deputy_senior: 4, full_senior: 5 }

export interface CommitteeFacts {
  level: 'senior' | 'intermediate'
  series: string
  specialties: string[]
  evaluates: string[]
}

export interface MemberView {
  person_id: string
  role: RosterRole
  professional: boolean
  /** The qualification that counts for this committee (series, then specialty, then level). */
  qualification: Qualification | null
  /**
   * Date of birth as the role is shown it: YYYY-MM-DD for the title office (and sysadmin),
   * YYYY-MM (birth_month) for every other role, which the server no longer gives the day.
   */
  born: string | null
  /** First appointment to the qualification's level (YYYY-MM-DD), if recorded. */
  level_since: string | null
}

/** The qualification that counts for the committee, as the server picks it (src/app/rosters.cc). */
export function relevantQualification(p: Pick<Person, 'qualifications'>, c: CommitteeFacts): Qualification | null {
  let best: Qualification | null = null
  let bestScore = -1
  for (const q of p.qualifications ?? []) {
    const r = LEVEL_RANK[q.level]
    if (!r) continue
    let score = r
    if (q.series === c.series) {
      score += 10
      if (c.specialties.length === 0 || c.specialties.includes(q.specialty)) score += 10
    }
    if (score > bestScore) {
      bestScore = score
      best = q
    }
  }
  return best
}

export function memberView(p: Person, c: CommitteeFacts, role: RosterRole, professional: boolean): MemberView {
  const q = relevantQualification(p, c)
  let since: string | null = null
  if (q) for (const a of p.appointments ?? []) if (a.level === q.level && (!since || a.appointed_on < since)) since = a.appointed_on
  return { person_id: p.id, role, professional, qualification: q, born: p.birth_date ?? p.birth_month ?? null, level_since: since }
}

/**
 * Age in full years on `on` (YYYY-MM-DD) of someone born on `born`: a date gives one age; a
 * year-month gives one age except in the birth month itself, where the birthday may or may
 * not have passed: then [age − 1, age].
 */
export function ageRange(born: string, on: string): [number, number] {
  if (/^\d{4}-\d{2}-\d{2}$/.test(born)) {
    const a = yearsBetween(born, on)
    return [a, a]
  }
  const [by, bm] = born.split('-').map(Number)
  const [ty, tm] = on.split('-').map(Number)
  const y = ty - by
  if (tm > bm) return [y, y]
  if (tm < bm) return [y - 1, y - 1]
  return [y - 1, y]
}

/** Full years between two YYYY-MM-DD dates (age on a date). */
export function yearsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number)
  const [ty, tm, td] = to.split('-').map(Number)
  let y = ty - fy
  if (tm < fm || (tm === fm && td < fd)) y--
  return y
}

export type CheckState = 'ok' | 'fail' | 'warn' | 'info'
export interface CompositionCheck {
  key: string
  rule: string
  section: string
  label: string
  state: CheckState
  text: string
}

export interface CompositionOptions {
  /** The date the composition is judged on (the meeting date, else today). */
  on: string
  /** Last year's roster (person ids), or null when there was none. */
  previous: string[] | null
  /** Upper age of 中青年 experts (policy parameter; the notice's default reading is 55). */
  youngAge?: number
}

const pct = (n: number, d: number) => (d ? `${Math.round((n * 1000) / d) / 10}%` : '—')

export function compositionChecks(c: CommitteeFacts, members: MemberView[], o: CompositionOptions): CompositionCheck[] {
  const senior = c.level === 'senior'
  const n = members.length
  const out: CompositionCheck[] = []

  // R-COM-SIZE: size
  const [lo, hi] = senior ? [19, 25] : [15, 21]
  out.push({
    key: 'size',
    rule: 'R-COM-SIZE',
    section: '§一(三)',
    label: '委员人数',
    state: n >= lo && n <= hi ? 'ok' : 'fail',
    text: `${n} 人（${senior ? '高评会' : '中评会'} ${lo}–${hi} 人）`,
  })

  // R-COM-SIZE: officers
  const chairs = members.filter((m) => m.role === 'chair')
  const vices = members.filter((m) => m.role === 'vice_chair')
  const [vlo, vhi] = senior ? [1, 2] : [1, 1]
  const officersOk = chairs.length === 1 && vices.length >= vlo && vices.length <= vhi
  const professionalOfficer = [...chairs, ...vices].some((m) => m.professional)
  out.push({
    key: 'officers',
    rule: 'R-COM-SIZE',
    section: '§一(三)',
    label: '主任、副主任委员',
    state: officersOk && professionalOfficer ? 'ok' : 'fail',
    text:
      `主任委员 ${chairs.length} 人、副主任委员 ${vices.length} 人（应为 1 人、${vlo === vhi ? `${vlo}` : `${vlo}–${vhi}`} 人）` +
      (chairs.length + vices.length > 0 && !professionalOfficer ? '；其中应至少 1 人为专业技术人员' : ''),
  })

  // R-COM-MEMBER-TITLE
  const needFull = senior && c.evaluates.includes('full_senior')
  const minRank = senior ? (needFull ? 5 : 4) : 3
  const inSeries = (m: MemberView) =>
    !!m.qualification &&
    m.qualification.series === c.series &&
    (c.specialties.length === 0 || c.specialties.includes(m.qualification.specialty))
  const lacking = members.filter((m) => !inSeries(m) || (LEVEL_RANK[m.qualification!.level] ?? 0) < minRank)
  const seniorHolders = members.filter((m) => inSeries(m) && (LEVEL_RANK[m.qualification!.level] ?? 0) >= 4).length
  if (senior) {
    out.push({
      key: 'title',
      rule: 'R-COM-MEMBER-TITLE',
      section: '§一(三)',
      label: '职称',
      state: lacking.length === 0 ? 'ok' : 'fail',
      text: lacking.length === 0 ? `均具有本评委会专业的${needFull ? '正高级' : '高级'}职称` : `${lacking.length} 人不具有本评委会专业的${needFull ? '正高级' : '高级'}职称`,
    })
  } else {
    const halfOk = 2 * seniorHolders >= n
    out.push({
      key: 'title',
      rule: 'R-COM-MEMBER-TITLE',
      section: '§一(三)',
      label: '职称',
      state: lacking.length === 0 && halfOk ? 'ok' : 'fail',
      text:
        (lacking.length ? `${lacking.length} 人不具有本评委会专业的中级以上职称；` : '') +
        `具有高级职称 ${seniorHolders} 人，占 ${pct(seniorHolders, n)}（应不少于二分之一）`,
    })
  }

  // R-COM-MEMBER-TENURE: held the level ≥ 2 years
  const short = members.filter((m) => !m.level_since || yearsBetween(m.level_since, o.on) < 2)
  out.push({
    key: 'tenure',
    rule: 'R-COM-MEMBER-TENURE',
    section: '§一(三)',
    label: '任职年限',
    state: short.length === 0 ? 'ok' : 'fail',
    text: short.length === 0 ? '均受聘现职称满 2 年' : `${short.length} 人受聘现职称不满 2 年或无聘任记录`,
  })

  // R-COM-YOUNG (senior, advisory 「一般」). Roles shown only the birth month cannot tell the
  // age of a member whose birthday falls in the judging month: those are counted apart, and
  // when they decide the share the server's verdict on saving (its warning) is what counts.
  if (senior) {
    const age = o.youngAge ?? 55
    let young = 0
    let unsure = 0
    let unknown = 0
    for (const m of members) {
      if (!m.born) {
        unknown++
        continue
      }
      const [lo, hi] = ageRange(m.born, o.on)
      if (hi <= age) young++
      else if (lo <= age) unsure++
    }
    const decided = 3 * young >= n || 3 * (young + unsure + unknown) < n
    const extra = [
      unsure ? `另 ${unsure} 人本月满 ${age + 1} 周岁、是否已满视出生日而定` : '',
      unknown ? `${unknown} 人出生年月未知` : '',
    ].filter(Boolean)
    out.push({
      key: 'young',
      rule: 'R-COM-YOUNG',
      section: '§一(三)',
      label: '中青年专家',
      state: n === 0 ? 'info' : 3 * young >= n ? 'ok' : decided ? 'warn' : 'info',
      text:
        `${age} 周岁以下 ${young} 人，占 ${pct(young, n)}（一般不少于三分之一）` +
        (extra.length ? `；${extra.join('，')}` : '') +
        (n > 0 && !decided ? '；以保存时服务器的判定为准' : ''),
    })
  }

  // R-COM-ROTATION against last year's roster
  if (o.previous === null) {
    out.push({ key: 'rotation', rule: 'R-COM-ROTATION', section: '§一(四)', label: '年度轮换', state: 'info', text: '上年度无委员名单，不作轮换比较' })
  } else {
    const prev = new Set(o.previous)
    const fresh = members.filter((m) => !prev.has(m.person_id)).length
    const ok = n > 0 && 10 * fresh >= 3 * n && 10 * fresh <= 6 * n
    const lo3 = Math.ceil((3 * n) / 10)
    const hi6 = Math.floor((6 * n) / 10)
    out.push({
      key: 'rotation',
      rule: 'R-COM-ROTATION',
      section: '§一(四)',
      label: '年度轮换',
      state: ok ? 'ok' : 'fail',
      text: `新任 ${fresh} 人，占 ${pct(fresh, n)}（应为 30%–60%，即 ${lo3}–${hi6} 人）`,
    })
  }
  return out
}
