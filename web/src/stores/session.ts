// The signed-in user (pinia). Holds the CSRF token in memory only; the session itself is
// the HttpOnly cookie. `notice` carries a one-shot message for the login page
// (expired session, signed out).
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import * as api from '@/api/session'
import { ApiError, setCsrfToken } from '@/api/http'
import type { Role } from '@/lib/labels'

export const useSession = defineStore('session', () => {
  const user = ref<api.SessionUser | null>(null)
  const loaded = ref(false)
  const notice = ref<string | null>(null)

  const roles = computed<Role[]>(() => user.value?.roles ?? [])
  const hasRole = (...rs: Role[]) => rs.some((r) => roles.value.includes(r))

  function accept(a: api.SessionAnswer) {
    user.value = a.user
    setCsrfToken(a.csrf_token ?? null)
    loaded.value = true
  }

  function clear() {
    user.value = null
    setCsrfToken(null)
    loaded.value = true
  }

  /** Loads the session once (or again with force); a 401 means "not signed in". */
  async function ensure(force = false): Promise<api.SessionUser | null> {
    if (loaded.value && !force) return user.value
    try {
      accept(await api.current())
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) clear()
      else throw e
    }
    return user.value
  }

  async function login(username: string, password: string) {
    const a = await api.login(username, password)
    accept(a)
    if (!a.csrf_token) await ensure(true) // older servers: the token comes with GET /session
    notice.value = null
    return user.value
  }

  async function logout() {
    try {
      await api.logout()
    } finally {
      clear()
    }
  }

  /** Called by the HTTP client on a 401 while signed in. */
  function expire(message: string) {
    if (user.value) notice.value = message
    clear()
  }

  return { user, loaded, notice, roles, hasRole, ensure, login, logout, expire, clear }
})
