// Chinese names used by the application pages (codes as the server stores them).
export const ACHIEVEMENT_KINDS = [
  { value: 'paper', label: '论文' },
  { value: 'book', label: '著作' },
  { value: 'award', label: '获奖' },
  { value: 'project', label: '项目' },
  { value: 'patent', label: '专利' },
  { value: 'report', label: '技术报告' },
  { value: 'other', label: '其他' },
]
export function achievementKind(k: string): string {
  return ACHIEVEMENT_KINDS.find((x) => x.value === k)?.label ?? k
}

/** Application statuses the lists filter on, in process order. */
export const APPLICATION_STATUSES = [
  'draft', 'submitted', 'recommended', 'returned', 'reviewed', 'defense_passed', 'defense_failed',
  'passed', 'not_passed', 'qualified', 'rejected', 'withdrawn',
]
