// Workspace pages of the two offices (州职改办 title_office, 评委会工作机构 committee_office)
// and the system administrator (sysadmin). Spliced into workspaceRoutes (workspace.ts).
// meta.roles decides the menu and the guard; confidential pages (rosters, pools, draws,
// ballots — R-COM-CONFIDENTIAL) list only the roles that may see them, so they are absent
// from every other role's menu.
import type { RouteRecordRaw } from 'vue-router'
import { markRaw } from 'vue'
import {
  Calendar,
  Checked,
  Collection,
  DataAnalysis,
  Document,
  Lock,
  Medal,
  MagicStick,
  Monitor,
  OfficeBuilding,
  Postcard,
  Setting,
  Tickets,
  Timer,
  User,
  UserFilled,
  View,
  WarnTriangleFilled,
} from '@element-plus/icons-vue'
import type { Role } from '@/lib/labels'

const OFFICES: Role[] = ['title_office', 'committee_office']
const icon = (c: object) => markRaw(c)

export const officeRoutes: RouteRecordRaw[] = [
  // 工作台
  {
    path: 'dashboard',
    name: 'office-dashboard',
    component: () => import('@/views/dashboard/Dashboard.vue'),
    meta: { title: '统计分析', group: '工作台', roles: ['title_office'], icon: icon(DataAnalysis), order: 1 },
  },
  // 评委会
  {
    path: 'committees',
    name: 'office-committees',
    component: () => import('@/views/committees/Committees.vue'),
    meta: { title: '评委会管理', group: '评委会', roles: OFFICES, icon: icon(OfficeBuilding), order: 1 },
  },
  {
    path: 'committees/roster',
    name: 'office-roster',
    component: () => import('@/views/committees/Roster.vue'),
    meta: { title: '委员名单', group: '评委会', roles: OFFICES, icon: icon(Lock), order: 2 },
  },
  // 专家库
  {
    path: 'pools',
    name: 'office-pool',
    component: () => import('@/views/pools/Pool.vue'),
    meta: { title: '专家库', group: '专家库', roles: OFFICES, icon: icon(UserFilled), order: 1 },
  },
  // 评审
  {
    path: 'rounds',
    name: 'office-rounds',
    component: () => import('@/views/rounds/Rounds.vue'),
    meta: { title: '评审日程', group: '评审', roles: OFFICES, icon: icon(Calendar), order: 1 },
  },
  {
    path: 'rounds/:id',
    name: 'office-round',
    component: () => import('@/views/rounds/RoundDetail.vue'),
    props: true,
    meta: { title: '评审轮次', roles: [...OFFICES, 'supervisor'] },
  },
  {
    path: 'draws',
    name: 'office-draws',
    component: () => import('@/views/draws/Draws.vue'),
    meta: { title: '随机抽取', group: '评审', roles: OFFICES, icon: icon(MagicStick), order: 2 },
  },
  {
    path: 'evaluation/defense',
    name: 'office-defense',
    component: () => import('@/views/evaluation/Defense.vue'),
    meta: { title: '答辩与评分', group: '评审', roles: ['committee_office'], icon: icon(Tickets), order: 3 },
  },
  {
    path: 'evaluation/meeting',
    name: 'office-meeting',
    component: () => import('@/views/evaluation/Meeting.vue'),
    meta: { title: '评审会议', group: '评审', roles: ['committee_office'], icon: icon(Timer), order: 4 },
  },
  {
    path: 'evaluation/votes',
    name: 'office-votes',
    component: () => import('@/views/evaluation/Votes.vue'),
    meta: { title: '无记名投票', group: '评审', roles: ['committee_office'], icon: icon(Checked), order: 5 },
  },
  // 公示与异议
  {
    path: 'evaluation/publicity',
    name: 'office-publicity',
    component: () => import('@/views/evaluation/Publicity.vue'),
    meta: { title: '评审结果公示', group: '公示与异议', roles: ['committee_office'], icon: icon(View), order: 1 },
  },
  // 文件与证书
  {
    path: 'documents',
    name: 'office-documents',
    component: () => import('@/views/documents/Documents.vue'),
    meta: { title: '资格文件', group: '文件与证书', roles: ['title_office'], icon: icon(Document), order: 1 },
  },
  {
    path: 'certificates',
    name: 'office-certificates',
    component: () => import('@/views/certificates/Certificates.vue'),
    meta: { title: '证书申领', group: '文件与证书', roles: OFFICES, icon: icon(Medal), order: 2 },
  },
  // 监督
  {
    path: 'supervision/blacklist',
    name: 'office-blacklist',
    component: () => import('@/views/supervision/Blacklist.vue'),
    meta: { title: '失信黑名单', group: '监督', roles: ['title_office'], icon: icon(WarnTriangleFilled), order: 1 },
  },
  {
    path: 'supervision/overview',
    name: 'office-supervision',
    component: () => import('@/views/supervision/Overview.vue'),
    meta: { title: '监督概览', group: '监督', roles: ['title_office'], icon: icon(Monitor), order: 2 },
  },
  // 系统管理
  {
    path: 'platform/users',
    name: 'platform-users',
    component: () => import('@/views/platform/Users.vue'),
    meta: { title: '用户管理', group: '系统管理', roles: ['sysadmin'], icon: icon(User), order: 1 },
  },
  {
    path: 'platform/orgs',
    name: 'platform-orgs',
    component: () => import('@/views/platform/Orgs.vue'),
    meta: { title: '机构', group: '系统管理', roles: ['sysadmin', 'title_office'], icon: icon(Collection), order: 2 },
  },
  {
    path: 'platform/calendar',
    name: 'platform-calendar',
    component: () => import('@/views/platform/HolidayCalendar.vue'),
    meta: { title: '节假日日历', group: '系统管理', roles: ['sysadmin'], icon: icon(Postcard), order: 3 },
  },
  {
    path: 'platform/parameters',
    name: 'platform-parameters',
    component: () => import('@/views/platform/Parameters.vue'),
    meta: { title: '系统参数', group: '系统管理', roles: ['sysadmin', 'title_office'], icon: icon(Setting), order: 4 },
  },
]
