// Chinese names for the API's codes, in the notice's own terms (UI.md "Words").
// One place, so every page says the same thing.

export type Role =
  | 'sysadmin'
  | 'title_office'
  | 'committee_office'
  | 'unit_hr'
  | 'dept_reviewer'
  | 'expert'
  | 'applicant'
  | 'supervisor'

export const ROLE_NAMES: Record<Role, string> = {
  sysadmin: '系统管理员',
  title_office: '州职改办',
  committee_office: '评委会工作机构',
  unit_hr: '用人单位人事',
  dept_reviewer: '主管部门/县市职改',
  expert: '评审专家',
  applicant: '申报人',
  supervisor: '纪检监督',
}

export function roleName(r: string): string {
  return (ROLE_NAMES as Record<string, string>)[r] ?? r
}

export const LEVEL_NAMES: Record<string, string> = {
  full_senior: '正高级',
  deputy_senior: '副高级',
  intermediate: '中级',
  assistant: '助理级',
  junior: '员级',
}

export function levelName(l: string | undefined | null): string {
  if (!l) return ''
  return LEVEL_NAMES[l] ?? l
}

export const COMMITTEE_LEVEL_NAMES: Record<string, string> = {
  senior: '高评会',
  intermediate: '中评会',
}

/**
 * Status → label and tag colour. One colour per meaning across the app (UI.md):
 * draft grey (info), in review blue (primary), publicity orange (warning),
 * passed/valid green (success), failed/void red (danger).
 */
export type Tone = 'info' | 'primary' | 'warning' | 'success' | 'danger'

export const STATUS: Record<string, { label: string; tone: Tone }> = {
  // certificates
  valid: { label: '有效', tone: 'success' },
  void: { label: '作废', tone: 'danger' },
  revoked: { label: '已撤销', tone: 'danger' },
  // applications
  draft: { label: '草稿', tone: 'info' },
  submitted: { label: '已提交', tone: 'primary' },
  recommended: { label: '已推荐', tone: 'primary' },
  reviewed: { label: '已审核', tone: 'primary' },
  returned: { label: '已退回', tone: 'warning' },
  withdrawn: { label: '已撤回', tone: 'info' },
  passed: { label: '通过', tone: 'success' },
  failed: { label: '未通过', tone: 'danger' },
  defense_passed: { label: '答辩通过', tone: 'primary' },
  defense_failed: { label: '答辩未通过', tone: 'danger' },
  not_passed: { label: '评审未通过', tone: 'danger' },
  qualified: { label: '已取得资格', tone: 'success' },
  // rounds, publicities, objections
  planned: { label: '计划中', tone: 'info' },
  open: { label: '进行中', tone: 'primary' },
  active: { label: '进行中', tone: 'primary' },
  running: { label: '公示中', tone: 'warning' },
  publicity: { label: '公示中', tone: 'warning' },
  closed: { label: '已结束', tone: 'info' },
  ended: { label: '已结束', tone: 'info' },
  dept_reviewed: { label: '主管部门已审核', tone: 'primary' },
  rejected: { label: '审核未通过', tone: 'danger' },
  pending: { label: '待处理', tone: 'warning' },
  // objections
  registered: { label: '已登记', tone: 'warning' },
  anonymous: { label: '匿名存档', tone: 'info' },
  late: { label: '逾期存档', tone: 'info' },
  // pool entries
  applied: { label: '已申请', tone: 'info' },
  admitted: { label: '已入库', tone: 'success' },
  removed: { label: '已出库', tone: 'info' },
  approved: { label: '已批准', tone: 'success' },
  disabled: { label: '已停用', tone: 'info' },
}

export function statusOf(code: string | undefined | null): { label: string; tone: Tone } {
  if (!code) return { label: '—', tone: 'info' }
  return STATUS[code] ?? { label: code, tone: 'info' }
}

/** Title as people say it: 副高级 卫生 临床医学. */
export function titleText(c: { level?: string; series?: string; specialty?: string }): string {
  return [levelName(c.level), c.series, c.specialty].filter(Boolean).join(' · ')
}
