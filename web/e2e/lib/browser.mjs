// Debian's chromium driven by playwright-core (no downloaded browser), headless,
// 1366×768 by default; screenshots go to build/test-output/e2e/<name>.png.
import { chromium } from 'playwright-core'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { REPO } from './server.mjs'

export const SHOTS = process.env.ZHIPING_E2E_OUTPUT || path.join(REPO, 'build', 'test-output', 'e2e')

export async function launch() {
  // No --user-data-dir here: playwright refuses it in launch() and passes its own,
  // a new temporary profile (tmpdir/playwright_chromiumdev_profile-*) removed on close.
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  mkdirSync(SHOTS, { recursive: true })
  return {
    browser,
    async close() {
      await browser.close()
    },
  }
}

/**
 * A fresh context (own cookies) and page. `now`: the browser's clock (Date) is set to that
 * instant — the server's faked start — so the page and the server agree on the day.
 */
export async function newPage(browser, base, { phone = false, now = null } = {}) {
  const context = await browser.newContext(
    phone
      ? { baseURL: base, viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' }
      : { baseURL: base, viewport: { width: 1366, height: 768 }, locale: 'zh-CN' },
  )
  context.setDefaultTimeout(Number(process.env.ZHIPING_E2E_TIMEOUT || 30_000))
  if (now) await context.clock.setFixedTime(now)
  const page = await context.newPage()
  const problems = []
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`))
  // Uncaught errors and CSP refusals are defects; failed requests (a 401 of GET /session
  // when not signed in, a 404 of an unknown serial) are expected answers.
  page.on('console', (m) => {
    if (m.type() === 'error' && /Refused to|Content Security Policy|Uncaught/.test(m.text())) problems.push(`console: ${m.text()}`)
  })
  return { context, page, problems }
}

export async function shot(page, name, { fullPage = true } = {}) {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage })
}
