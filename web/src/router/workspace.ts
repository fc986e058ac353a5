// Workspace pages (signed in, admin layout). Add a page here: its meta.roles decides who
// sees it (the menu shows it only to those roles, the guard refuses others), meta.group
// puts it under a menu group of MENU_GROUPS, in meta.order.
import type { RouteRecordRaw } from 'vue-router'
import { markRaw } from 'vue'
import { List } from '@element-plus/icons-vue'
import { officeRoutes } from './offices'
import { roleRoutes } from './roles'
import { panelRoutes } from './panel'

export const MENU_GROUPS = ['工作台', '申报', '评委会', '专家库', '评审', '公示与异议', '文件与证书', '监督', '系统管理'] as const

export const workspaceRoutes: RouteRecordRaw[] = [
  {
    path: 'todo',
    name: 'todo',
    component: () => import('@/views/workspace/Todo.vue'),
    meta: { title: '待办', group: '工作台', icon: markRaw(List), order: 0 },
  },
  ...officeRoutes,
  ...roleRoutes,
  ...panelRoutes,
]
