// Routes (history mode; the server falls back to index.html for client paths).
//   /                 public portal (PublicLayout, no login, phone-friendly)
//   /verify/:serial   the page a certificate's QR code opens
//   /login            sign-in
//   /workspace/...    signed-in pages (AdminLayout: menu by role, top bar, breadcrumb)
import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import './meta'
import { useSession } from '@/stores/session'
import { workspaceRoutes } from './workspace'

const portal: RouteRecordRaw[] = [
  { path: '', name: 'home', component: () => import('@/views/portal/Home.vue'), meta: { title: '首页' } },
  { path: 'committees', name: 'portal-committees', component: () => import('@/views/portal/Committees.vue'), meta: { title: '评委会名单' } },
  { path: 'publicities', name: 'portal-publicities', component: () => import('@/views/portal/Publicities.vue'), meta: { title: '公示' } },
  { path: 'publicities/:id', name: 'portal-publicity', component: () => import('@/views/portal/PublicityDetail.vue'), meta: { title: '公示详情' }, props: true },
  { path: 'qualifications', name: 'portal-qualifications', component: () => import('@/views/portal/Qualifications.vue'), meta: { title: '资格查询' } },
  { path: 'certificates', name: 'portal-certificates', component: () => import('@/views/portal/CertificateCheck.vue'), meta: { title: '证书查验' } },
  { path: 'void-declarations', name: 'portal-voids', component: () => import('@/views/portal/VoidDeclarations.vue'), meta: { title: '作废声明' } },
  { path: 'policy', name: 'portal-policy', component: () => import('@/views/portal/Policy.vue'), meta: { title: '政策原文' } },
  { path: 'verify/:serial', name: 'verify', component: () => import('@/views/portal/Verify.vue'), meta: { title: '证书查验' }, props: true },
]

export const routes: RouteRecordRaw[] = [
  { path: '/', component: () => import('@/layouts/PublicLayout.vue'), children: portal, meta: { public: true } },
  { path: '/login', name: 'login', component: () => import('@/views/login/Login.vue'), meta: { title: '登录' } },
  {
    path: '/workspace',
    component: () => import('@/layouts/AdminLayout.vue'),
    meta: { auth: true, title: '工作台' },
    children: [{ path: '', redirect: { name: 'todo' } }, ...workspaceRoutes],
  },
  { path: '/:rest(.*)*', name: 'not-found', component: () => import('@/views/NotFound.vue'), meta: { title: '页面不存在' } },
]

export const router = createRouter({
  history: createWebHistory(),
  routes,
  scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
})

router.beforeEach(async (to) => {
  if (!to.matched.some((r) => r.meta.auth)) return true
  const session = useSession()
  let user
  try {
    user = await session.ensure()
  } catch {
    user = null
  }
  if (!user) return { name: 'login', query: { redirect: to.fullPath } }
  const roles = to.meta.roles
  if (roles && !roles.some((r) => user.roles.includes(r))) return { name: 'todo', query: { forbidden: to.path } }
  return true
})

router.afterEach((to) => {
  document.title = to.meta.title ? `${to.meta.title} - 职称评审管理服务系统` : '职称评审管理服务系统'
})
