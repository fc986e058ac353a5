// Workspace pages of the unit (用人单位 unit_hr), the reviewing departments (主管部门 / 县市职改
// dept_reviewer) and the applicant (申报人). Spliced into workspaceRoutes (workspace.ts).
// meta.roles decides the menu and the guard. The application page (:id) is open to every
// role the server lets read an application (GET /applications/{id} is scoped by the server);
// its actions follow the role.
import type { RouteRecordRaw } from 'vue-router'
import { markRaw } from 'vue'
import { Checked, Document, DocumentChecked, Files, Medal, User, View, Warning } from '@element-plus/icons-vue'
import type { Role } from '@/lib/labels'

const icon = (c: object) => markRaw(c)
const READERS: Role[] = ['unit_hr', 'dept_reviewer', 'applicant', 'title_office', 'committee_office', 'supervisor', 'sysadmin']

export const roleRoutes: RouteRecordRaw[] = [
  // 申报 — 用人单位
  {
    path: 'unit/persons',
    name: 'unit-persons',
    component: () => import('@/views/persons/Persons.vue'),
    meta: { title: '本单位人员', group: '申报', roles: ['unit_hr'], icon: icon(User), order: 1 },
  },
  {
    path: 'applications',
    name: 'unit-applications',
    component: () => import('@/views/applications/Applications.vue'),
    meta: { title: '申报管理', group: '申报', roles: ['unit_hr'], icon: icon(Document), order: 2 },
  },
  {
    path: 'applications/:id',
    name: 'application-detail',
    component: () => import('@/views/applications/ApplicationDetail.vue'),
    meta: { title: '申报详情', roles: READERS },
  },
  // 申报 — 申报人
  {
    path: 'my/applications',
    name: 'my-applications',
    component: () => import('@/views/applicant/MyApplications.vue'),
    meta: { title: '我的申报', group: '申报', roles: ['applicant'], icon: icon(Document), order: 1 },
  },
  {
    path: 'my/self-check',
    name: 'my-self-check',
    component: () => import('@/views/applicant/SelfCheck.vue'),
    meta: { title: '申报条件自测', group: '申报', roles: ['applicant'], icon: icon(DocumentChecked), order: 2 },
  },
  {
    path: 'my/access-log',
    name: 'my-access-log',
    component: () => import('@/views/applicant/AccessLog.vue'),
    meta: { title: '谁查看过我的信息', group: '申报', roles: ['applicant'], icon: icon(View), order: 3 },
  },
  // 评审 — 主管部门 / 县市职改
  {
    path: 'reviews',
    name: 'review-queue',
    component: () => import('@/views/reviews/ReviewQueue.vue'),
    meta: { title: '申报审核', group: '评审', roles: ['dept_reviewer'], icon: icon(Checked), order: 1 },
  },
  // 公示与异议 — 用人单位
  {
    path: 'unit/publicity',
    name: 'unit-publicity',
    component: () => import('@/views/unit/UnitPublicity.vue'),
    meta: { title: '单位公示与异议', group: '公示与异议', roles: ['unit_hr'], icon: icon(Warning), order: 1 },
  },
  // 文件与证书 — 用人单位
  {
    path: 'unit/certificates',
    name: 'unit-certificates',
    component: () => import('@/views/unit/UnitCertificates.vue'),
    meta: { title: '证书申领与交接', group: '文件与证书', roles: ['unit_hr'], icon: icon(Medal), order: 1 },
  },
  {
    path: 'unit/rosters',
    name: 'unit-rosters',
    component: () => import('@/views/unit/CertificateRosters.vue'),
    meta: { title: '考核定职 / 以考代评', group: '文件与证书', roles: ['unit_hr'], icon: icon(Files), order: 2 },
  },
]
