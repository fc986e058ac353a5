// Starts the real zhiping binary for the e2e suite: `serve --port 0 --data <tmp> --demo
// --dev-clock`, cwd = the repository root (the binary serves web/dist from there), and
// reads stdout until "listening on http://127.0.0.1:PORT" (with a deadline).
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
export const ADMIN_PASSWORD = 'Zp-Bootstrap#2026'
export const DEMO_PASSWORD = 'Demo#Zhiping2026'

export async function startServer({ demo = true, devClock = true, timeoutMs = 120_000 } = {}) {
  const bin = process.env.ZHIPING_BIN || path.join(REPO, 'build', 'zhiping')
  if (!existsSync(bin)) throw new Error(`zhiping binary not found: ${bin} (set ZHIPING_BIN)`)
  if (!existsSync(path.join(REPO, 'web', 'dist', 'index.html'))) throw new Error('web/dist is missing: run `make web` first')
  const data = mkdtempSync(path.join(tmpdir(), 'zhiping-e2e-'))
  const args = ['serve', '--port', '0', '--data', data, '--threads', '2']
  if (demo) args.push('--demo')
  if (devClock) args.push('--dev-clock')
  const proc = spawn(bin, args, {
    // ZHIPING_E2E_CWD: run the binary elsewhere (its ./web/dist then serves another build).
    cwd: process.env.ZHIPING_E2E_CWD || REPO,
    env: { ...process.env, ZHIPING_ADMIN_PASSWORD: ADMIN_PASSWORD },
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

  return { base, api, login, stop, stderr: () => stderr }
}
