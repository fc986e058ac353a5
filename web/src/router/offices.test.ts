// The offices' confidential pages (R-COM-CONFIDENTIAL: rosters, pools, draws, ballots and the
// meeting) are in the menu of the roles that may see them and absent from every other's.
import { describe, expect, it } from 'vitest'
import type { Role } from '@/lib/labels'
import { buildMenu } from './menu'
import { officeRoutes } from './offices'

const titles = (roles: Role[]) => buildMenu(officeRoutes, roles).flatMap((g) => g.items.map((i) => i.title))
const CONFIDENTIAL = ['委员名单', '专家库', '随机抽取', '无记名投票', '评审会议']
const OTHERS: Role[] = ['unit_hr', 'dept_reviewer', 'expert', 'applicant', 'supervisor', 'sysadmin']

describe('office routes in the menu', () => {
  it('the committee office sees its confidential pages and the evaluation pages', () => {
    expect(titles(['committee_office'])).toEqual(expect.arrayContaining([...CONFIDENTIAL, '答辩与评分', '评审结果公示', '证书申领']))
  })
  it('the title office sees rosters, pools and draws, documents, blacklist and the dashboard, not the ballot', () => {
    const t = titles(['title_office'])
    expect(t).toEqual(expect.arrayContaining(['委员名单', '专家库', '随机抽取', '资格文件', '失信黑名单', '监督概览', '统计分析']))
    expect(t).not.toContain('无记名投票')
  })
  it.each(OTHERS)('%s has none of the confidential office pages in its menu', (role) => {
    const t = titles([role])
    for (const c of CONFIDENTIAL) expect(t).not.toContain(c)
  })
  it('the sysadmin has the platform pages only', () => {
    expect(titles(['sysadmin'])).toEqual(['用户管理', '机构', '节假日日历', '系统参数'])
  })
  it('every confidential page is guarded by roles (the guard refuses others)', () => {
    for (const r of officeRoutes.filter((r) => CONFIDENTIAL.includes(r.meta?.title ?? ''))) {
      expect(r.meta?.roles?.length).toBeGreaterThan(0)
      for (const o of OTHERS) expect(r.meta?.roles).not.toContain(o)
    }
  })
})
