// The one HTTP client every API module uses.
//
// - Same-origin requests under /api/v1 with the HttpOnly session cookie
//   (credentials: 'same-origin'); the bearer token from POST /session is never stored.
// - Every POST/PUT/PATCH/DELETE carries `X-CSRF-Token` (the token from the session
//   answer, kept in memory by setCsrfToken()); the server answers 403 csrf_failed without it.
// - Non-2xx answers become an ApiError carrying the server's
//   {"error":{code,message,violations,warnings}} so <RuleErrors> can show every rule.
// - A 401 on any request except the login itself calls the handler installed with
//   onUnauthorized() (the session store sends the user back to the login page).

export interface Violation {
  rule: string
  section: string
  message: string
}

export interface ErrorBody {
  code: string
  message: string
  violations?: Violation[]
  warnings?: Violation[]
}

export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly violations: Violation[]
  readonly warnings: Violation[]
  /** Seconds from a Retry-After header (429), when the server sent one. */
  readonly retryAfter?: number

  constructor(status: number, body: ErrorBody, retryAfter?: number) {
    super(body.message)
    this.name = 'ApiError'
    this.status = status
    this.code = body.code
    this.violations = body.violations ?? []
    this.warnings = body.warnings ?? []
    this.retryAfter = retryAfter
  }
}

export const API_BASE = '/api/v1'

let csrfToken: string | null = null
let unauthorizedHandler: ((err: ApiError) => void) | null = null

export function setCsrfToken(token: string | null): void {
  csrfToken = token
}

export function onUnauthorized(handler: ((err: ApiError) => void) | null): void {
  unauthorizedHandler = handler
}

export type Query = Record<string, string | number | boolean | null | undefined>

export interface RequestOptions {
  query?: Query
  body?: unknown
  signal?: AbortSignal
  /** Do not call the 401 handler (the login form handles its own 401). */
  skipAuthRedirect?: boolean
}

export function buildUrl(path: string, query?: Query): string {
  const url = path.startsWith('/api/') ? path : API_BASE + path
  if (!query) return url
  const qs = new URLSearchParams()
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') continue
    qs.set(k, String(v))
  }
  const s = qs.toString()
  return s ? `${url}?${s}` : url
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

function networkError(e: unknown): ApiError {
  const aborted = e instanceof DOMException && e.name === 'AbortError'
  return new ApiError(0, {
    code: aborted ? 'aborted' : 'network',
    message: aborted ? '请求已取消' : '无法连接服务器，请检查网络后重试',
  })
}

async function errorFrom(res: Response): Promise<ApiError> {
  let body: ErrorBody | undefined
  try {
    const j = await res.json()
    if (j && typeof j === 'object' && j.error && typeof j.error.message === 'string') body = j.error
  } catch {
    /* not JSON */
  }
  if (!body) body = { code: `http_${res.status}`, message: `服务器返回错误（HTTP ${res.status}）` }
  const ra = res.headers.get('Retry-After')
  const retryAfter = ra && /^\d+$/.test(ra) ? Number(ra) : undefined
  return new ApiError(res.status, body, retryAfter)
}

async function send(method: string, path: string, opts: RequestOptions, accept: string): Promise<Response> {
  const headers: Record<string, string> = { Accept: accept }
  let body: BodyInit | undefined
  if (opts.body !== undefined) {
    headers['Content-Type'] = 'application/json'
    body = JSON.stringify(opts.body)
  }
  if (UNSAFE.has(method) && csrfToken) headers['X-CSRF-Token'] = csrfToken
  let res: Response
  try {
    res = await fetch(buildUrl(path, opts.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: opts.signal,
    })
  } catch (e) {
    throw networkError(e)
  }
  if (!res.ok) {
    const err = await errorFrom(res)
    if (res.status === 401 && !opts.skipAuthRedirect && unauthorizedHandler) unauthorizedHandler(err)
    throw err
  }
  return res
}

/** JSON request; resolves to the parsed body (undefined for 204). */
export async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  const res = await send(method, path, opts, 'application/json')
  if (res.status === 204) return undefined as T
  const text = await res.text()
  return (text ? JSON.parse(text) : undefined) as T
}

export const get = <T>(path: string, query?: Query, signal?: AbortSignal) =>
  request<T>('GET', path, { query, signal })
export const post = <T>(path: string, body?: unknown) => request<T>('POST', path, { body })
export const put = <T>(path: string, body?: unknown) => request<T>('PUT', path, { body })
export const patch = <T>(path: string, body?: unknown) => request<T>('PATCH', path, { body })
export const del = <T>(path: string) => request<T>('DELETE', path)

/** Fetches a file (xlsx, pdf) and hands it to the browser as a download. */
export async function download(path: string, filename: string, query?: Query): Promise<void> {
  const res = await send('GET', path, { query }, '*/*')
  const blob = await res.blob()
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = filename
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** Normalises anything thrown into an ApiError, so views can always show it. */
export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e
  const message = e instanceof Error ? e.message : String(e)
  return new ApiError(0, { code: 'client', message: message || '未知错误' })
}
