// Starts the real zhiping binary for the e2e suite: `serve --port 0 --data <tmp> --demo
// --dev-clock --web <repo>/web/dist`, cwd = the repository root, and reads stdout until
// "listening on http://127.0.0.1:PORT" (with a deadline).
//
// The day: the demo builds its rounds around the server's start day, and what a day can
// show depends on the official calendar (README, "start day"). So that the suite does not
// depend on the real date, the server runs under Debian's libfaketime (scripts/deps.sh)
// from DAY 10:00 China time, the clock moving on from there; DAY = ZHIPING_E2E_DAY or
// 2026-12-02 (every demo stage shows). ZHIPING_E2E_DAY=real runs at the real date.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, existsSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
export const ADMIN_PASSWORD = 'Zp-Bootstrap#2026'
export const DEMO_PASSWORD = 'Demo#Zhiping2026'

export const DEFAULT_DAY = '2026-12-02'

function faketimeLib() {
  for (const d of readdirSync('/usr/lib')) {
    const f = path.join('/usr/lib', d, 'faketime', 'libfaketime.so.1')
    if (existsSync(f)) return f
  }
  return null
}

export async function startServer({ demo = true, devClock = true, timeoutMs = 120_000, day = process.env.ZHIPING_E2E_DAY || DEFAULT_DAY } = {}) {
  const bin = process.env.ZHIPING_BIN || path.join(REPO, 'build', 'zhiping')
  if (!existsSync(bin)) throw new Error(`zhiping binary not found: ${bin} (set ZHIPING_BIN)`)
  // ZHIPING_E2E_WEB: another build of the front end (default: this checkout's web/dist).
  const web = process.env.ZHIPING_E2E_WEB || path.join(REPO, 'web', 'dist')
  if (!existsSync(path.join(web, 'index.html'))) throw new Error(`${web}/index.html is missing: run \`make web\` first`)
  const data = mkdtempSync(path.join(tmpdir(), 'zhiping-e2e-'))
  const args = ['serve', '--port', '0', '--data', data, '--threads', '2']
  if (demo) args.push('--demo')
  if (devClock) args.push('--dev-clock')
  args.push('--web', web)
  const env = { ...process.env, ZHIPING_ADMIN_PASSWORD: ADMIN_PASSWORD }
  let now = null // the server's start instant when faked (for the browser's clock)
  if (day && day !== 'real') {
    const lib = faketimeLib()
    if (!lib) throw new Error('libfaketime not found: scripts/deps.sh installs faketime (or set ZHIPING_E2E_DAY=real)')
    Object.assign(env, { LD_PRELOAD: lib, FAKETIME: `@${day} 02:00:00`, FAKETIME_DONT_FAKE_MONOTONIC: '1', TZ: 'UTC' })
    now = new Date(`${day}T10:00:00+08:00`)
  }
  const proc = spawn(bin, args, {
    cwd: REPO,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stderr = ''
  proc.stderr.on('data', (d) => {
    stderr += d
    if (stderr.length > 200_000) stderr = stderr.slice(-100_000)
  })
  const base = await new Promise((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => {
      proc.kill('SIGKILL')
      reject(new Error(`server did not print its address within ${timeoutMs} ms\n${out}\n${stderr}`))
    }, timeoutMs)
    proc.stdout.on('data', (d) => {
      out += d
      const m = out.match(/listening on (http:\/\/127\.0\.0\.1:\d+)/)
      if (m) {
        clearTimeout(timer)
        resolve(m[1])
      }
    })
    proc.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`server exited (${code}) before listening\n${out}\n${stderr}`))
    })
  })
  proc.stdout.resume()

  async function api(method, p, { body, token, headers = {} } = {}) {
    const h = { ...headers }
    if (body !== undefined) h['Content-Type'] = 'application/json'
    if (token) h.Authorization = `Bearer ${token}`
    const res = await fetch(base + p, { method, headers: h, body: body === undefined ? undefined : JSON.stringify(body) })
    const text = await res.text()
    let json = null
    try {
      json = text ? JSON.parse(text) : null
    } catch {
      /* not JSON */
    }
    return { status: res.status, json, text, headers: res.headers }
  }

  async function login(username, password = DEMO_PASSWORD) {
    const r = await api('POST', '/api/v1/session', { body: { username, password } })
    if (r.status !== 200) throw new Error(`login ${username}: ${r.status} ${r.text}`)
    return r.json.token
  }

  async function stop() {
    if (proc.exitCode === null) {
      proc.kill('SIGTERM')
      await new Promise((r) => {
        const t = setTimeout(() => {
          proc.kill('SIGKILL')
          r()
        }, 15_000)
        proc.on('exit', () => {
          clearTimeout(t)
          r()
        })
      })
    }
    rmSync(data, { recursive: true, force: true })
  }

  return { base, api, login, stop, stderr: () => stderr, day: now ? day : null, now }
}
