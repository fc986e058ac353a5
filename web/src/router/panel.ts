// Workspace pages of the evaluation panel's experts (评审专家, expert) and of the discipline
// supervisors (纪检监督, supervisor). Spliced into workspaceRoutes (workspace.ts). Ballot,
// scoring and board pages are confidential (R-COM-CONFIDENTIAL, R-MEET-SECRECY): they list
// only the roles that may open them.
import type { RouteRecordRaw } from 'vue-router'
import { markRaw } from 'vue'
import { Checked, Document, EditPen, Finished, MagicStick, Memo, Tickets } from '@element-plus/icons-vue'

const icon = (c: object) => markRaw(c)

export const panelRoutes: RouteRecordRaw[] = [
  // 评审专家
  {
    path: 'expert/groups',
    name: 'expert-groups',
    component: () => import('@/views/expert/Groups.vue'),
    meta: { title: '答辩评分', group: '评审', roles: ['expert'], icon: icon(EditPen), order: 11 },
  },
  {
    path: 'expert/ballot',
    name: 'expert-ballot',
    component: () => import('@/views/expert/Ballot.vue'),
    meta: { title: '无记名投票', group: '评审', roles: ['expert'], icon: icon(Checked), order: 12 },
  },
  {
    path: 'expert/receipt',
    name: 'expert-receipt',
    component: () => import('@/views/expert/Receipt.vue'),
    meta: { title: '核对回执', group: '评审', roles: ['expert'], icon: icon(Finished), order: 13 },
  },
  // 纪检监督
  {
    path: 'supervisor/audit',
    name: 'supervisor-audit',
    component: () => import('@/views/supervisor/Audit.vue'),
    meta: { title: '审计日志', group: '监督', roles: ['supervisor'], icon: icon(Memo), order: 11 },
  },
  {
    path: 'supervisor/draws',
    name: 'supervisor-draws',
    component: () => import('@/views/supervisor/Draws.vue'),
    meta: { title: '抽取核验', group: '监督', roles: ['supervisor'], icon: icon(MagicStick), order: 12 },
  },
  {
    path: 'supervisor/board',
    name: 'supervisor-board',
    component: () => import('@/views/supervisor/Board.vue'),
    meta: { title: '计票公告板', group: '监督', roles: ['supervisor'], icon: icon(Tickets), order: 13 },
  },
  {
    path: 'supervisor/meetings',
    name: 'supervisor-meetings',
    component: () => import('@/views/supervisor/Meetings.vue'),
    meta: { title: '会议记录', group: '监督', roles: ['supervisor'], icon: icon(Document), order: 14 },
  },
]
