// What each role's 待办 (home) lists. A source asks the API for what waits for the
// signed-in user and answers items; the Todo page shows the sources whose roles match.
// Add a source when a workspace page can act on something: give the item a `to` route.
// Only real API answers here — nothing invented.
import type { RouteLocationRaw } from 'vue-router'
import type { Role } from '@/lib/labels'
import { levelName } from '@/lib/labels'
import { listRounds, roundMilestones } from '@/api/rounds'
import { listApplications } from '@/api/applications'
import { listObjections } from '@/api/objections'
import { today } from '@/lib/dates'
import { OFFICE_TODO_SOURCES } from '@/views/rounds/todo'

export interface TodoItem {
  key: string
  title: string
  detail?: string
  /** A deadline (YYYY-MM-DD): shown with its working days left, red when ≤ 2. */
  deadline?: string
  /** Status code for <StatusTag>. */
  status?: string
  to?: RouteLocationRaw
}

export interface TodoSource {
  id: string
  title: string
  roles: Role[]
  load: () => Promise<TodoItem[]>
}

const ALL: Role[] = ['sysadmin', 'title_office', 'committee_office', 'unit_hr', 'dept_reviewer', 'expert', 'applicant', 'supervisor']

export const TODO_SOURCES: TodoSource[] = [
  {
    id: 'deadlines',
    title: '评审时限',
    roles: ALL,
    async load() {
      const rounds = await listRounds()
      const t = today.value
      const items: TodoItem[] = []
      for (const r of rounds) {
        for (const m of roundMilestones(r)) {
          const last = m.end ?? m.date
          if (last < t) continue
          items.push({
            key: `${r.id}:${m.title}`,
            title: `${m.title}`,
            detail: `${r.committee_name ?? r.series} ${r.year} 年度${m.end ? ` · ${m.date} 至 ${m.end}` : ''}`,
            deadline: last,
          })
        }
      }
      return items.sort((a, b) => (a.deadline! < b.deadline! ? -1 : a.deadline! > b.deadline! ? 1 : 0))
    },
  },
  {
    id: 'applications-unit',
    title: '待单位推荐的申报',
    roles: ['unit_hr'],
    async load() {
      return (await listApplications())
        .filter((a) => a.status === 'submitted')
        .map((a) => ({ key: a.id, title: a.person_name, detail: `${a.series} ${a.specialty} ${levelName(a.target_level)}`, status: a.status }))
    },
  },
  {
    id: 'applications-review',
    title: '待审核的申报',
    roles: ['dept_reviewer'],
    async load() {
      return (await listApplications())
        .filter((a) => a.status === 'recommended' || a.status === 'dept_reviewed')
        .map((a) => ({ key: a.id, title: a.person_name, detail: `${a.series} ${a.specialty} ${levelName(a.target_level)}`, status: a.status }))
    },
  },
  {
    id: 'applications-own',
    title: '我的申报',
    roles: ['applicant'],
    async load() {
      return (await listApplications()).map((a) => ({
        key: a.id,
        title: `${a.series} ${a.specialty} ${levelName(a.target_level)}`,
        detail: a.status === 'draft' ? '草稿：签订诚信承诺书后提交' : undefined,
        status: a.status,
      }))
    },
  },
  {
    id: 'objections',
    title: '待处理的异议',
    roles: ['title_office', 'unit_hr'],
    async load() {
      return (await listObjections())
        .filter((o) => !o.resolved && o.status === 'registered')
        .map((o) => ({ key: o.id, title: `${o.name} 于 ${o.received_on} 提出的异议`, detail: o.content.slice(0, 80), status: o.status }))
    },
  },
  ...OFFICE_TODO_SOURCES,
]
