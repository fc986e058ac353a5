// End-to-end: the offices' part of a round, clicked through the UI in Debian's chromium
// against the real server (demo data; the dev clock set so that the dates are the round's,
// whatever day the suite runs on).
//   州职改办: a setup application (refused once: R-COM-SETUP, the rule documents missing),
//            approval, filing, the round (refused once: R-CAL-MONTHS, then scheduled).
//   系统管理员: the committee office's account bound to the new committee.
//   评委会工作机构: experts through the pool intake, last year's roster (refused once:
//            R-COM-SIZE), the draw commitment; then, in the draw window, the meeting draw,
//            its verification, and the year's roster it made.
// The supervisor's random contribution (a part-2 page) is made through the API.
//   评委会工作机构 (卫生高评会): the secret ballot while open shows the count only; closing at
//            1 of 17 refused (R-VOTE-ATTEND) until the chair records why (through the API),
//            then counted, the reason shown.
// One server and one browser for the file; the tests run in order and share the state.
// Run: npm run test:e2e (needs build/zhiping or ZHIPING_BIN, and web/dist).
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import path from 'node:path'
import { readFileSync } from 'node:fs'
import { ADMIN_PASSWORD, DEMO_PASSWORD, REPO, startServer } from './lib/server.mjs'
import { launch, newPage, shot } from './lib/browser.mjs'

const COMMITTEE = '临夏州卫生系列中级职称评审委员会'
const OFFICE_USER = 'zhongping_office'
const OFFICE_PASSWORD = 'Zhongping#Office2026'
const POOL_SIZE = 21 // 15 on last year's roster + 6 others, so that 30%–60% can be new
const ROSTER_SIZE = 15 // 中评会 15–21

let srv
let chrome
let admin // API token of the sysadmin (dev clock)
let experts // [{id, name, unit_id}] experts taken into the new committee's pool
const state = {}

before(async () => {
  srv = await startServer()
  chrome = await launch()
  admin = await srv.login('admin', ADMIN_PASSWORD)
  state.startNow = (await srv.api('GET', '/api/v1/admin/clock', { token: admin })).json.now
  await setClock('2026-09-01T09:00:00+08:00')
  // The experts: admitted in the demo's 卫生高评会 pool (senior titles in 临床医学, 护理, 药学,
  // 中医, held for years), so they may join a 卫生 中评会's pool too.
  const office = await srv.login('zhigaiban')
  const committees = (await srv.api('GET', '/api/v1/committees')).json
  const senior = committees.find((c) => c.series === '卫生' && c.level === 'senior')
  assert.ok(senior, 'the demo has a 卫生 senior committee')
  const pool = (await srv.api('GET', `/api/v1/committees/${senior.id}/pool`, { token: office })).json
  const persons = new Map((await srv.api('GET', '/api/v1/persons', { token: office })).json.map((p) => [p.id, p]))
  experts = pool
    .filter((e) => e.status === 'admitted')
    .map((e) => persons.get(e.person_id))
    .filter(Boolean)
    .slice(0, POOL_SIZE)
  assert.equal(experts.length, POOL_SIZE, `the demo's 卫生 pool has ${POOL_SIZE} admitted experts`)
  assert.equal(new Set(experts.map((e) => e.name)).size, POOL_SIZE, 'their names are distinct')
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
    await p.context.close()
    assert.deepEqual(p.problems, [], 'no uncaught errors or CSP refusals')
  })
  const page = p.page
  // Errors Vue logs (a render or setup error is a console error, not an uncaught one);
  // 4xx answers the pages expect (a refusal, no roster yet) show as failed resources.
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) p.problems.push(`console: ${m.text()}`)
  })
  await page.goto('/login')
  await page.getByLabel('用户名').fill(username)
  await page.getByLabel('密码', { exact: true }).fill(password)
  await page.getByRole('button', { name: '登录' }).click()
  await page.waitForURL('**/workspace/todo')
  return page
}

