import { describe, expect, it } from 'vitest'
import type { RouteRecordRaw } from 'vue-router'
import { buildMenu } from './menu'

const C = { template: '<div/>' }
const routes: RouteRecordRaw[] = [
  { path: 'todo', component: C, meta: { title: '待办', group: '工作台', order: 0 } },
  { path: 'users', component: C, meta: { title: '用户', group: '系统管理', roles: ['sysadmin'] } },
  { path: 'pool', component: C, meta: { title: '专家库', group: '专家库', roles: ['committee_office', 'title_office'] } },
  { path: 'rounds', component: C, meta: { title: '评审轮次', group: '评审', roles: ['title_office'], order: 2 } },
  { path: 'committees', component: C, meta: { title: '评委会', group: '评审', roles: ['title_office'], order: 1 } },
  { path: 'rounds/:id', component: C, meta: { title: '详情', group: '评审' } },
]

describe('buildMenu', () => {
  it('shows only the pages a role may open, in group then page order', () => {
    const m = buildMenu(routes, ['title_office'])
    expect(m.map((g) => [g.title, g.items.map((i) => i.title)])).toEqual([
      ['工作台', ['待办']],
      ['专家库', ['专家库']],
      ['评审', ['评委会', '评审轮次']],
    ])
    expect(m[2].items[0].path).toBe('/workspace/committees')
  })
  it('leaves pages of other roles out entirely (not disabled)', () => {
    const m = buildMenu(routes, ['applicant'])
    expect(m.flatMap((g) => g.items.map((i) => i.title))).toEqual(['待办'])
  })
})
