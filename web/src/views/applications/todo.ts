// 待办 of the unit (用人单位), the reviewing departments and the applicant, from real API
// answers, each item with its deadline (working days left) and a link to where it is done.
// Spliced into TODO_SOURCES (views/workspace/todo/sources.ts).
import type { TodoItem, TodoSource } from '@/views/workspace/todo/sources'
import { getApplication, listApplications, type ApplicationSummary } from '@/api/applications'
import { listObjections } from '@/api/objections'
import { useSession } from '@/stores/session'
import { today } from '@/lib/dates'
import { levelName } from '@/lib/labels'
import { queueState, STAGE_NAMES, lateRuleApplies } from '@/views/reviews/stages'
import { publicityState, unitCoverage } from '@/views/unit/coverage'
import * as ref_ from './reference'

const what = (a: ApplicationSummary) => `${a.series} · ${a.specialty} · ${levelName(a.target_level)}`
const detail = (id: string) => ({ name: 'application-detail', params: { id } })

async function context() {
  await ref_.serverToday()
  const [rounds, apps] = await Promise.all([ref_.rounds(), listApplications()])
  return { rounds, apps, round: (id: string) => rounds.find((r) => r.id === id) }
}

export const ROLE_TODO_SOURCES: TodoSource[] = [
  {
    id: 'unit-drafts',
    title: '待提交的申报（草稿、退回补正）',
    roles: ['unit_hr'],
    async load() {
      const { apps, round } = await context()
      const items: TodoItem[] = []
      for (const a of apps) {
        const r = round(a.round_id)
        if (a.status === 'draft' && r && r.application_deadline >= today.value)
          items.push({ key: a.id, title: a.person_name, detail: `${what(a)} · 草稿：签订诚信承诺书后提交（R-APP-WINDOW）`, deadline: r.application_deadline, status: a.status, to: detail(a.id) })
        if (a.status === 'returned')
          items.push({ key: a.id, title: a.person_name, detail: `${what(a)} · 退回补正：须在联审截止前重新提交（R-APP-LATE）`, deadline: r?.joint_review_deadline, status: a.status, to: detail(a.id) })
      }
      return items
    },
  },
  {
    id: 'unit-publicity',
    title: '待单位公示或推荐',
    roles: ['unit_hr'],
    async load() {
      const { apps, round } = await context()
      const unitId = useSession().user?.org_id ?? ''
      const cov = await unitCoverage(unitId)
      const items: TodoItem[] = []
      for (const a of apps.filter((x) => x.status === 'submitted')) {
        const pubs = cov.byApplication.get(a.id) ?? []
        const ended = pubs.some((p) => publicityState(p, today.value) === 'ended')
        const running = pubs.find((p) => publicityState(p, today.value) !== 'ended')
        const text = ended ? '单位公示期满：可推荐' : running ? `单位公示中（${running.start_date} 至 ${running.end_date}）` : '待单位公示（5 个工作日）'
        items.push({
          key: a.id,
          title: a.person_name,
          detail: `${what(a)} · ${text}`,
          deadline: running ? running.end_date : round(a.round_id)?.application_deadline,
          status: a.status,
          to: { name: 'unit-publicity' },
        })
      }
      return items
    },
  },
  {
    id: 'unit-objections',
    title: '待处理的异议',
    roles: ['unit_hr'],
    async load() {
      const [objs, apps] = await Promise.all([listObjections(), listApplications()])
      return objs
        .filter((o) => !o.resolved && o.status === 'registered')
        .map((o) => ({
          key: o.id,
          title: `${apps.find((a) => a.id === o.application_id)?.person_name ?? ''}：${o.name} 于 ${o.received_on} 提出的实名异议`,
          detail: `${o.content.slice(0, 60)} · 须核查并书面答复（R-OBJ-HANDLE）`,
          status: o.status,
          to: { name: 'unit-publicity' },
        }))
    },
  },
  {
    id: 'dept-reviews',
    title: '待本部门审核的申报',
    roles: ['dept_reviewer'],
    async load() {
      const { apps, round } = await context()
      const [orgs, committees] = await Promise.all([ref_.orgs(), ref_.committees()])
      const session = useSession()
      const reviewer = { roles: session.roles as string[], org_id: session.user?.org_id }
      const items: TodoItem[] = []
      for (const s of apps.filter((a) => a.status === 'recommended')) {
        const a = await getApplication(s.id)
        const r = round(a.round_id)
        const host = committees.find((c) => c.id === r?.committee_id)?.host_org_id ?? null
        const st = queueState(a, reviewer, host, orgs)
        if (st.kind !== 'mine') continue
        items.push({
          key: a.id,
          title: `${a.person_name}（${ref_.orgName(orgs, a.unit_id)}）`,
          detail: `${what(a)} · ${STAGE_NAMES[st.stage]}${lateRuleApplies(st.stage) ? ' · 联审截止前完成，逾期视为未申报（R-APP-LATE）' : ''}`,
          deadline: r?.joint_review_deadline,
          status: a.status,
          to: detail(a.id),
        })
      }
      return items.sort((x, y) => (x.deadline ?? '').localeCompare(y.deadline ?? ''))
    },
  },
  {
    id: 'my-applications',
    title: '我的申报',
    roles: ['applicant'],
    async load() {
      const { apps, round } = await context()
      return apps.map((a) => {
        const r = round(a.round_id)
        const draft = a.status === 'draft'
        return {
          key: a.id,
          title: `${ref_.roundName(r)}：${what(a)}`,
          detail: draft ? '草稿：签订诚信承诺书后提交' : a.status === 'returned' ? '退回补正：请与用人单位联系补正材料' : undefined,
          deadline: draft ? r?.application_deadline : undefined,
          status: a.status,
          to: detail(a.id),
        }
      })
    },
  },
]
