// End-to-end: the evaluation panel's experts and the discipline supervisor, in Debian's
// chromium against the real server (demo data, the dev clock moved through the 卫生 round).
//   纪检监督 (on the demo day): the audit log with the chain checked in the browser, a draw of
//            the closed round verified (server and browser), the board of the demo's closed
//            vote with the tally recounted in the browser and matching; 待办.
//   评审专家: the demo has no vote open on its day, so the setup brings the demo's 卫生 round
//            on through the API (commitment, contribution, meeting draw, a defense group for
//            the reviewed application with two scores in); then one expert finds the group in
//            its own list (and in 待办), sees the scoring sheet with the applicant's name, unit,
//            specialty and level, gives the last score (R-DEF-SCORE outcome shown), and after
//            a reload sees it held by the server, read-only; after the
//            meeting (training, quorum, basis, vote opened through the API) a present member
//            casts the secret ballot, sees the receipt once, and after the close checks it.
// One server and one browser for the file; the tests run in order and share the state.
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { ADMIN_PASSWORD, DEMO_PASSWORD, startServer } from './lib/server.mjs'
import path from 'node:path'
import { readFile } from 'node:fs/promises'
import { launch, newPage, SHOTS } from './lib/browser.mjs'

const ROUND_SERIES = '卫生'
let srv
let chrome
const state = {}

before(async () => {
  srv = await startServer()
  chrome = await launch()
})

after(async () => {
  await chrome?.close()
  await srv?.stop()
})

/** API call that must succeed (status in `ok`). */
async function must(method, p, token, body, ok = [200, 201]) {
  const r = await srv.api(method, `/api/v1${p}`, { token, body })
  assert.ok(ok.includes(r.status), `${method} ${p}: ${r.status} ${r.text}`)
  return r.json
}
/** Moves the dev clock (frozen); a jump can outlive sessions, so each caller logs in again. */
async function setClock(day) {
  const admin = await srv.login('admin', ADMIN_PASSWORD)
  await must('PUT', '/admin/clock', admin, { now: `${day}T09:00:00+08:00`, frozen: true })
}

async function signedIn(t, username, password = DEMO_PASSWORD) {
  const p = await newPage(chrome.browser, srv.base)
  t.after(async () => {
    await p.context.close()
    assert.deepEqual(p.problems, [], 'no uncaught errors or CSP refusals')
  })
  const page = p.page
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

/** A screenshot with transitions finished (a dialog fading in, a radio being checked). */
async function shot(page, name, { fullPage = true } = {}) {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage, animations: 'disabled' })
}

async function nav(page, group, item) {
  const menu = page.getByRole('menubar', { name: '菜单' })
  const link = menu.getByRole('menu').getByRole('menuitem', { name: item, exact: true })
  if (!(await link.isVisible())) await menu.getByRole('menuitem', { name: group, exact: true }).click()
  await link.click()
}

describe('纪检监督 on the demo day', () => {
  test('audit log: every entry re-verified in the browser, the signed head checked', async (t) => {
    const page = await signedIn(t, 'jijian')
    await page.getByTestId('todo-supervisor-boards').getByText('表决已计票').first().waitFor()
    await shot(page, 'panel-supervisor-todo')
    await nav(page, '监督', '审计日志')
    const check = page.getByTestId('chain-check')
    await check.getByText(/审计链完整：\d+ 条记录逐条复算摘要一致/).waitFor({ timeout: 60_000 })
    await check.getByText('签名有效（人社局公布的公钥）').waitFor()
    await check.getByText(/链头即复算链的最后一条|读取期间有新记录写入/).waitFor()
    // Filter: the vote openings only.
    await page.getByLabel('对象').fill('vote:')
    await page.getByTestId('audit-table').getByText('vote.open').first().waitFor()
    await shot(page, 'panel-supervisor-audit')
    // By operator, named as the user list names them: the supervisor's own contributions.
    await page.getByLabel('对象').fill('')
    await page.getByLabel('操作人').fill('jijian')
    await page.getByTestId('audit-table').getByText('draw.contribute').first().waitFor()
    assert.equal(await page.getByTestId('audit-table').getByText('vote.open').count(), 0)
  })

  test('draw verification: the closed round’s meeting draw re-derived', async (t) => {
    const page = await signedIn(t, 'jijian')
    await nav(page, '监督', '抽取核验')
    const button = page.getByRole('button', { name: '核验此次抽取' }).first()
    await button.click()
    const checks = page.getByTestId('draw-checks').first()
    await checks.getByText('结果一致').waitFor()
    await checks.getByText('输入一致').waitFor()
    assert.equal(await checks.getByText('不一致').count(), 0, 'no check fails')
    await page.getByText('工作机构秘密值（抽取后公开）').first().waitFor()
    await shot(page, 'panel-supervisor-draw')
  })

  test('ballot board of the demo’s closed vote: the tally recounted in the browser matches', async (t) => {
    const sup = await srv.login('jijian')
    const audit = await must('GET', '/audit?limit=1000', sup)
    const closed = audit.filter((e) => e.action === 'vote.close')
    assert.ok(closed.length >= 1, 'the demo closed at least one vote')
    const voteId = closed[0].target.slice('vote:'.length)
    const page = await signedIn(t, 'jijian')
    await page.goto(`/workspace/supervisor/board?vote=${voteId}`)
    const check = page.getByTestId('tally-check')
    await check.getByText(/浏览器按公告板 \d+ 张选票复算，与计票记录完全一致/).waitFor()
    await check.getByText(/公告板选票的 SM3 摘要与审计链中计票时封存的一致/).waitFor()
    await page.getByTestId('board-ballots').getByRole('row').nth(1).waitFor()
    await shot(page, 'panel-supervisor-board')
    await nav(page, '监督', '会议记录')
    await page.getByRole('button', { name: '下载会议记录 PDF' }).first().waitFor()
    await shot(page, 'panel-supervisor-minutes')
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载会议记录 PDF' }).first().click()])
    assert.match(pdf.suggestedFilename(), /^评审会议记录-.*\.pdf$/)
    const head = await readFile(await pdf.path())
    assert.equal(head.subarray(0, 5).toString(), '%PDF-')
  })
})

