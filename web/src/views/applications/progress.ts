// An application's progress in the notice's steps, derived from what the server answers
// (GET /applications/{id}: status and history). Used by the applicant's 办理进度 and the
// application page of every role. Pure: no API calls here (tested in progress.test.ts).
//
// Steps (§五, §六, §四): 提交申报 → 单位公示与推荐 → 审核（主管部门 / 县市联审 → 联审）→ 答辩
// → 评审表决 → 评审结果公示 → 资格文件 → 证书. A return for correction puts the process
// back at the step that returned it; a failed step shows as an error, never by colour alone
// (each step has its text).
import type { HistoryEntry } from '@/api/applications'

export type StepStatus = 'wait' | 'process' | 'finish' | 'error'
export type StepKey = 'submit' | 'unit' | 'review' | 'defense' | 'vote' | 'publicity' | 'document' | 'certificate'

export interface Step {
  key: StepKey
  title: string
  status: StepStatus
  /** Date (YYYY-MM-DD) of the last event of the step, when there is one. */
  date?: string
  description: string
}

export interface ProgressInput {
  status: string
  history: HistoryEntry[]
}
export interface ProgressOptions {
  /** Whether the round holds a defense (答辩); false leaves the step out. Default true. */
  defense?: boolean
  /** The server's today (YYYY-MM-DD): tells whether the committee publicity is over. */
  today?: string
}

const TITLES: Record<StepKey, string> = {
  submit: '提交申报',
  unit: '单位公示与推荐',
  review: '审核',
  defense: '答辩',
  vote: '评审表决',
  publicity: '评审结果公示',
  document: '资格文件',
  certificate: '证书',
}

const STAGE_NAMES: Record<string, string> = {
  dept: '主管部门复审',
  county: '县(市)联合审核',
  joint: '评委会所在部门联审',
}
const DECISION_NAMES: Record<string, string> = { pass: '通过', return: '退回补正', reject: '不予通过' }

/** Chinese text of a history action (src/app: add_history calls). */
export function actionLabel(action: string): string {
  const fixed: Record<string, string> = {
    create: '创建申报',
    pledge: '签订诚信承诺书',
    submit: '提交申报',
    resubmit: '补正后重新提交',
    withdraw: '撤回申报',
    'achievement.supplement': '补报业绩',
    'publicity.unit': '单位公示',
    recommend: '单位推荐',
    recommendation_record: '登记单位推荐过程记录',
    'recommendation_record.replace': '更新单位推荐过程记录',
    'social_evaluation.teacher': '登记社会评价（教师）',
    'social_evaluation.doctor': '登记社会评价（医生）',
    'objection.registered': '收到实名异议',
    'objection.late': '收到逾期异议（存档）',
    'objection.anonymous': '收到匿名异议（存档）',
    'objection.upheld': '异议经核查属实',
    'objection.dismissed': '异议经核查不属实',
    return: '退回补正',
    'defense.group': '编入答辩小组',
    'defense.recording': '登记答辩录像',
    'defense.pass': '答辩通过',
    'defense.fail': '答辩未通过',
    'vote.passed': '评审通过',
    'vote.not_passed': '评审未通过',
    'publicity.committee': '评审结果公示',
    'document.issued': '印发资格文件',
  }
  if (fixed[action]) return fixed[action]
  const m = /^review\.(\w+)\.(\w+)$/.exec(action)
  if (m) return `${STAGE_NAMES[m[1]] ?? m[1]}${DECISION_NAMES[m[2]] ?? m[2]}`
  return action
}

/** Actions whose `by` is an expert or the committee's own work (not shown to the applicant). */
export function isEvaluationAction(action: string): boolean {
  return action.startsWith('defense.') || action.startsWith('vote.')
}

const day = (at: string | undefined) => (at ? at.slice(0, 10) : undefined)

function isReturn(action: string): boolean {
  return action === 'return' || /^review\.\w+\.return$/.test(action)
}

