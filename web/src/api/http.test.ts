import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError, buildUrl, onUnauthorized, post, request, setCsrfToken } from './http'

function answer(status: number, body: unknown, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } })
}

afterEach(() => {
  vi.unstubAllGlobals()
  setCsrfToken(null)
  onUnauthorized(null)
})

describe('http client', () => {
  it('builds /api/v1 URLs and drops empty query values', () => {
    expect(buildUrl('/rounds', { year: 2026, committee_id: '', x: undefined })).toBe('/api/v1/rounds?year=2026')
  })
  it('sends X-CSRF-Token on writes only, with the cookie (same-origin)', async () => {
    const calls: RequestInit[] = []
    vi.stubGlobal('fetch', async (_u: string, init: RequestInit) => (calls.push(init), answer(200, { ok: true })))
    setCsrfToken('tok-1')
    await request('GET', '/session')
    await post('/objections', { a: 1 })
    expect((calls[0].headers as Record<string, string>)['X-CSRF-Token']).toBeUndefined()
    expect((calls[1].headers as Record<string, string>)['X-CSRF-Token']).toBe('tok-1')
    expect(calls[1].credentials).toBe('same-origin')
    expect(calls[1].body).toBe('{"a":1}')
  })
  it('turns the error shape into an ApiError with every violation and Retry-After', async () => {
    vi.stubGlobal('fetch', async () =>
      answer(429, { error: { code: 'too_many_requests', message: '登录失败次数过多', violations: [] } }, { 'Retry-After': '900' }),
    )
    const e = (await request('POST', '/session', { skipAuthRedirect: true }).catch((x) => x)) as ApiError
    expect(e).toBeInstanceOf(ApiError)
    expect([e.status, e.code, e.message, e.retryAfter]).toEqual([429, 'too_many_requests', '登录失败次数过多', 900])
  })
  it('calls the 401 handler (session expired) except for the login itself', async () => {
    vi.stubGlobal('fetch', async () => answer(401, { error: { code: 'unauthenticated', message: '未登录', violations: [] } }))
    let called = 0
    onUnauthorized(() => called++)
    await request('GET', '/rounds').catch(() => undefined)
    await request('POST', '/session', { skipAuthRedirect: true }).catch(() => undefined)
    expect(called).toBe(1)
  })
  it('a network failure is a Chinese message, not an exception text', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch')
    })
    const e = (await request('GET', '/rounds').catch((x) => x)) as ApiError
    expect(e.message).toBe('无法连接服务器，请检查网络后重试')
  })
})
