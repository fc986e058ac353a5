// Accessibility check of the page as it is now, with axe-core (npm, injected through the
// DevTools protocol, so the page's CSP does not apply to it). Answers the violations of the
// given impacts as readable lines ("rule (impact): help — selectors"), [] when none.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

// `skip`: axe rule ids not run (say why where a suite skips one).
export async function axeViolations(page, { impacts = ['serious', 'critical'], exclude = [], skip = [] } = {}) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE)
  const violations = await page.evaluate(
    async ({ exclude, skip }) => {
      const rules = Object.fromEntries(skip.map((id) => [id, { enabled: false }]))
      const context = exclude.length ? { exclude: exclude.map((s) => [s]) } : document
      const r = await window.axe.run(context, { resultTypes: ['violations'], rules })
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 4).map((n) => n.target.join(' ')) }))
    },
    { exclude, skip },
  )
  return violations.filter((v) => impacts.includes(v.impact)).map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.targets.join('; ')}`)
}
