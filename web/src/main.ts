import { createApp } from 'vue'
import { createPinia } from 'pinia'
import ElementPlus from 'element-plus'
import 'element-plus/dist/index.css'
import App from './App.vue'
import { router } from './router'
import { i18n } from './i18n'
import { onUnauthorized } from './api/http'
import { useSession } from './stores/session'
import { syncServerToday } from './lib/dates'
import './styles/main.css'

const app = createApp(App)
const pinia = createPinia()
app.use(pinia)
app.use(i18n)
app.use(router)
app.use(ElementPlus)

// A 401 while signed in: the session expired (or was ended elsewhere) → back to login.
onUnauthorized(() => {
  const session = useSession(pinia)
  const current = router.currentRoute.value
  session.expire(i18n.global.t('login.expired'))
  if (current.matched.some((r) => r.meta.auth)) {
    void router.replace({ name: 'login', query: { redirect: current.fullPath } })
  }
})

// Dates left and past/coming marks follow the server's day (its clock may be set for
// training), not the browser's.
void syncServerToday()

app.mount('#app')
