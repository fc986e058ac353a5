// End-to-end: the unit (用人单位), the competent department (主管部门) and the applicant
// (申报人) do their part of an application in Debian's chromium against the real server.
// The dev clock stands still at fixed days of 2025 (a year with the official calendar) so
// the dates and working days are the same whatever day the suite runs; the title office
// schedules the 工程系列高评会's 2025 round through the API (its page is part 1's), with
// the application window open from 2025-11-03. Then, in the browser:
//   用人单位 (shuiliyuan_hr): registers a person, opens 罗建平's record, imports a CSV (one
//     refused with its row/column report, one written); creates an application with the
//     self-check, signs the pledge, submits; a second one submitted without the pledge is
//     refused with R-APP-PLEDGE shown; starts the unit publicity (5 working days), and
//     after it recommends both (a real-name objection answered with finding and reply in
//     between); a 考核定职 roster, certificate hand-over (to the person
//     before the unit is refused: R-CERT-ONESTOP).
//   主管部门 (shuiwuju, also the committee's host department): the review queue with the
//     joint-review deadline (R-APP-LATE shown before it bites); passes one (dept review,
//     then the joint review) and returns the other with an opinion.
//   申报人 (luojianping = 罗建平): the progress steps showing the return and its opinion,
//     the application as the unit submitted it, the self-check, and who looked at the record.
// One server and one browser for the file; the tests run in order and share the state.
// Every screenshot is also checked with axe-core (lib/axe.mjs).
// Run: npm run test:e2e (needs build/zhiping or ZHIPING_BIN, and web/dist).
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { ADMIN_PASSWORD, DEMO_PASSWORD, startServer } from './lib/server.mjs'
import path from 'node:path'
import { launch, newPage, SHOTS } from './lib/browser.mjs'
import { axeViolations } from './lib/axe.mjs'

const UNIT_HR = 'shuiliyuan_hr'
const REVIEWER = 'shuiwuju'
const APPLICANT = 'luojianping'
const APPLICANT_NAME = '罗建平'
const NEW_PERSON = '石建新'
const GRADUATE = '蒲小禾' // imported, then a 考核定职 certificate

/**
 * A screenshot in the e2e output (transitions finished, so a state just chosen shows), then
 * axe-core on the page as shown: no serious or critical violation. Colour contrast is not
 * checked here: Element Plus's default palette (white on #409eff buttons, grey tags) fails
 * it app-wide — a theme matter of the shell, not of these pages.
 */
async function shot(page, name, { fullPage = true } = {}) {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage, animations: 'disabled' })
  assert.deepEqual(await axeViolations(page, { skip: ['color-contrast'] }), [], `axe-core on ${name}`)
}

let srv
let chrome
let admin
const state = {}

/** An 18-character ID number with its GB 11643 check character (region 622901 临夏市). */
function idNumber(birth, seq) {
  const body = `622901${birth.replaceAll('-', '')}${seq}`
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = [...body].reduce((s, c, i) => s + Number(c) * w[i], 0)
  return body + '10X98765432'[sum % 11]
}

before(async () => {
  srv = await startServer()
  chrome = await launch()
  admin = await srv.login('admin', ADMIN_PASSWORD)
  await setClock('2025-11-03T09:00:00+08:00')
  const office = await srv.login('zhigaiban')
  const committee = (await srv.api('GET', '/api/v1/committees')).json.find((c) => c.name.includes('工程系列高级'))
  assert.ok(committee, 'the demo has the 工程系列高评会')
  const r = await srv.api('POST', '/api/v1/rounds', {
    token: office,
    body: { committee_id: committee.id, year: 2025, notice_date: '2025-11-03', meeting_date: '2025-12-26' },
  })
  assert.equal(r.status, 201, `round: ${r.status} ${r.text}`)
  assert.equal(r.json.application_deadline, '2025-12-01', 'the 20th working day from 2025-11-03')
  assert.equal(r.json.joint_review_deadline, '2025-12-15', '10 working days after the deadline')
  state.round = r.json
  state.roundName = `${committee.name} 2025 年度`
})