describe('评审专家: scoring and the secret ballot (the 卫生 round brought on through the API)', () => {
  before(async () => {
    await setClock('2026-12-02')
    const admin = await srv.login('admin', ADMIN_PASSWORD)
    const users = await must('GET', '/users', admin)
    state.username = new Map(users.filter((u) => u.person_id).map((u) => [u.person_id, u.username]))
    const persons = new Map((await must('GET', '/persons', admin)).map((p) => [p.id, p]))
    let office = await srv.login('weiyuanhui')
    const rounds = await must('GET', '/rounds', office)
    const round = rounds.find((r) => r.series === ROUND_SERIES && r.committee_level === 'senior')
    assert.ok(round, 'the demo has the 卫生 round in review')
    state.round = round
    const apps = await must('GET', `/applications?round_id=${round.id}`, office)
    const app = apps.find((a) => a.status === 'reviewed')
    assert.ok(app, 'the demo has a reviewed application in the 卫生 round')
    state.app = app
    state.applicant = persons.get(app.person_id)
    assert.ok(state.applicant?.name, 'the applicant has a name')
    state.unitName = (await must('GET', '/orgs', admin)).find((o) => o.id === app.unit_id)?.name
    assert.ok(state.unitName, 'the applicant’s unit has a name')
    const pool = (await must('GET', `/committees/${round.committee_id}/pool`, office)).filter((e) => e.status === 'admitted')
    await must('POST', `/rounds/${round.id}/draw-commitments`, office, {})
    await must('POST', `/rounds/${round.id}/draw-contributions`, await srv.login('jijian'), { contribution: '纪检监督 e2e 掷骰 3-1-6' })
    await setClock(round.draw_window.from)
    office = await srv.login('weiyuanhui')
    const draw = await must('POST', `/rounds/${round.id}/draws`, office, {
      purpose: 'meeting',
      size: 19,
      fixed: [{ person_id: pool[0].person_id, role: 'chair' }, { person_id: pool[1].person_id, role: 'vice_chair' }],
    })
    state.members = draw.members
    // Three members of three units, none the applicant's (R-DEF-GROUP, R-RECUSAL).
    const units = new Set([persons.get(app.person_id)?.unit_id ?? app.unit_id])
    const experts = []
    for (const m of draw.members.slice(2)) {
      const u = persons.get(m)?.unit_id
      if (units.has(u) || !state.username.has(m)) continue
      units.add(u)
      experts.push(m)
      if (experts.length === 3) break
    }
    assert.equal(experts.length, 3)
    await setClock(round.draw_window.to)
    office = await srv.login('weiyuanhui')
    state.group = await must('POST', `/rounds/${round.id}/defense-groups`, office, { experts, application_ids: [app.id], video: true })
    for (const e of experts.slice(0, 2)) {
      const tok = await srv.login(state.username.get(e))
      const r = await must('POST', `/defense-groups/${state.group.id}/scores`, tok, { application_id: app.id, expert_id: e, score: 82 })
      assert.equal(r.result, 'pending')
    }
    state.scorer = state.username.get(experts[2])
  })

  test('an expert finds its defense group, sees whom it hears and gives the last score, held read-only', async (t) => {
    const { group: g, app, applicant } = state
    const page = await signedIn(t, state.scorer)
    await nav(page, '评审', '答辩评分')
    await page.getByRole('heading', { name: /答辩评分/, level: 1 }).waitFor()
    // The server lists the expert's own groups (GET /my/defense-groups): nothing typed in.
    const mine = page.getByTestId('my-groups')
    const row = mine.getByRole('row').filter({ hasText: g.id })
    await row.getByText('待评 1 人').waitFor()
    await row.getByText('已评 0/1').waitFor()
    await row.getByRole('button', { name: `打开答辩小组 ${g.id}` }).click()
    const group = page.getByTestId('defense-group')
    await group.getByText('视频答辩（全程录像）').waitFor()
    await group.getByText('3 名（含本人）').waitFor()
    const sheet = page.getByTestId('score-sheet')
    const line = sheet.getByRole('row').filter({ hasText: app.id })
    await line.getByText(applicant.name, { exact: true }).waitFor()
    await line.getByText(state.unitName, { exact: true }).waitFor()
    assert.ok(app.specialty, 'the application has a specialty')
    await line.getByText(`${app.series} · ${app.specialty}`, { exact: true }).waitFor()
    await line.getByText(app.target_level === 'full_senior' ? '正高级' : '副高级', { exact: true }).waitFor()
    await shot(page, 'panel-expert-scoring-sheet')
    // 待办 counts the group from the server's answer (scored < to_score).
    const menu = page.getByRole('menubar', { name: '菜单' })
    await menu.getByRole('menuitem', { name: '待办', exact: true }).click()
    await page.getByTestId('todo-expert-scores').getByText(`答辩小组 ${g.id}：1 位申报人待评分`).waitFor()
    await shot(page, 'panel-expert-todo')
    await page.getByTestId('todo-expert-scores').getByRole('link', { name: new RegExp(g.id) }).click()
    await group.getByText('3 名（含本人）').waitFor()
    const input = page.getByLabel(`${applicant.name} 的评分`)
    await input.fill('85')
    await input.press('Tab')
    await sheet.getByRole('button', { name: '提交评分' }).click()
    await sheet.getByText('答辩通过').waitFor()
    await sheet.getByText('已评 3/3 人').waitFor()
    await sheet.getByTestId(`given-${app.id}`).getByText('85 分').waitFor()
    await row.getByText('已评完').waitFor()
    await shot(page, 'panel-expert-scored')
    // Reopened: the score comes from the server (my_scores), shown, not editable.
    await page.reload()
    await sheet.getByTestId(`given-${app.id}`).getByText('85 分').waitFor()
    await line.getByText('已提交').waitFor()
    assert.equal(await page.getByLabel(`${applicant.name} 的评分`).count(), 0, 'no score input once given')
    assert.equal(await sheet.getByRole('button', { name: '提交评分' }).count(), 0)
    await row.getByText('已评 1/1').waitFor()
    await shot(page, 'panel-expert-scored-reopened')
    // Scored: the group no longer waits in 待办.
    await menu.getByRole('menuitem', { name: '待办', exact: true }).click()
    await page.getByTestId('todo-expert-scores').getByText('暂无').waitFor()
    assert.equal(await page.getByText(`答辩小组 ${g.id}：`).count(), 0)
  })

  test('a present member casts the secret ballot; the receipt is shown once; checked after the close', async (t) => {
    const { round, app, members } = state
    let office = await srv.login('weiyuanhui')
    await must('PUT', `/defense-groups/${state.group.id}/recording`, office, { reference: '录像/卫生/2026/e2e', sm3: 'a'.repeat(64) })
    const trainingDay = '2026-12-18'
    await must('POST', `/rounds/${round.id}/training`, office, { date: trainingDay, content: '评审政策与纪律培训', attendees: members })
    await setClock(round.meeting_date)
    office = await srv.login('weiyuanhui')
    const present = members.slice(0, 17)
    await must('POST', `/rounds/${round.id}/meeting`, office, { date: round.meeting_date, present, chair_id: present[0], recorder: '记录员' })
    await must('POST', `/rounds/${round.id}/basis`, office, { application_id: app.id, material_review: '材料齐全真实', group_opinion: '答辩小组同意' })
    const vote = await must('POST', `/rounds/${round.id}/votes`, office, { application_ids: [app.id] })
    const chair = state.username.get(present[0])
    assert.ok(chair, 'the chair has a login')
    const voter = chair

    const page = await signedIn(t, voter)
    await nav(page, '评审', '无记名投票')
    // The new page is mounted before its fields are used (not the page the menu was clicked on).
    await page.getByRole('heading', { name: /无记名投票/, level: 1 }).waitFor()
    await page.getByText('保密', { exact: true }).first().waitFor()
    await page.getByLabel('表决编号').fill(vote.id)
    await page.getByRole('button', { name: '打开' }).click()
    const sheet = page.getByTestId('ballot-sheet')
    await sheet.getByText(app.id).waitFor()
    const submit = page.getByRole('button', { name: '提交选票' })
    assert.ok(await submit.isDisabled(), 'no ballot without a choice for every applicant')
    await page.getByRole('radiogroup', { name: `申报 ${app.id} 的选择` }).getByText('同意', { exact: true }).click()
    await shot(page, 'panel-expert-ballot')
    await submit.click()
    await page.getByRole('dialog', { name: '确认投票' }).getByRole('button', { name: '确认投票' }).click()
    const dialog = page.getByRole('dialog', { name: '投票回执（只显示这一次）' })
    const receiptText = (await dialog.getByLabel('投票回执').textContent()).trim()
    assert.match(receiptText, /^[0-9a-f]{32}$/)
    await dialog.getByText('回执证明什么').waitFor()
    await dialog.getByRole('button', { name: '复制回执' }).waitFor()
    await shot(page, 'panel-expert-receipt', { fullPage: false })
    await dialog.getByRole('button', { name: '我已保存回执' }).click()
    await dialog.waitFor({ state: 'hidden' })
    await page.getByText('您的选票已投出。').waitFor()
    assert.equal(await page.getByText(receiptText).count(), 0, 'the receipt is not shown again')
    // A second ballot is refused by the server (once per member).
    const again = await srv.api('POST', `/api/v1/votes/${vote.id}/ballots`, { token: await srv.login(voter), body: { choices: { [app.id]: 'no' } } })
    assert.ok(again.status >= 400 && again.status < 500, `second ballot refused: ${again.status}`)

    // Only 1 of 17 has voted: the close is refused until the chair records why (R-VOTE-ATTEND).
    const early = await srv.api('POST', `/api/v1/votes/${vote.id}/close`, { token: await srv.login('weiyuanhui') })
    assert.equal(early.status, 422, early.text)
    assert.ok(early.json.error.violations.some((v) => v.rule === 'R-VOTE-ATTEND'), early.text)
    await page.getByText('会议主持人：提前结束表决').click()
    await page.getByText(/已投票 1 \/ 17 人。未全部投票时结束表决/).waitFor()
    await page.getByLabel('提前结束的理由').fill('其余评委因故离会，经主持人宣布结束表决（演示）')
    await page.getByRole('button', { name: '记录理由' }).click()
    await page.getByText(/已记录（.*）：其余评委因故离会/).waitFor()
    await shot(page, 'panel-expert-early-close')

    // The supervisor: while open, the board gives the turnout only.
    const sup = await newPage(chrome.browser, srv.base)
    t.after(() => sup.context.close())
    await sup.page.goto('/login')
    await sup.page.getByLabel('用户名').fill('jijian')
    await sup.page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD)
    await sup.page.getByRole('button', { name: '登录' }).click()
    await sup.page.waitForURL('**/workspace/todo')
    await sup.page.goto(`/workspace/supervisor/board?vote=${vote.id}`)
    await sup.page.getByTestId('board-open').getByText('出席评委 17 人，已投票 1 人。').waitFor()
    await sup.page.getByTestId('board-open').getByText(/其余评委因故离会/).waitFor()
    assert.equal(await sup.page.getByTestId('tally-check').count(), 0, 'no tally before the close')
    await shot(sup.page, 'panel-supervisor-board-open')

    // The close (the office), then the supervisor's recount and the receipt checked.
    await must('POST', `/votes/${vote.id}/close`, await srv.login('weiyuanhui'), {})
    await sup.page.reload()
    const check = sup.page.getByTestId('tally-check')
    await check.getByText('浏览器按公告板 1 张选票复算，与计票记录完全一致').waitFor()
    await check.getByText(/公告板选票的 SM3 摘要与审计链中计票时封存的一致/).waitFor()
    await check.getByText(/提前结束表决：.*其余评委因故离会/).waitFor()
    await sup.page.getByLabel('回执').fill(receiptText)
    await sup.page.getByText('找到：').waitFor()
    await shot(sup.page, 'panel-supervisor-board-early-close')
    await nav(page, '评审', '核对回执')
    // Wait for the receipt page itself: the ballot page it leaves also has a 表决编号 field, and
    // filling that one before the route changed left the new page's fields empty.
    await page.getByRole('heading', { name: /核对回执/, level: 1 }).waitFor()
    await page.getByLabel('表决编号').fill(vote.id)
    await page.getByLabel('回执').fill(receiptText)
    await page.getByRole('button', { name: '核对' }).click()
    await page.getByTestId('receipt-result').getByText('已计入：公告板上有与这张回执对应的选票。').waitFor()
    await shot(page, 'panel-expert-receipt-checked')
    // A made-up receipt is not on the board.
    await page.getByLabel('回执').fill('0'.repeat(32))
    await page.getByRole('button', { name: '核对' }).click()
    await page.getByTestId('receipt-result').getByText('未找到：公告板上没有与这张回执对应的选票。').waitFor()
    state.vote = vote
  })
})
