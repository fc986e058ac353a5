// Session: sign in, current user, sign out (docs/web.md). The answer's bearer token is
// ignored on purpose: the browser uses the HttpOnly cookie and the CSRF token.
import { request } from './http'
import type { Role } from '@/lib/labels'

export interface SessionUser {
  id: string
  username: string
  name: string
  roles: Role[]
  org_id?: string | null
  org_name?: string | null
  person_id?: string | null
  committee_id?: string | null
}

export interface SessionAnswer {
  user: SessionUser
  csrf_token?: string
}

export function login(username: string, password: string) {
  return request<SessionAnswer & { token?: string }>('POST', '/session', {
    body: { username, password },
    skipAuthRedirect: true,
  })
}

export function current() {
  return request<SessionAnswer>('GET', '/session', { skipAuthRedirect: true })
}

export function logout() {
  return request<void>('DELETE', '/session', { skipAuthRedirect: true })
}