/** A label matched whole; a required field's label starts with "* " (Element Plus). */
const L = (label) => new RegExp(`^(\\* )?${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)

/** Opens an el-select (inside `root`) by its label and picks options (in its own listbox) by text. */
async function choose(page, root, label, ...options) {
  const box = root.getByRole('combobox', { name: L(label) })
  // By keyboard, as a clerk may: focus the select and open it with Enter.
  await box.focus()
  await page.keyboard.press('Enter')
  const list = page.locator(`[id="${await box.getAttribute('aria-controls')}"]`)
  for (const o of options) await list.getByRole('option', { name: o, exact: typeof o === 'string' }).click()
  await page.keyboard.press('Escape')
}

/** The left menu: opens the group (a sub-menu) when folded, then clicks the item in it. */
async function nav(page, group, item) {
  const menu = page.getByRole('menubar', { name: '菜单' })
  const link = menu.getByRole('menu').getByRole('menuitem', { name: item, exact: true })
  if (!(await link.isVisible())) await menu.getByRole('menuitem', { name: group, exact: true }).click()
  await link.click()
}

/** The table row whose cell holds exactly `name` (专家1 is not 专家10). */
const rowOf = (root, name) => {
  const page = typeof root.page === 'function' ? root.page() : root
  return root.getByRole('row').filter({ has: page.getByRole('cell', { name, exact: true }) })
}

async function typeDate(root, label, date) {
  const input = root.getByLabel(L(label))
  await input.fill(date)
  await input.press('Enter')
}

describe('the offices prepare a round up to the draw', () => {
  test('州职改办: setup application (refused, then complete), approval, filing, the round', async (t) => {
    const page = await signedIn(t, 'zhigaiban')
    await nav(page, '评委会', '评委会管理')
    await page.getByRole('heading', { name: '评委会管理', level: 1 }).waitFor()

    await page.getByRole('button', { name: '登记设置申请' }).click()
    const dialog = page.getByRole('dialog', { name: '登记设置评委会申请' })
    await dialog.getByLabel('评委会名称').fill(COMMITTEE)
    await choose(page, dialog, '系列', '卫生')
    await choose(page, dialog, '专业', '临床医学', '护理', '药学', '中医')
    await choose(page, dialog, '组建单位', '临夏州卫生健康委员会')
    await dialog.getByLabel('人员范围').fill('全州卫生系统')
    await dialog.getByLabel('联系电话').fill('0930-6219999')
    await dialog.getByLabel('专业范围').fill('临床医学、护理、药学、中医')
    await dialog.getByLabel('在职人数').fill('820')
    await dialog.getByLabel('人才队伍状况').fill('全州在职中级卫生专业技术人员约 820 人')
    await dialog.getByLabel('设置理由').fill('满足全州卫生系统中级职称评审需要')
    // Without the rule documents: refused beside the button, every missing one named.
    await dialog.getByRole('button', { name: '提交申请' }).click()
    const refusal = dialog.getByTestId('rule-errors')
    await refusal.getByText('R-COM-SETUP §一(二)：缺少制度文件：评审规则').waitFor()
    assert.equal(await refusal.getByRole('listitem').count(), 11, 'one line per missing rule document')
    await shot(page, 'office-committee-application-refused')

    await dialog.getByRole('button', { name: '全部已具备' }).click()
    await dialog.getByRole('button', { name: '提交申请' }).click()
    const app = page.getByTestId('committee-application')
    await app.getByText('待批复').waitFor()
    await app.getByRole('button', { name: '批复并登记评委会' }).click()
    await page.getByTestId('committee-registered').getByText(`已登记评委会：${COMMITTEE}`).waitFor()
    await app.getByText('已批复').waitFor()

    const row = page.getByRole('row').filter({ hasText: COMMITTEE })
    await row.getByRole('button', { name: '登记备案' }).click()
    const filing = page.getByRole('dialog', { name: '登记向省职改办备案' })
    await filing.getByLabel('备案文号').fill('甘职改备〔2026〕12号')
    await filing.getByRole('button', { name: '登记备案' }).click()
    await row.getByText('甘职改备〔2026〕12号').waitFor()
    await shot(page, 'office-committees')
    const listed = (await srv.api('GET', '/api/v1/committees')).json.find((c) => c.name === COMMITTEE)
    assert.ok(listed, 'the approved committee is on the public list')
    assert.equal(listed.filing_doc_no, '甘职改备〔2026〕12号')
    state.committeeId = listed.id

    // The round: a December meeting is refused for a 中评会 (R-CAL-MONTHS), November is scheduled.
    await nav(page, '评审', '评审日程')
    await page.getByRole('button', { name: '安排评审' }).click()
    const rd = page.getByRole('dialog', { name: '安排评审' })
    await choose(page, rd, '评委会', COMMITTEE)
    await rd.getByLabel(L('评审年度')).fill('2026')
    await typeDate(rd, '评审通知日期', '2026-09-01')
    await typeDate(rd, '评审会议日期', '2026-12-10')
    await rd.getByRole('button', { name: '确定' }).click()
    await rd.getByTestId('rule-errors').getByText('R-CAL-MONTHS §六(五)：中级职称评审会应在 11 月进行，计划为 2026-12-10').waitFor()
    await typeDate(rd, '评审会议日期', '2026-11-20')
    await rd.getByRole('button', { name: '确定' }).click()
    const created = page.getByTestId('round-created')
    await created.getByText(`已安排 ${COMMITTEE} 2026 年度评审`).waitFor()
    const milestones = await created.getByRole('list', { name: '评审时限' }).innerText()
    assert.match(milestones, /申报截止\s*2026-09-29/, 'deadline: the 20th working day after the notice')
    assert.match(milestones, /随机抽取评审专家\s*2026-11-17 至\s*2026-11-19/, 'draw window: the 3 working days before the meeting')
    await shot(page, 'office-rounds')
    const rounds = (await srv.api('GET', `/api/v1/rounds?committee_id=${state.committeeId}`, { token: await srv.login('zhigaiban') })).json
    assert.equal(rounds.length, 1)
    state.roundId = rounds[0].id
  })

  test('系统管理员: the committee office’s account, bound to the new committee', async (t) => {
    assert.ok(state.committeeId, 'needs the committee of the previous test')
    const page = await signedIn(t, 'admin', ADMIN_PASSWORD)
    await nav(page, '系统管理', '用户管理')
    await page.getByRole('button', { name: '新增用户' }).click()
    const d = page.getByRole('dialog', { name: '新增用户' })
    await d.getByLabel('用户名').fill(OFFICE_USER)
    await d.getByLabel('姓名').fill('卫生中评会工作机构')
    await d.getByLabel('初始密码').fill(OFFICE_PASSWORD)
    await d.getByText('评委会工作机构', { exact: true }).click()
    assert.ok(await d.getByRole('checkbox', { name: '评委会工作机构' }).isChecked())
    await choose(page, d, '评委会', COMMITTEE)
    await d.getByRole('button', { name: '创建' }).click()
    await page.getByText(`已创建用户 ${OFFICE_USER}（评委会工作机构）`).waitFor()
    // The list pages (many demo logins): find the account with the search form.
    await page.getByLabel(L('用户名或姓名')).fill(OFFICE_USER)
    await page.getByRole('button', { name: '查询' }).click()
    const row = rowOf(page, OFFICE_USER)
    await row.getByText(COMMITTEE).waitFor()
    assert.equal(await page.getByRole('row').count(), 2, 'header + the one account found')
    await shot(page, 'platform-users')

    // Each page once it shows its data (a client-side navigation has no load event to wait for).
    for (const [item, ready, name] of [
      ['机构', (p) => p.getByRole('treeitem', { name: /临夏州卫生健康委员会/ }).first(), 'platform-orgs'],
      ['节假日日历', (p) => p.getByText(/放假 [1-9]\d* 天/), 'platform-calendar'],
      ['系统参数', (p) => p.getByRole('cell', { name: '中小学教师', exact: true }), 'platform-parameters'],
    ]) {
      await nav(page, '系统管理', item)
      await page.getByRole('heading', { name: item, level: 1 }).waitFor()
      await ready(page).waitFor()
      await shot(page, name)
    }
    // The server runs with --dev-clock: the parameters page shows the clock (2026-09-01, frozen).
    await page.getByTestId('dev-clock').getByText('2026-09-01 09:00:00').waitFor()

    // The calendar: import the official file (resources/cn-workday-calendar.csv) — every
    // year in it is replaced by the same data, and the page shows what it read.
    await nav(page, '系统管理', '节假日日历')
    await page.getByText(/放假 [1-9]\d* 天/).waitFor()
    const csv = path.join(REPO, 'resources', 'cn-workday-calendar.csv')
    const rows = readFileSync(csv, 'utf8').split('\n').filter((l) => /^\d{4}-/.test(l))
    const years = [...new Set(rows.map((l) => l.slice(0, 4)))].sort()
    const count = (y, kind) => rows.filter((l) => l.startsWith(`${y}-`) && l.split(',')[1] === kind).length
    await page.getByLabel('选择日历 CSV 文件').setInputFiles(csv)
    const preview = page.getByTestId('calendar-import')
    for (const y of years) await preview.getByText(`${y} 年：放假 ${count(y, 'holiday')} 天，调休上班 ${count(y, 'workday')} 天`).waitFor()
    await preview.getByRole('button', { name: '确认导入' }).click()
    await page.getByText(`已导入 ${years.join('、')} 年`).waitFor()
  })

  test('评委会工作机构: pool intake, last year’s roster (refused, then saved), the draw commitment', async (t) => {
    assert.ok(state.roundId, 'needs the round of the first test')
    const page = await signedIn(t, OFFICE_USER, OFFICE_PASSWORD)
    await page.getByTestId('who').getByText(COMMITTEE).waitFor()

    // 专家库: apply for every expert at once, then take them through the five steps.
    await nav(page, '专家库', '专家库')
    await page.getByRole('heading', { name: /^专家库/, level: 1 }).waitFor()
    await page.getByRole('button', { name: '申请入库' }).click()
    const d = page.getByRole('dialog', { name: '申请入库' })
    // The candidates come from GET …/pool/candidates: name, unit, qualification — no ID number.
    await d.getByText(/本系列具有高级职称、尚未入库者 \d+ 人，其中符合入库条件 \d+ 人/).waitFor()
    await choose(page, d, '专家', ...experts.map((e) => new RegExp(`^${e.name}（`)))
    const box = d.getByRole('combobox', { name: L('专家') })
    await box.focus()
    await page.keyboard.press('Enter')
    const options = page.locator(`[id="${await box.getAttribute('aria-controls')}"]`)
    await options.getByRole('option').first().waitFor()
    const listed = await options.innerText()
    assert.match(listed, / · (正|副)高级/, 'each candidate with the qualification')
    assert.doesNotMatch(listed, /6229|\*{4}/, 'no ID number, not even masked, in the candidate list')
    await page.keyboard.press('Escape')
    await d.getByRole('button', { name: '提交申请' }).click()
    await page.getByText(`已为 ${POOL_SIZE} 人提交入库申请`).waitFor()
    for (const step of ['单位推荐', '主管部门政审', '系统内公示无异议', '州职改办备案', '入库']) {
      await page.getByRole('button', { name: '选择本页待办理的' }).click()
      await page.getByRole('button', { name: `为选中的 ${POOL_SIZE} 人办理下一步` }).click()
      await page.getByText(`已为 ${POOL_SIZE} 人办理下一步`).waitFor()
      await rowOf(page, experts[0].name).getByText(step === '入库' ? '已入库' : `已${step}`).waitFor()
    }
    const summary = page.getByTestId('pool-summary')
    await summary.getByText(String(POOL_SIZE), { exact: true }).first().waitFor()
    assert.match(await summary.innerText(), new RegExp(`${POOL_SIZE}\\s*已入库专家`))
    // The steps are recorded with who and when.
    await rowOf(page, experts[0].name).getByRole('button', { name: '记录' }).click()
    await page.getByText(`州职改办备案 · 经办 ${OFFICE_USER}`).first().waitFor()
    await shot(page, 'office-pool')

    // 委员名单 2025 (last year's): 14 members are refused (R-COM-SIZE), 15 are saved.
    await nav(page, '评委会', '委员名单')
    await page.getByLabel(L('年度')).fill('2025')
    await page.getByLabel(L('年度')).press('Enter')
    await page.getByText('2025 年度委员名单').waitFor()
    await choose(page, page, '选择委员', ...experts.slice(0, ROSTER_SIZE - 1).map((e) => new RegExp(`^${e.name}（`)))
    await page.getByRole('button', { name: '加入名单' }).click()
    await choose(page, page, `${experts[0].name} 的职务`, '主任委员')
    await choose(page, page, `${experts[1].name} 的职务`, '副主任委员')
    const checks = page.getByTestId('roster-checks')
    await checks.getByText(`${ROSTER_SIZE - 1} 人（中评会 15–21 人）`).waitFor()
    await page.getByRole('button', { name: '保存名单' }).click()
    await page.getByTestId('rule-errors').getByText('R-COM-SIZE §一(三)：中评会由 15-21 人组成，现有 14 人').waitFor()
    await shot(page, 'office-roster-refused')
    await choose(page, page, '选择委员', new RegExp(`^${experts[ROSTER_SIZE - 1].name}（`))
    await page.getByRole('button', { name: '加入名单' }).click()
    await checks.getByText(`${ROSTER_SIZE} 人（中评会 15–21 人）`).waitFor()
    await page.getByRole('button', { name: '保存名单' }).click()
    await page.getByText(`已保存 2025 年度委员名单（${ROSTER_SIZE} 人）`).waitFor()
    await page.getByTestId('rule-errors').waitFor({ state: 'detached' })
    await shot(page, 'office-roster-2025')

    // 随机抽取: the commitment, before the draw window.
    await nav(page, '评审', '随机抽取')
    await page.getByTestId('draw-window').getByText('2026-11-17 至 2026-11-19').waitFor()
    await page.getByRole('button', { name: '提交抽取承诺' }).click()
    const commitment = await page.getByTestId('commitment').innerText()
    assert.match(commitment, /承诺值 [0-9a-f]{64}/)
    state.commitment = commitment.match(/[0-9a-f]{64}/)[0]
    await shot(page, 'office-draw-commitment')
  })

  test('评委会工作机构: in the draw window, the meeting draw, its verification, the roster it made', async (t) => {
    assert.ok(state.commitment, 'needs the commitment of the previous test')
    // The supervisor's random contribution (纪检监督's own page is part 2): through the API.
    const jijian = await srv.login('jijian')
    const c = await srv.api('POST', `/api/v1/rounds/${state.roundId}/draw-contributions`, { token: jijian, body: { contribution: '纪检监督随机贡献 2026-09-01 第 7741 号' } })
    assert.equal(c.status, 201, c.text)
    await setClock('2026-11-18T09:00:00+08:00')

    const page = await signedIn(t, OFFICE_USER, OFFICE_PASSWORD)
    await nav(page, '评审', '随机抽取')
    await page.getByTestId('draw-window').getByText('2026-11-17 至 2026-11-19').waitFor()
    const form = page.getByRole('form', { name: '抽取条件' })
    await choose(page, form, '主任委员', new RegExp(`^${experts[0].name}（`))
    await choose(page, form, '副主任委员', new RegExp(`^${experts[1].name}（`))
    await form.getByLabel(L('抽取人数')).fill(String(ROSTER_SIZE))
    await page.getByRole('button', { name: '随机抽取', exact: true }).click()
    const members = page.getByTestId('draw-members')
    await members.waitFor()
    assert.equal(await members.getByRole('row').count(), ROSTER_SIZE + 1, 'header + the drawn members')
    await rowOf(members, experts[0].name).getByText('主任委员').waitFor()
    await page.getByTestId('commitment').getByText(state.commitment).waitFor()

    await page.getByRole('button', { name: '核验' }).click()
    const verified = page.getByTestId('draw-verified')
    await verified.getByText('服务器按留存输入重算：结果一致').waitFor()
    await verified.getByText('公开的秘密与承诺值相符').waitFor()
    assert.equal(await verified.locator('.bad').count(), 0, 'every check passes, in the server and in the browser')
    await shot(page, 'office-draws')

    // The meeting draw is the year's roster; rotation against last year within 30%–60%.
    await nav(page, '评委会', '委员名单')
    await page.getByLabel(L('年度')).fill('2026')
    await page.getByLabel(L('年度')).press('Enter')
    await page.getByText('由随机抽取产生').waitFor()
    const checks = page.getByTestId('roster-checks')
    await checks.getByText(`${ROSTER_SIZE} 人（中评会 15–21 人）`).waitFor()
    const rotation = await checks.getByText(/^新任 \d+ 人/).innerText()
    const fresh = Number(rotation.match(/新任 (\d+) 人/)[1])
    assert.ok(fresh >= 5 && fresh <= 9, `30%–60% of 15 are new: ${fresh}`)
    assert.equal(await checks.locator('li.fail').count(), 0, 'the drawn roster meets every composition rule')
    await shot(page, 'office-roster-2026')
  })

  test('待办 and the dashboard of the title office; the committee office’s 待办', async (t) => {
    const office = await signedIn(t, OFFICE_USER, OFFICE_PASSWORD)
    await office.getByTestId('todo-committee-office').waitFor()
    await office.getByTestId('todo-committee-office').getByText('报送评审专家调整情况（2026 年度）').waitFor()
    await shot(office, 'todo-committee-office')

    const page = await signedIn(t, 'zhigaiban')
    await page.getByTestId('todo-title-office').waitFor()
    await nav(page, '工作台', '统计分析')
    await page.getByRole('heading', { name: '统计分析', level: 1 }).waitFor()
    await page.getByTestId('chart-rounds').locator('canvas').waitFor()
    await shot(page, 'office-dashboard')
    await nav(page, '监督', '监督概览')
    await page.getByTestId('audit-head').getByText('签名有效').waitFor()
    await shot(page, 'office-supervision')
  })
})

describe('the committee offices’ later pages on the demo’s rounds (as the demo leaves them on its start day)', () => {
  before(() => setClock(state.startNow)) // back to the day the demo was built for
  test('中小学教师中评会 (closed round): meeting record, counted ballot, certificates', async (t) => {
    const page = await signedIn(t, 'jszhongping')
    await nav(page, '评审', '评审会议')
    await page.getByTestId('meeting-attendance').getByText(/已记录评审会议：\d{4}-\d{2}-\d{2}，出席 \d+ 人/).waitFor()
    await page.getByTestId('minutes').getByText('要素齐全').waitFor()
    await shot(page, 'office-meeting')

    await nav(page, '评审', '无记名投票')
    const counted = page.getByTestId('counted')
    await counted.getByText('本轮已计票').waitFor()
    assert.ok((await counted.getByText('未通过', { exact: true }).count()) >= 1, 'a failed applicant is shown as such')
    assert.ok((await counted.getByText('通过', { exact: true }).count()) >= 1)
    await shot(page, 'office-votes')

    // The certificate that replaced a lost one (the demo's void declaration) is valid.
    const [declared] = (await srv.api('GET', '/api/v1/public/void-declarations')).json
    assert.ok(declared?.replaced_by, 'the demo has a replaced certificate')
    await nav(page, '文件与证书', '证书申领')
    await page.getByText(/资格文件 临州人社发〔\d{4}〕\d+号/).waitFor()
    await page.getByLabel(L('证书编号')).fill(declared.replaced_by)
    await page.getByRole('button', { name: '查看', exact: true }).click()
    await page.getByRole('cell', { name: declared.name }).waitFor()
    await page.getByText('有效', { exact: true }).first().waitFor()
    await shot(page, 'office-certificates')
  })

  test('中小学教师高评会 (publicity running): defense groups and scores, the running publicity', async (t) => {
    const page = await signedIn(t, 'jsgaoping')
    await nav(page, '评审', '答辩与评分')
    const group = page.getByTestId('defense-group-0')
    await group.getByText('视频答辩').waitFor()
    await page.getByText('答辩未通过').first().waitFor()
    await shot(page, 'office-defense')
    await nav(page, '公示与异议', '评审结果公示')
    await page.getByTestId('publicities').getByText('公示中').waitFor()
    await shot(page, 'office-publicity')
  })

  test('州职改办: the closed round’s qualification document', async (t) => {
    const page = await signedIn(t, 'zhigaiban')
    await nav(page, '文件与证书', '资格文件')
    await choose(page, page.getByTestId('scope-bar'), '评委会', /^临夏州中小学教师中级职称评审委员会/)
    const doc = page.getByTestId('document')
    await doc.getByRole('heading', { name: /^临州人社发〔\d{4}〕\d+号$/ }).waitFor()
    assert.ok((await doc.getByRole('row').count()) > 1, 'the document lists its persons')
    await shot(page, 'office-documents')
  })
})

describe('评委会工作机构: the 卫生 round’s secret ballot (brought to the vote through the API)', () => {
  const vs = {}
  /** The dev clock, with a fresh sysadmin login (a jump can outlive the file's token). */
  const setDay = async (d) => {
    const token = await srv.login('admin', ADMIN_PASSWORD)
    const r = await srv.api('PUT', '/api/v1/admin/clock', { token, body: { now: `${d}T09:00:00+08:00`, frozen: true } })
    assert.equal(r.status, 200, `dev clock: ${r.status} ${r.text}`)
  }
  const must = async (method, p, token, body) => {
    const r = await srv.api(method, `/api/v1${p}`, { token, body })
    assert.ok([200, 201].includes(r.status), `${method} ${p}: ${r.status} ${r.text}`)
    return r.json
  }
  before(async () => {
    await setDay('2026-12-02')
    const sys = await srv.login('admin', ADMIN_PASSWORD)
    const username = new Map((await must('GET', '/users', sys)).filter((u) => u.person_id).map((u) => [u.person_id, u.username]))
    const persons = new Map((await must('GET', '/persons', sys)).map((p) => [p.id, p]))
    let office = await srv.login('weiyuanhui')
    const round = (await must('GET', '/rounds', office)).find((r) => r.series === '卫生' && r.committee_level === 'senior')
    assert.ok(round, 'the demo has the 卫生 round in review')
    const app = (await must('GET', `/applications?round_id=${round.id}`, office)).find((a) => a.status === 'reviewed')
    assert.ok(app, 'the demo has a reviewed application in the 卫生 round')
    const pool = (await must('GET', `/committees/${round.committee_id}/pool`, office)).filter((e) => e.status === 'admitted')
    await must('POST', `/rounds/${round.id}/draw-commitments`, office, {})
    await must('POST', `/rounds/${round.id}/draw-contributions`, await srv.login('jijian'), { contribution: '纪检监督 e2e 掷骰 5-2-4' })
    await setDay(round.draw_window.from)
    office = await srv.login('weiyuanhui')
    const draw = await must('POST', `/rounds/${round.id}/draws`, office, {
      purpose: 'meeting',
      size: 19,
      fixed: [{ person_id: pool[0].person_id, role: 'chair' }, { person_id: pool[1].person_id, role: 'vice_chair' }],
    })
    // A video defense group of three members of three units, none the applicant's; all score.
    const units = new Set([persons.get(app.person_id)?.unit_id ?? app.unit_id])
    const group = []
    for (const m of draw.members.slice(2)) {
      const u = persons.get(m)?.unit_id
      if (units.has(u) || !username.has(m)) continue
      units.add(u)
      group.push(m)
      if (group.length === 3) break
    }
    assert.equal(group.length, 3)
    await setDay(round.draw_window.to)
    office = await srv.login('weiyuanhui')
    const g = await must('POST', `/rounds/${round.id}/defense-groups`, office, { experts: group, application_ids: [app.id], video: true })
    for (const e of group) await must('POST', `/defense-groups/${g.id}/scores`, await srv.login(username.get(e)), { application_id: app.id, expert_id: e, score: 80 })
    await must('PUT', `/defense-groups/${g.id}/recording`, office, { reference: '录像/卫生/2026/e2e-offices', sm3: 'b'.repeat(64) })
    await must('POST', `/rounds/${round.id}/training`, office, { date: '2026-12-18', content: '评审政策与纪律培训', attendees: draw.members })
    await setDay(round.meeting_date)
    office = await srv.login('weiyuanhui')
    const present = draw.members.slice(0, 17)
    await must('POST', `/rounds/${round.id}/meeting`, office, { date: round.meeting_date, present, chair_id: present[0], recorder: '记录员' })
    await must('POST', `/rounds/${round.id}/basis`, office, { application_id: app.id, material_review: '材料齐全真实', group_opinion: '答辩小组同意' })
    const vote = await must('POST', `/rounds/${round.id}/votes`, office, { application_ids: [app.id] })
    // One present member (not the chair) casts an electronic ballot.
    const voter = present.slice(1).find((m) => username.has(m))
    await must('POST', `/votes/${vote.id}/ballots`, await srv.login(username.get(voter)), { choices: { [app.id]: 'yes' } })
    Object.assign(vs, { round, app, vote, chair: username.get(present[0]) })
    assert.ok(vs.chair, 'the chair has a login')
  })

  test('while open: the count only; closing at 1 of 17 refused (R-VOTE-ATTEND) until the chair records why; then counted', async (t) => {
    const page = await signedIn(t, 'weiyuanhui')
    await nav(page, '评审', '无记名投票')
    await page.getByText('保密', { exact: true }).first().waitFor()
    await page.getByLabel('表决编号').fill(vs.vote.id)
    await page.getByLabel('表决编号').press('Enter')
    const box = page.getByTestId('vote')
    await box.getByTestId('turnout').getByText('已投电子票 1 张').waitFor()
    await box.getByText('投票期间不显示选票内容和计票').waitFor()
    await box.getByTestId('early-close-needed').getByText(/尚有 16 名出席评委未投电子票/).waitFor()
    assert.equal(await page.getByTestId('vote-results').count(), 0, 'no results while the vote is open')
    await box.getByRole('button', { name: '结束表决并计票' }).click()
    await box.getByTestId('rule-errors').getByText(/R-VOTE-ATTEND/).waitFor()
    await shot(page, 'office-vote-open-refused')

    // The chair records the reason (his own workspace; here through the API), then the office closes.
    const r = await srv.api('POST', `/api/v1/votes/${vs.vote.id}/early-close`, { token: await srv.login('weiyuanhui'), body: { reason: '办公室代录' } })
    assert.equal(r.status, 403, 'only the chair may record the reason')
    await must('POST', `/votes/${vs.vote.id}/early-close`, await srv.login(vs.chair), { reason: '其余评委因突发公务离会，经主持人宣布结束表决' })
    await box.getByRole('button', { name: '刷新投票数' }).click()
    await box.getByTestId('early-close').getByText(/记录提前结束表决的理由：其余评委因突发公务离会/).waitFor()
    await box.getByRole('button', { name: '结束表决并计票' }).click()
    const results = page.getByTestId('vote-results')
    await results.waitFor()
    await box.getByText('已计票', { exact: true }).waitFor()
    await results.getByRole('cell', { name: vs.app.person_name, exact: true }).waitFor()
    // 1 approval of 17 present: not passed (R-VOTE-PASS needs 12).
    await results.getByText('未通过', { exact: true }).waitFor()
    await box.getByText(/提前结束表决：.*其余评委因突发公务离会/).waitFor()
    await shot(page, 'office-vote-closed-early')
  })
})
