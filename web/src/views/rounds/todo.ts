// 待办 of the two offices (Todo.vue shows the sources of todo/sources.ts; these join them).
// Each item is what waits for this office now, from the API's own lists, with its deadline
// (working days left, red when ≤ 2) and the page that acts on it.
import type { TodoItem, TodoSource } from '@/views/workspace/todo/sources'
import { listRounds, type Round } from '@/api/rounds'
import { listCommittees } from '@/api/committees'
import { getRoster } from '@/api/committees'
import { listApplications } from '@/api/applications'
import { listPool } from '@/api/pools'
import { listDraws } from '@/api/draws'
import { listPublicities, listPublicDocuments } from '@/api/public'
import { ApiError } from '@/api/http'
import { useSession } from '@/stores/session'
import { levelName } from '@/lib/labels'
import { ensureServerToday } from './serverToday'

const notFoundAsNull = <T>(p: Promise<T>): Promise<T | null> =>
  p.catch((e) => (e instanceof ApiError && e.status === 404 ? null : Promise.reject(e)))

const byDeadline = (a: TodoItem, b: TodoItem) => ((a.deadline ?? '9') < (b.deadline ?? '9') ? -1 : (a.deadline ?? '9') > (b.deadline ?? '9') ? 1 : 0)

/** Rounds still running: the meeting is today or later, or its documents are not issued yet. */
function live(rounds: Round[], t: string): Round[] {
  return rounds.filter((r) => r.year >= Number(t.slice(0, 4)) - 1)
}

export const OFFICE_TODO_SOURCES: TodoSource[] = [
  {
    id: 'title-office',
    title: '州职改办待办',
    roles: ['title_office'],
    async load() {
      const t = await ensureServerToday()
      const [committees, rounds, apps, pubs, docs] = await Promise.all([
        listCommittees(),
        listRounds(),
        listApplications(),
        listPublicities(),
        listPublicDocuments(),
      ])
      const items: TodoItem[] = []
      for (const c of committees)
        if (c.status === 'active' && !c.filed_on)
          items.push({ key: `file:${c.id}`, title: `登记评委会备案：${c.name}`, detail: '向省职改办备案后登记备案日期和文号', to: { name: 'office-committees' } })
      const roundById = new Map(rounds.map((r) => [r.id, r]))
      const waiting = new Map<string, number>()
      for (const a of apps) if (a.status === 'recommended') waiting.set(a.round_id, (waiting.get(a.round_id) ?? 0) + 1)
      for (const [rid, n] of waiting) {
        const r = roundById.get(rid)
        if (!r) continue
        items.push({
          key: `joint:${rid}`,
          title: `联审：${r.committee_name ?? r.series} ${r.year} 年度 ${n} 人待审核`,
          detail: '主管部门或县(市)审核后，由评委会组建单位会同州职改办联审',
          deadline: r.joint_review_deadline,
          to: { name: 'office-round', params: { id: rid } },
        })
      }
      const issued = new Set(docs.map((d) => d.round_id))
      for (const p of pubs) {
        if (p.stage !== 'committee' || issued.has(p.round_id)) continue
        const r = roundById.get(p.round_id)
        if (p.end_date < t)
          items.push({
            key: `doc:${p.round_id}`,
            title: `印发资格文件：${r ? `${r.committee_name ?? r.series} ${r.year} 年度` : p.unit}`,
            detail: `评审结果公示已于 ${p.end_date} 期满；无未处理异议即可印发`,
            to: { name: 'office-documents', query: { committee: r?.committee_id, round: p.round_id } },
          })
        else
          items.push({
            key: `pub:${p.id}`,
            title: `评审结果公示中：${r ? `${r.committee_name ?? r.series} ${r.year} 年度` : p.unit}（${p.count} 人）`,
            detail: '期满且无未处理异议后印发资格文件',
            deadline: p.end_date,
            status: 'running',
          })
      }
      return items.sort(byDeadline)
    },
  },
  {
    id: 'committee-office',
    title: '评委会工作机构待办',
    roles: ['committee_office'],
    async load() {
      const t = await ensureServerToday()
      const committeeId = useSession().user?.committee_id
      if (!committeeId) return []
      const [rounds, pool] = await Promise.all([listRounds({ committee_id: committeeId }), listPool(committeeId)])
      const items: TodoItem[] = []
      const inIntake = pool.filter((e) => e.status !== 'admitted' && e.status !== 'removed').length
      if (inIntake)
        items.push({ key: 'intake', title: `专家入库程序待办理：${inIntake} 人`, detail: '单位推荐、主管部门政审、系统内公示、州职改办备案、入库', to: { name: 'office-pool' } })
      for (const r of live(rounds, t)) {
        const q = { committee: committeeId, round: r.id }
        const [draws, roster, apps, pubs] = await Promise.all([
          listDraws(r.id),
          notFoundAsNull(getRoster(committeeId, r.year)),
          listApplications({ round_id: r.id }),
          listPublicities({ round_id: r.id }),
        ])
        const meetingDrawn = draws.some((d) => d.purpose === 'meeting')
        if (!meetingDrawn && r.draw_window.to >= t)
          items.push({
            key: `draw:${r.id}`,
            title: `随机抽取评审会议委员（${r.year} 年度）`,
            detail: `抽取期 ${r.draw_window.from} 至 ${r.draw_window.to}；抽取承诺须在 ${r.draw_window.from} 之前提交，并待纪检监督提交随机贡献`,
            deadline: r.draw_window.to,
            to: { name: 'office-draws', query: q },
          })
        if (roster && !roster.rotation_report && r.rotation_report_window.to >= t)
          items.push({
            key: `rotation:${r.id}`,
            title: `报送评审专家调整情况（${r.year} 年度）`,
            detail: `会前 5 个工作日内：${r.rotation_report_window.from} 至 ${r.rotation_report_window.to}`,
            deadline: r.rotation_report_window.to,
            to: { name: 'office-roster', query: { committee: committeeId } },
          })
        const reviewed = apps.filter((a) => a.status === 'reviewed')
        if (reviewed.length && r.meeting_date >= t)
          items.push({
            key: `meeting:${r.id}`,
            title: `评审会议：${reviewed.length} 人待评审（${r.year} 年度）`,
            detail: reviewed.slice(0, 6).map((a) => `${a.person_name}（${a.specialty}${levelName(a.target_level)}）`).join('、'),
            deadline: r.meeting_date,
            to: { name: 'office-meeting', query: q },
          })
        const passed = apps.filter((a) => a.status === 'passed').length
        if (passed && !pubs.some((p) => p.stage === 'committee'))
          items.push({ key: `publicity:${r.id}`, title: `发布评审结果公示：${passed} 人通过（${r.year} 年度）`, to: { name: 'office-publicity', query: q } })
      }
      return items.sort(byDeadline)
    },
  },
]