export function deriveSteps(app: ProgressInput, opts: ProgressOptions = {}): Step[] {
  const withDefense = opts.defense !== false
  const h = app.history
  const last = (pred: (a: string) => boolean) => [...h].reverse().find((e) => pred(e.action))
  const lastIndex = (pred: (a: string) => boolean) => {
    for (let i = h.length - 1; i >= 0; i--) if (pred(h[i].action)) return i
    return -1
  }
  const ret = lastIndex(isReturn)
  const after = (i: number) => h.slice(i + 1)

  const order: StepKey[] = ['submit', 'unit', 'review', ...(withDefense ? (['defense'] as StepKey[]) : []), 'vote', 'publicity', 'document', 'certificate']
  const idx = (k: StepKey) => order.indexOf(k)

  const committeePub = last((a) => a === 'publicity.committee')
  const pubEnd = committeePub?.detail?.match(/至\s*(\d{4}-\d{2}-\d{2})/)?.[1]
  const pubOver = !!(pubEnd && opts.today && pubEnd < opts.today)

  // Where the process stands, and whether it stopped there.
  let current: StepKey
  let failed = false
  let failText = ''
  switch (app.status) {
    case 'draft':
      current = 'submit'
      break
    case 'withdrawn':
      current = 'submit'
      failed = true
      failText = '申报已撤回'
      break
    case 'submitted':
      current = 'unit'
      break
    case 'recommended':
      current = 'review'
      break
    case 'returned': {
      const r = ret >= 0 ? h[ret] : undefined
      current = r && r.action.startsWith('review.') ? 'review' : 'unit'
      failed = true
      failText = `退回补正${r?.detail ? `：${r.detail}` : ''}`
      break
    }
    case 'rejected':
      current = 'review'
      failed = true
      failText = `审核不予通过${last((a) => /\.reject$/.test(a))?.detail ? `：${last((a) => /\.reject$/.test(a))!.detail}` : ''}`
      break
    case 'reviewed':
      current = withDefense ? 'defense' : 'vote'
      break
    case 'defense_passed':
      current = 'vote'
      break
    case 'defense_failed':
      current = withDefense ? 'defense' : 'vote'
      failed = true
      failText = '答辩未通过'
      break
    case 'passed':
      current = pubOver ? 'document' : 'publicity'
      break
    case 'not_passed':
      current = 'vote'
      failed = true
      failText = '评审未通过'
      break
    case 'qualified':
      current = 'certificate'
      break
    default:
      current = 'submit'
  }

  const steps: Step[] = order.map((key) => ({ key, title: TITLES[key], status: 'wait', description: '' }))
  const cur = idx(current)
  for (const s of steps) {
    const i = idx(s.key)
    s.status = i < cur ? 'finish' : i === cur ? (failed ? 'error' : 'process') : 'wait'
  }

  // Descriptions and dates from the history (the latest cycle after a return where it matters).
  const set = (k: StepKey, date: string | undefined, text: string) => {
    const s = steps.find((x) => x.key === k)
    if (!s) return
    if (date) s.date = date
    s.description = text
  }
  const submit = last((a) => a === 'submit' || a === 'resubmit')
  set('submit', day(submit?.at), submit ? (submit.action === 'resubmit' ? '补正后已重新提交' : '已提交') : app.status === 'draft' ? '草稿：签订诚信承诺书后提交' : '')

  const cycle = ret >= 0 && app.status !== 'returned' ? after(ret) : h
  const unitPub = [...cycle].reverse().find((e) => e.action === 'publicity.unit') ?? last((a) => a === 'publicity.unit')
  const rec = [...cycle].reverse().find((e) => e.action === 'recommend')
  set(
    'unit',
    day(rec?.at ?? unitPub?.at),
    [unitPub ? `单位公示 ${unitPub.detail ?? ''}`.trim() : '', rec ? '已推荐' : ''].filter(Boolean).join('；') ||
      (cur <= idx('unit') ? '待单位公示（5 个工作日）后推荐' : ''),
  )

  const passes = cycle.filter((e) => /^review\.\w+\.pass$/.test(e.action))
  set('review', day(passes[passes.length - 1]?.at), passes.map((e) => actionLabel(e.action)).join('；'))

  const def = last((a) => a === 'defense.pass' || a === 'defense.fail')
  const group = last((a) => a === 'defense.group')
  if (withDefense) set('defense', day(def?.at ?? group?.at), def ? `${actionLabel(def.action)}${def.detail ? `（${def.detail}）` : ''}` : group ? '已编入答辩小组' : '')

  const vote = last((a) => a.startsWith('vote.'))
  set('vote', day(vote?.at), vote ? actionLabel(vote.action) : '')
  set('publicity', day(committeePub?.at), committeePub ? `公示 ${committeePub.detail ?? ''}`.trim() : '')
  const doc = last((a) => a === 'document.issued')
  set('document', day(doc?.at), doc?.detail ?? '')
  set('certificate', undefined, app.status === 'qualified' ? '证书由评委会工作机构一次性申请，交回单位后由单位交本人（§七(一)）' : '')

  const c = steps[cur]
  if (failed) c.description = [c.description, failText].filter(Boolean).join('；')
  return steps
}
