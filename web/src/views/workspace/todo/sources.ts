// What each role's 待办 (home) lists. A source asks the API for what waits for the
// signed-in user and answers items; the Todo page shows the sources whose roles match.
// Add a source when a workspace page can act on something: give the item a `to` route.
// Only real API answers here — nothing invented.
import type { RouteLocationRaw } from 'vue-router'
import type { Role } from '@/lib/labels'
import { listRounds, roundMilestones } from '@/api/rounds'
import { listObjections } from '@/api/objections'
import { today } from '@/lib/dates'
import { OFFICE_TODO_SOURCES } from '@/views/rounds/todo'
import { ROLE_TODO_SOURCES } from '@/views/applications/todo'
import { PANEL_TODO_SOURCES } from '@/views/supervisor/todo'

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
    id: 'objections',
    title: '待处理的异议',
    roles: ['title_office'],
    async load() {
      return (await listObjections())
        .filter((o) => !o.resolved && o.status === 'registered')
        .map((o) => ({ key: o.id, title: `${o.name} 于 ${o.received_on} 提出的异议`, detail: o.content.slice(0, 80), status: o.status }))
    },
  },
  ...OFFICE_TODO_SOURCES,
  ...ROLE_TODO_SOURCES,
  ...PANEL_TODO_SOURCES,
]