after(async () => {
  await chrome?.close()
  await srv?.stop()
})

async function setClock(now) {
  const r = await srv.api('PUT', '/api/v1/admin/clock', { token: admin, body: { now, frozen: true } })
  assert.equal(r.status, 200, `dev clock: ${r.status} ${r.text}`)
}

/** A signed-in page with its own cookies; fails the test on uncaught errors or CSP refusals. */
async function signedIn(t, username, password = DEMO_PASSWORD) {
  const p = await newPage(chrome.browser, srv.base)
  t.after(async () => {
    if (process.env.ZHIPING_E2E_DEBUG) await shot(page, `debug-${t.name.slice(0, 12)}`)
    await p.context.close()
    assert.deepEqual(p.problems, [], 'no uncaught errors or CSP refusals')
  })
  const page = p.page
  await page.goto('/login')
  await page.getByLabel('用户名').fill(username)
  await page.getByLabel('密码', { exact: true }).fill(password)
  await page.getByRole('button', { name: '登录' }).click()
  await page.waitForURL('**/workspace/todo')
  return page
}

/** A label matched whole; a required field's label starts with "*" (Element Plus, generated content). */
const L = (label) => new RegExp(`^(\\*\\s?)?${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)

/** Opens an el-select (inside `root`) by its label and picks options (in its own listbox) by text. */
async function choose(page, root, label, ...options) {
  const box = root.getByRole('combobox', { name: L(label) })
  await box.focus()
  await page.keyboard.press('Enter')
  const list = page.locator(`[id="${await box.getAttribute('aria-controls')}"]`)
  for (const o of options) await list.getByRole('option', { name: o, exact: typeof o === 'string' }).click()
  if (await list.isVisible()) await page.keyboard.press('Escape')
}

/** The left menu: opens the group (a sub-menu) when folded, then clicks the item in it. */
async function nav(page, group, item) {
  const menu = page.getByRole('menubar', { name: '菜单' })
  const link = menu.getByRole('menu').getByRole('menuitem', { name: item, exact: true })
  if (!(await link.isVisible())) await menu.getByRole('menuitem', { name: group, exact: true }).click()
  await link.click()
  await page.getByRole('heading', { name: item, level: 1 }).waitFor()
}

/** Types a date into an el-date-picker and leaves it (the change is taken on blur; Enter would submit the form). */
async function typeDate(root, label, date) {
  const input = root.getByLabel(L(label))
  await input.fill(date)
  await input.press('Tab')
}

/** Types a number into an el-input-number and leaves it (taken on change). */
async function typeNumber(root, label, value) {
  const input = root.getByLabel(L(label))
  await input.fill(String(value))
  await input.press('Tab')
}

/** The table row whose cell holds exactly `name`. */
const rowOf = (root, name) => {
  const page = typeof root.page === 'function' ? root.page() : root
  return root.getByRole('row').filter({ has: page.getByRole('cell', { name, exact: true }) })
}

describe('unit, department and applicant: one application year in the browser', () => {
  test('用人单位: registers a person, opens a record, imports CSV (refused rows reported, then written)', async (t) => {
    const page = await signedIn(t, UNIT_HR)
    await page.getByTestId('todo-unit-drafts').waitFor()
    await shot(page, 'roles-unit-todo')

    await nav(page, '申报', '本单位人员')
    await rowOf(page, APPLICANT_NAME).waitFor()
    await page.getByRole('button', { name: '登记人员' }).click()
    const d = page.getByRole('dialog', { name: '登记人员' })
    await d.getByLabel(L('姓名')).fill(NEW_PERSON)
    await d.getByLabel(L('公民身份号码')).fill(idNumber('1983-05-16', '031'))
    // The ID number fills birth date and sex (GB 11643: 17th digit odd = male).
    await d.getByLabel(L('公民身份号码')).press('Tab')
    assert.equal(await d.getByLabel(L('出生日期')).inputValue(), '1983-05-16')
    assert.ok(await d.getByRole('radio', { name: '男' }).isChecked())
    await d.getByRole('button', { name: '添加学历' }).click()
    await d.getByLabel('学历 1 院校', { exact: true }).fill('河海大学')
    await d.getByLabel('学历 1 专业', { exact: true }).fill('水利水电工程')
    await typeDate(d, '学历 1 毕业日期', '2005-07-01')
    await d.getByRole('button', { name: '添加资格' }).click()
    await choose(page, d, '资格 1 系列', '工程')
    await choose(page, d, '资格 1 专业', '水利水电')
    await typeDate(d, '资格 1 取得日期', '2016-12-01')
    await d.getByRole('button', { name: '添加聘任' }).click()
    await typeDate(d, '聘任 1 日期', '2017-01-01')
    for (const [i, year] of [[1, '2022'], [2, '2023'], [3, '2024']]) {
      await d.getByRole('button', { name: '添加考核' }).click()
      await typeNumber(d, `考核 ${i} 年度`, year)
    }
    await shot(page, 'roles-unit-person-form', { fullPage: false })
    await d.getByRole('button', { name: '登记', exact: true }).click()
    await page.getByText(`已登记 ${NEW_PERSON}`).waitFor()
    await rowOf(page, NEW_PERSON).waitFor()

    // Opening 罗建平's record (the read is logged for him), saving it unchanged with its version.
    await rowOf(page, APPLICANT_NAME).getByRole('button', { name: `修改 ${APPLICANT_NAME}` }).click()
    const e = page.getByRole('dialog', { name: `修改人员：${APPLICANT_NAME}` })
    // Loaded: the unit sees the ID number masked to its prefix and the birth year-month only
    // (docs/security.md), so both are corrections left empty unless retyped.
    await e.getByPlaceholder(/^6229\*{14}$/).waitFor()
    await e.getByLabel(/^更正出生日期（现为 \d{4}-\d{2}，不改则留空）$/).waitFor()
    assert.equal(await e.getByLabel(L('姓名')).inputValue(), APPLICANT_NAME)
    await e.getByRole('button', { name: '保存修改' }).click()
    await page.getByText(`已保存 ${APPLICANT_NAME} 的修改`).waitFor()
    await shot(page, 'roles-unit-persons')

    // Import: a wrong check digit is refused with its row and column, nothing is written.
    const header = '姓名,公民身份号码,性别,出生日期,退休基准\r\n'
    const good = idNumber('2001-03-09', '042')
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0')
    await page.getByRole('button', { name: '批量导入' }).click()
    const imp = page.getByRole('dialog', { name: '批量导入人员' })
    await imp.getByLabel('导入文件').setInputFiles({ name: '人员.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${header}${GRADUATE},${good},女,2001-03-09,55\r\n第二人,${bad},男,2001-03-09,60\r\n`) })
    await imp.getByRole('button', { name: '开始导入' }).click()
    const job = imp.getByTestId('import-job')
    await job.getByText('未导入').waitFor()
    const report = imp.getByTestId('import-errors')
    const line = report.getByRole('row').filter({ hasText: '公民身份号码' })
    await line.first().waitFor()
    assert.match(await line.first().innerText(), /^3\s+公民身份号码/, 'row 3 (the second person), column 公民身份号码')
    assert.equal(await job.getByRole('progressbar', { name: '导入进度' }).getAttribute('aria-valuenow'), '100')
    await shot(page, 'roles-unit-import-refused', { fullPage: false })
    await imp.getByLabel('导入文件').setInputFiles({ name: '人员.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${header}${GRADUATE},${good},女,2001-03-09,55\r\n`) })
    await imp.getByRole('button', { name: '开始导入' }).click()
    await job.getByText('已完成').waitFor()
    await job.getByText('写入 1 人').waitFor()
    await imp.getByRole('button', { name: '关闭', exact: true }).click()
    await page.getByText('已导入 1 人').waitFor()
    await rowOf(page, GRADUATE).waitFor()
  })

  test('用人单位: applications — self-check, pledge, submit; a submission without the pledge is refused (R-APP-PLEDGE)', async (t) => {
    const page = await signedIn(t, UNIT_HR)
    await nav(page, '申报', '申报管理')
    await page.getByRole('button', { name: '新建申报' }).click()
    let d = page.getByRole('dialog', { name: '新建申报' })
    // The only round with an open window is chosen; its deadline is shown with the days left.
    await d.getByText(`${state.roundName}（申报截止 2025-12-01）`, { exact: true }).waitFor()
    await d.getByText('还剩 21 个工作日').waitFor() // 2025-11-03 … 2025-12-01, both counted
    await choose(page, d, '申报人', new RegExp(`^${NEW_PERSON}（`))
    await choose(page, d, '专业', '水利水电')
    await choose(page, d, '申报级别', '副高级')
    await d.getByLabel(L('继续教育情况')).fill('近三年每年完成 90 学时')
    await d.getByRole('button', { name: '添加业绩' }).click()
    await d.getByLabel('业绩 1 名称', { exact: true }).fill('黄河支流防洪工程设计（主持）')
    await typeDate(d, '业绩 1 日期', '2025-06-15')
    await d.getByRole('button', { name: '申报条件自测' }).click()
    const check = d.getByTestId('self-check-result')
    await check.getByText('符合申报条件').waitFor()
    await check.getByRole('row').filter({ hasText: 'R-APP-LEVEL-ORDER' }).getByText('符合', { exact: true }).waitFor()
    await check.getByRole('table').last().scrollIntoViewIfNeeded()
    await shot(page, 'roles-unit-new-application', { fullPage: false })
    await d.getByRole('button', { name: '创建申报' }).click()
    await page.waitForURL(/\/workspace\/applications\/[^/?]+\?created=1$/)
    state.newApp = page.url().match(/applications\/([^/?]+)/)[1]
    await page.getByText('申报已创建（草稿）').waitFor()
    await page.getByTestId('materials').getByText('诚信承诺书').waitFor()

    const actions = page.getByTestId('application-actions')
    await actions.getByText(/^申报人已签署《诚信承诺书》/).click()
    await actions.getByRole('button', { name: '签订诚信承诺书' }).click()
    await actions.getByText('已签订诚信承诺书').waitFor()
    await actions.getByRole('button', { name: '提交申报' }).click()
    await page.getByText('已提交申报').waitFor()
    await page.getByTestId('progress-steps').getByText('待单位公示（5 个工作日）后推荐').waitFor()
    await shot(page, 'roles-unit-application-submitted')

    // 罗建平: created, then submitted without the pledge — refused beside the button.
    await nav(page, '申报', '申报管理')
    await page.getByRole('button', { name: '新建申报' }).click()
    d = page.getByRole('dialog', { name: '新建申报' })
    await choose(page, d, '申报人', new RegExp(`^${APPLICANT_NAME}（`))
    await choose(page, d, '专业', '水利水电')
    await choose(page, d, '申报级别', '副高级')
    await d.getByRole('button', { name: '创建申报' }).click()
    await page.waitForURL(/\?created=1$/)
    state.applicantApp = page.url().match(/applications\/([^/?]+)/)[1]
    const a2 = page.getByTestId('application-actions')
    await a2.getByRole('button', { name: '提交申报' }).click()
    await a2.getByTestId('rule-errors').getByText('R-APP-PLEDGE §五(二), §八(一)：申报人须签订诚信承诺书后方可提交').waitFor()
    await shot(page, 'roles-unit-application-refused')
    await a2.getByText(/^申报人已签署《诚信承诺书》/).click()
    await a2.getByRole('button', { name: '签订诚信承诺书' }).click()
    await a2.getByText('已签订诚信承诺书').waitFor()
    await a2.getByRole('button', { name: '提交申报' }).click()
    await page.getByText('已提交申报').waitFor()

    await nav(page, '申报', '申报管理')
    for (const n of [NEW_PERSON, APPLICANT_NAME]) await rowOf(page, n).filter({ hasText: state.roundName }).getByText('已提交').waitFor()
    await shot(page, 'roles-unit-applications')
  })

  test('用人单位: unit publicity for 5 working days (recommending during it is refused)', async (t) => {
    const page = await signedIn(t, UNIT_HR)
    await nav(page, '公示与异议', '单位公示与异议')
    const form = page.getByRole('region', { name: '发起单位公示' })
    for (const n of [NEW_PERSON, APPLICANT_NAME]) assert.ok(await form.getByRole('checkbox', { name: new RegExp(`^${n}（`) }).isChecked())
    await typeNumber(form, '高级岗位总数', 12)
    await typeNumber(form, '高级岗位空缺数', 2)
    await typeNumber(form, '中级岗位总数', 30)
    await typeNumber(form, '中级岗位空缺数', 4)
    await form.getByRole('button', { name: '发起公示' }).click()
    await form.getByText('公示期 2025-11-03 至 2025-11-07（5 个工作日，R-PUB-DURATION）').waitFor()
    const pubs = page.getByTestId('unit-publicities')
    await pubs.getByText('公示中').waitFor()
    // Recommending during the publicity is refused with its rule.
    const rec = page.getByTestId('to-recommend')
    await rowOf(rec, NEW_PERSON).getByRole('button', { name: `推荐 ${NEW_PERSON}` }).click()
    await rowOf(rec, NEW_PERSON).getByTestId('rule-errors').getByText(/^R-PUB-TWO-STAGE §五\(一\)/).waitFor()
    await shot(page, 'roles-unit-publicity')

    // A real-name objection from the public (the portal's form, here through its API) …
    const pub = (await srv.api('GET', '/api/v1/public/publicities')).json.find((p) => p.stage === 'unit' && p.start_date === '2025-11-03')
    const detail = (await srv.api('GET', `/api/v1/public/publicities/${pub.id}`)).json
    const target = detail.persons.find((p) => p.name === NEW_PERSON)
    const o = await srv.api('POST', `/api/v1/public/publicities/${pub.id}/objections`, {
      body: { application_id: target.application_id, name: '李群众', contact: '13909301234', content: '反映其论文为他人代写' },
    })
    assert.equal(o.status, 201, `objection: ${o.status} ${o.text}`)
    assert.equal(o.json.status, 'registered')
    // … is in the unit's 待办 and answered with a finding and a written reply (R-OBJ-HANDLE).
    await page.getByRole('menubar', { name: '菜单' }).getByRole('menuitem', { name: '待办', exact: true }).click()
    await page.getByTestId('todo-unit-objections').getByText(`${NEW_PERSON}：李群众 于 2025-11-03 提出的实名异议`).waitFor()
    await nav(page, '公示与异议', '单位公示与异议')
    const objs = page.getByTestId('objections')
    await rowOf(objs, '李群众').getByRole('button', { name: '处理 李群众 的异议' }).click()
    const d = page.getByRole('dialog', { name: '处理异议' })
    await d.getByRole('button', { name: '提交处理结果' }).click()
    await d.getByText('请填写核查结论').waitFor()
    await d.getByLabel(L('核查结论')).fill('经单位纪检部门核查，论文系本人独立完成，有原始数据和投稿记录为证')
    await d.getByLabel(L('给异议人的书面回复')).fill('您反映的问题经核查不属实，特此答复')
    await shot(page, 'roles-unit-objection', { fullPage: false })
    await d.getByRole('button', { name: '提交处理结果' }).click()
    await rowOf(objs, '李群众').getByText('经核查不属实', { exact: true }).waitFor()
    await shot(page, 'roles-unit-objection-resolved')
  })

  test('用人单位: after the publicity (2025-11-10), the recommendation', async (t) => {
    // A new day: sessions of the old one have expired (12 hours), so sign in again.
    await setClock('2025-11-10T09:00:00+08:00')
    const page = await signedIn(t, UNIT_HR)
    await nav(page, '公示与异议', '单位公示与异议')
    const pubs = page.getByTestId('unit-publicities')
    const rec = page.getByTestId('to-recommend')
    await pubs.getByText('已结束').waitFor()
    for (const n of [NEW_PERSON, APPLICANT_NAME]) {
      await rowOf(rec, n).getByRole('button', { name: `推荐 ${n}` }).click()
      await page.getByText(`已推荐 ${n}`).waitFor()
    }
    await rec.getByText('暂无').waitFor()
    await shot(page, 'roles-unit-recommended')

    // The unit's record of the recommendation (R-RECORD-ALL): refused while incomplete, every
    // missing item named; then registered.
    await page.goto(`/workspace/applications/${state.newApp}`)
    const records = page.getByRole('region', { name: '推荐过程记录与社会评价' })
    await records.getByRole('button', { name: '单位推荐过程记录' }).click()
    await records.getByRole('button', { name: '登记推荐过程记录' }).click()
    const missing = records.getByTestId('rule-errors')
    await missing.getByText(/^R-RECORD-ALL .*单位推荐记录缺少出席人员$/).waitFor()
    assert.ok((await missing.getByRole('listitem').count()) >= 5, 'each missing item on its own line')
    await records.getByLabel('出席人员（以顿号分隔）').fill('王院长、李书记、张总工、赵主任')
    await records.getByLabel('推荐发言摘要').fill('与会人员一致认为其业绩突出，同意推荐')
    await records.getByLabel('确定公示对象的会议').fill('2025 年 11 月 3 日院务会，确定公示对象 2 人')
    await records.getByLabel('公示时间').fill('2025-11-03 至 2025-11-07')
    await records.getByLabel('公示地点').fill('院公示栏及内网')
    await records.getByLabel('对群众反映的处理情况').fill('收到实名异议 1 件，经核查不属实，已书面答复')
    await records.getByLabel('单位主要负责人签名').fill('王院长')
    await records.getByLabel('记录人签名').fill('刘干事')
    await records.getByRole('button', { name: '登记推荐过程记录' }).click()
    await records.getByText(/^已登记（2025-11-10）；原始材料：黄河支流防洪工程设计（主持）（2025-06-15）$/).waitFor()
    await page.getByRole('list', { name: '经办记录' }).getByText('登记单位推荐过程记录').waitFor()
    await shot(page, 'roles-unit-recommendation-record')
  })

  test('主管部门: the review queue with its deadline; pass one (dept, then joint), return one with an opinion', async (t) => {
    const page = await signedIn(t, REVIEWER)
    await page.getByTestId('todo-dept-reviews').getByText(NEW_PERSON, { exact: false }).waitFor()
    await shot(page, 'roles-dept-todo')
    await nav(page, '评审', '申报审核')
    const q = page.getByTestId('review-queue')
    // R-APP-LATE before it bites: the joint-review deadline and the working days left.
    await page.getByRole('alert').filter({ hasText: 'R-APP-LATE §六(二)' }).getByText('还剩 26 个工作日').waitFor()
    for (const n of [NEW_PERSON, APPLICANT_NAME]) await rowOf(q, n).getByText('待本部门：主管部门复审').waitFor()
    await shot(page, 'roles-dept-queue')

    await rowOf(q, NEW_PERSON).getByRole('button', { name: `审核 ${NEW_PERSON}` }).click()
    let d = page.getByRole('dialog', { name: /^审核：石建新/ })
    await d.getByText('主管部门复审', { exact: true }).waitFor()
    await d.getByLabel(L('审核意见')).fill('材料齐全，业绩真实，同意推荐')
    await shot(page, 'roles-dept-review-dialog', { fullPage: false })
    await d.getByRole('button', { name: '提交审核意见' }).click()
    await d.getByText('已审核通过（主管部门复审）').waitFor()
    await d.getByRole('button', { name: /关闭|Close/ }).first().click()

    // The same department hosts the committee: the joint review comes next.
    await rowOf(q, NEW_PERSON).getByText('待本部门：评委会所在部门联审').waitFor()
    await rowOf(q, NEW_PERSON).getByRole('button', { name: `审核 ${NEW_PERSON}` }).click()
    d = page.getByRole('dialog', { name: /^审核：石建新/ })
    await d.getByText('评委会所在部门联审', { exact: true }).waitFor()
    await d.getByLabel(L('审核意见')).fill('联审通过')
    await d.getByRole('button', { name: '提交审核意见' }).click()
    await d.getByText('已审核通过（评委会所在部门联审）').waitFor()
    await d.getByRole('button', { name: /关闭|Close/ }).first().click()

    await rowOf(q, APPLICANT_NAME).getByRole('button', { name: `审核 ${APPLICANT_NAME}` }).click()
    d = page.getByRole('dialog', { name: /^审核：罗建平/ })
    await d.getByText('退回补正', { exact: true }).click()
    await d.getByLabel(L('审核意见')).fill('缺 2024 年度继续教育学时证明，请补正后重新提交')
    await d.getByRole('button', { name: '提交审核意见' }).click()
    await d.getByText('已退回补正（主管部门复审）').waitFor()
    await d.getByRole('button', { name: /关闭|Close/ }).first().click()
    await q.getByText('暂无待审核的申报').waitFor()

    await page.getByRole('radiogroup', { name: '显示' }).getByText('审核已完成').click()
    await rowOf(q, NEW_PERSON).getByText('审核已完成').waitFor()
    await shot(page, 'roles-dept-queue-done')
    const s = await srv.api('GET', `/api/v1/applications/${state.newApp}`, { token: await srv.login(REVIEWER) })
    assert.equal(s.json.status, 'reviewed')
    assert.deepEqual(s.json.reviews.map((r) => `${r.stage}.${r.decision}`), ['dept.pass', 'joint.pass'])
  })

  test('申报人: progress with the return and its opinion, the application, the self-check, who looked at the record', async (t) => {
    const page = await signedIn(t, APPLICANT)
    await page.getByTestId('todo-my-applications').getByText(state.roundName, { exact: false }).waitFor()
    await shot(page, 'roles-applicant-todo')
    await nav(page, '申报', '我的申报')
    const card = page.getByTestId('my-application').filter({ hasText: state.roundName })
    const steps = card.getByTestId('progress-steps')
    await steps.getByText('退回补正：缺 2024 年度继续教育学时证明，请补正后重新提交').waitFor()
    assert.match(await steps.innerText(), /提交申报\s*已完成\s*2025-11-03/)
    assert.match(await steps.innerText(), /单位公示与推荐\s*已完成\s*2025-11-10\s*单位公示 2025-11-03 至 2025-11-07；已推荐/)
    await shot(page, 'roles-applicant-applications')

    await card.getByRole('link', { name: '查看申报详情' }).click()
    await page.waitForURL(`**/workspace/applications/${state.applicantApp}`)
    await page.getByRole('heading', { name: `${APPLICANT_NAME} 的申报`, level: 1 }).waitFor()
    await page.getByRole('list', { name: '经办记录' }).getByText('主管部门复审退回补正').waitFor()
    await page.getByRole('region', { name: '审核意见' }).getByText('缺 2024 年度继续教育学时证明，请补正后重新提交').waitFor()
    await shot(page, 'roles-applicant-application')

    await nav(page, '申报', '申报条件自测')
    await choose(page, page, '评审批次（可不选）', new RegExp(`^${state.roundName}`))
    await choose(page, page, '专业', '水利水电')
    await choose(page, page, '申报级别', '正高级')
    await page.getByRole('button', { name: '开始自测' }).click()
    const check = page.getByTestId('self-check-result')
    await check.getByText('暂不符合申报条件').waitFor()
    await check.getByRole('row').filter({ hasText: 'R-APP-LEVEL-ORDER' }).getByText('不符合', { exact: true }).waitFor()
    await check.getByRole('row').filter({ hasText: 'R-APP-RETIRE' }).getByText('符合', { exact: true }).waitFor()
    await shot(page, 'roles-applicant-self-check')

    await nav(page, '申报', '谁查看过我的信息')
    const log = page.getByTestId('access-log')
    const row = log.getByRole('row').filter({ hasText: UNIT_HR })
    await row.first().getByText('用人单位人事').waitFor()
    assert.match(await row.first().innerText(), /2025-11-03 09:00:00/)
    await shot(page, 'roles-applicant-access-log')
  })

  test('用人单位: 考核定职 roster with the 花名册, certificate hand-over unit → person (R-CERT-ONESTOP)', async (t) => {
    const page = await signedIn(t, UNIT_HR)
    await nav(page, '文件与证书', '考核定职 / 以考代评')
    // Two copies of the roster are refused (R-CERT-OTHER: three).
    await typeNumber(page, '花名册份数', 2)
    await page.getByRole('button', { name: '添加人员' }).click()
    await choose(page, page, '花名册第 1 人', new RegExp(`^${GRADUATE}（`))
    await choose(page, page, `${GRADUATE} 系列`, '工程')
    await choose(page, page, `${GRADUATE} 专业`, '水利水电')
    await page.getByRole('button', { name: '提交申请' }).click()
    await page.getByTestId('rule-errors').getByText(/^R-CERT-OTHER §七\(二\)/).waitFor()
    await typeNumber(page, '花名册份数', 3)
    await page.getByRole('button', { name: '提交申请' }).click()
    const result = page.getByTestId('roster-result')
    await result.getByText('已发证 1 本').waitFor()
    const [xlsx] = await Promise.all([page.waitForEvent('download'), result.getByRole('button', { name: '下载花名册' }).click()])
    assert.equal(xlsx.suggestedFilename(), '花名册.xlsx')
    const serial = (await result.getByRole('row').nth(1).getByRole('cell').nth(1).innerText()).trim()
    assert.match(serial, /^甘临\d{10}$/)
    await shot(page, 'roles-unit-rosters')

    await result.getByRole('link', { name: `登记交接：${serial}` }).click()
    await page.getByRole('heading', { name: '证书申领与交接', level: 1 }).waitFor()
    assert.equal(await page.getByRole('textbox', { name: '证书编号', exact: true }).inputValue(), serial)
    const rec = page.getByTestId('certificate-record')
    await rec.getByText(GRADUATE).waitFor()
    await page.getByRole('button', { name: '登记交本人' }).click()
    await page.getByTestId('rule-errors').getByText('R-CERT-ONESTOP §七(一)：证书、文件和材料先交回单位，由单位交本人').waitFor()
    await page.getByRole('button', { name: '登记交回单位' }).click()
    await page.getByText('已登记：证书交回单位').waitFor()
    await page.getByRole('button', { name: '登记交本人' }).click()
    await page.getByText('已登记：证书交本人').waitFor()
    await rec.getByText('2025-11-10').first().waitFor()
    await shot(page, 'roles-unit-certificates')
  })
})
